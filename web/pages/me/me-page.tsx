import type { SessionUser } from '../../../workers/core/types';
import { MeLessonsSection, type MyLessons } from '../learn/me-lessons';
import type { MyImpact, MyShareRow } from '../../../workers/impact/impact.queries';
import { MY_SHARE_ROWS } from '../../../workers/impact/impact.queries';
import { vnDateTime } from '../../components/editor/format';
import { CampaignProgressBars } from '../../components/campaign-progress';
import { CorrectionNoticeItem } from '../../components/correction-notices';
import { Layout } from '../../components/layout';
import { formatMonth, UnitLeaderboard } from '../../components/unit-leaderboard';
import { translator, type Lang, type Translate } from '../../i18n';
import { formatDay, formatNumber } from '../campaigns/format';
import { PushSection } from './push-section';

export type MePageProps = { lang: Lang; user: SessionUser; path: string; impact: MyImpact; lessons?: MyLessons };

/** Share rows grouped by story, in the order the query gave (most recently shared first). */
function byStory(rows: MyShareRow[]): { story: MyShareRow['story']; rows: MyShareRow[] }[] {
  const groups = new Map<number, { story: MyShareRow['story']; rows: MyShareRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.story.id) ?? { story: row.story, rows: [] };
    group.rows.push(row);
    groups.set(row.story.id, group);
  }
  return [...groups.values()];
}

function Totals(props: { t: Translate; lang: Lang; impact: MyImpact }) {
  const { t, impact } = props;
  const n = (v: number) => formatNumber(props.lang, v);
  const block = (label: string, f: { shares: number; clicks: number }, id: string) => (
    <div class="me-total">
      <h3 id={id}>{label}</h3>
      <dl class="stats-totals">
        <div>
          <dt>{t('me.totals.shares')}</dt>
          <dd>{n(f.shares)}</dd>
        </div>
        <div>
          <dt>{t('me.totals.clicks')}</dt>
          <dd>{n(f.clicks)}</dd>
        </div>
      </dl>
    </div>
  );
  return (
    <section aria-labelledby="me-totals-h" class="panel">
      <h2 id="me-totals-h">{t('me.totals.heading')}</h2>
      <div class="me-totals">
        {block(t('me.totals.month', { month: formatMonth(props.lang, impact.month.month) }), impact.totals.thisMonth, 'me-month-h')}
        {block(t('me.totals.allTime'), impact.totals.allTime, 'me-all-h')}
      </div>
      <p class="muted">{t('me.totals.hint')}</p>
    </section>
  );
}

function Shares(props: { t: Translate; lang: Lang; impact: MyImpact }) {
  const { t } = props;
  const n = (v: number) => formatNumber(props.lang, v);
  if (props.impact.shares.length === 0) {
    return (
      <section aria-labelledby="me-shares-h" class="panel me-empty">
        <h2 id="me-shares-h">{t('me.empty.heading')}</h2>
        <p>{t('me.empty.body')}</p>
        <p>
          <a class="button" href="/">
            {t('me.empty.feed')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="me-shares-h" class="panel">
      <h2 id="me-shares-h">{t('me.shares.heading')}</h2>
      <ul class="me-stories">
        {byStory(props.impact.shares).map((group) => (
          <li>
            <h3 class="me-story-title">
              {group.story.url ? <a href={group.story.url}>{group.story.title}</a> : group.story.title}
            </h3>
            <ul class="me-channels">
              {group.rows.map((row) => (
                <li>
                  {t('me.shares.line', { channel: t(`stats.channel.${row.channel}`), shares: n(row.shares), clicks: n(row.clicks) })}
                  <span class="muted"> · {t('me.shares.last', { date: vnDateTime(row.lastSharedAt) })}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {props.impact.shares.length >= MY_SHARE_ROWS ? <p class="muted">{t('me.shares.limited', { count: n(MY_SHARE_ROWS) })}</p> : null}
    </section>
  );
}

function Campaigns(props: { t: Translate; lang: Lang; impact: MyImpact }) {
  const { t } = props;
  const n = (v: number) => formatNumber(props.lang, v);
  return (
    <section aria-labelledby="me-campaigns-h" class="panel">
      <h2 id="me-campaigns-h">{t('me.campaigns.heading')}</h2>
      {props.impact.campaigns.length === 0 ? (
        <p>
          {t('me.campaigns.none')} <a href="/campaigns">{t('me.campaigns.browse')}</a>
        </p>
      ) : (
        <ul class="me-campaigns">
          {props.impact.campaigns.map((c) => (
            <li>
              <h3>
                <a href={c.url}>{c.title}</a>
              </h3>
              <p class="muted">{t('me.campaigns.dates', { from: formatDay(props.lang, c.startsOn), to: formatDay(props.lang, c.endsOn) })}</p>
              <p>{t('me.campaigns.mine', { shares: n(c.mine.shares), clicks: n(c.mine.clicks) })}</p>
              <CampaignProgressBars lang={props.lang} progress={c.progress} idPrefix={`me-campaign-${c.id}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Corrections(props: { t: Translate; lang: Lang; impact: MyImpact }) {
  const { t } = props;
  const items = props.impact.corrections;
  return (
    <section aria-labelledby="me-corrections-h" class="panel">
      <h2 id="me-corrections-h">{t('me.corrections.heading')}</h2>
      {items.length === 0 ? (
        <p>{t('me.corrections.none')}</p>
      ) : (
        <ul class="me-corrections">
          {items.map((item) => (
            <CorrectionNoticeItem lang={props.lang} notice={item} back="/me" />
          ))}
        </ul>
      )}
    </section>
  );
}

function Unit(props: { t: Translate; lang: Lang; user: SessionUser; impact: MyImpact }) {
  const { t, impact } = props;
  const n = (v: number) => formatNumber(props.lang, v);
  const place = impact.place;
  return (
    <section aria-labelledby="me-unit-h" class="panel">
      <h2 id="me-unit-h">{t('me.unit.heading')}</h2>
      {place.status === 'ranked' ? (
        <>
          <p class="me-place">
            <strong>{t('me.unit.place', { rank: n(place.clicksRank), count: n(place.of), province: place.province.name })}</strong>
          </p>
          <p>{t('me.unit.sharedPlace', { rank: n(place.sharedRank), count: n(place.of) })}</p>
        </>
      ) : place.status === 'too_small' ? (
        <p>{t('me.unit.tooSmall', { unit: place.unit.path, min: n(place.minMembers) })}</p>
      ) : place.status === 'inactive' ? (
        <p>{t('me.unit.inactive')}</p>
      ) : (
        <p>{t('me.unit.none')}</p>
      )}
      {impact.leaderboard ? (
        <>
          <h3>{t('lb.heading')}</h3>
          <UnitLeaderboard lang={props.lang} board={impact.leaderboard} highlight={props.user.unitId} idPrefix="me-lb" />
        </>
      ) : null}
    </section>
  );
}

/** `/me`: what a signed-in person's sharing achieved, corrections to act on, and their unit's place. */
export function MePage(props: MePageProps) {
  const t = translator(props.lang);
  const waiting = props.impact.corrections.length > 0;
  return (
    <Layout lang={props.lang} title={t('me.title')} path={props.path} user={props.user} current="/me" scripts={['/js/push-optin.js']}>
      <article class="me-page">
        <h1>{t('me.title')}</h1>
        <p class="muted">{t('me.intro')}</p>
        {/* Corrections come first when there are some: they ask the member to act. */}
        {waiting ? <Corrections t={t} lang={props.lang} impact={props.impact} /> : null}
        <Totals t={t} lang={props.lang} impact={props.impact} />
        <Shares t={t} lang={props.lang} impact={props.impact} />
        <Campaigns t={t} lang={props.lang} impact={props.impact} />
        <Unit t={t} lang={props.lang} user={props.user} impact={props.impact} />
        {props.lessons ? <MeLessonsSection lang={props.lang} data={props.lessons} /> : null}
        {waiting ? null : <Corrections t={t} lang={props.lang} impact={props.impact} />}
        <PushSection t={t} lang={props.lang} accountId={props.user.id} />
      </article>
    </Layout>
  );
}
