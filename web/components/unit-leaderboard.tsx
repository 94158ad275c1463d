import type { Leaderboard } from '../../workers/impact/impact.queries';
import type { RankedUnit } from '../../workers/impact/leaderboard';
import { translator, type Lang } from '../i18n';
import { formatDay, formatNumber } from '../pages/campaigns/format';

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11` → `11/2026` (vi) or `November 2026` (en). */
export function formatMonth(lang: Lang, month: string): string {
  const [y = '', m = ''] = month.split('-');
  return lang === 'vi' ? `${m}/${y}` : `${monthsEn[Number(m) - 1] ?? m} ${y}`;
}

/**
 * A province's unit leaderboard: two short ranked tables (rank, unit with its size, figure: three columns fit a phone) (visits per member, share of members
 * who shared), the definitions in words, and the reader's own unit marked (`highlight`).
 * Only units appear; nobody is named. `headingLevel`: 2 on its own page section, 3 inside one.
 */
export function UnitLeaderboard(props: { lang: Lang; board: Leaderboard; highlight?: number | null; idPrefix: string }) {
  const t = translator(props.lang);
  const b = props.board;
  const n = (v: number) => formatNumber(props.lang, v);
  const province = b.province.name;
  const byShared = [...b.units].sort((x, y) => x.sharedRank - y.sharedRank || x.clicksRank - y.clicksRank || (x.path < y.path ? -1 : 1));
  const table = (key: 'clicks' | 'shared', rows: RankedUnit[]) => {
    const caption = t(key === 'clicks' ? 'lb.byClicks' : 'lb.byShared');
    return (
      <div class="table-scroll" tabindex={0} role="region" aria-label={caption}>
        <table class="stats-table leaderboard-table" id={`${props.idPrefix}-${key}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('lb.rank')}
              </th>
              <th scope="col">{t('lb.unit')}</th>
              <th scope="col" class="num">
                {t(key === 'clicks' ? 'lb.clicksPerMember' : 'lb.sharedPercent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => {
              const mine = props.highlight != null && u.id === props.highlight;
              return (
                <tr class={mine ? 'leaderboard-mine' : undefined} aria-current={mine ? 'true' : undefined}>
                  <td class="num">{n(key === 'clicks' ? u.clicksRank : u.sharedRank)}</td>
                  <th scope="row">
                    {u.path}
                    {mine ? <strong class="leaderboard-you"> · {t('lb.yours')}</strong> : null}
                    <span class="leaderboard-size">{t('lb.members', { count: n(u.members) })}</span>
                  </th>
                  <td class="num">
                    {key === 'clicks'
                      ? n(u.clicksPerMember)
                      : t('lb.sharedCell', { percent: n(u.sharedPercent), sharers: n(u.sharers), members: n(u.members) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  };
  return (
    <div class="unit-leaderboard">
      <p class="muted">
        {t('lb.period', {
          province,
          month: formatMonth(props.lang, b.period.month),
          from: formatDay(props.lang, b.period.from),
          to: formatDay(props.lang, b.period.to),
        })}
      </p>
      {b.units.length === 0 ? (
        <p>{t('lb.empty', { province, min: n(b.minMembers) })}</p>
      ) : (
        <div class="leaderboard-tables">
          {table('clicks', b.units)}
          {table('shared', byShared)}
        </div>
      )}
      {b.tooSmall > 0 ? <p class="muted">{t('lb.tooSmall', { count: n(b.tooSmall), min: n(b.minMembers) })}</p> : null}
      <p class="muted leaderboard-definition">{t('lb.definition', { min: n(b.minMembers) })}</p>
    </div>
  );
}
