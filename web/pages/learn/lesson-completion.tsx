import type { LessonCompletionStats } from '../../../workers/learn/learn-stats.queries';
import { completionTable, type LessonCompletionTable } from '../../../workers/learn/learn-stats.tables';
import { translator, type Lang } from '../../i18n';
import { formatNumber } from '../campaigns/format';

/** The dashboard's "Hoàn thành bài học": per lesson, completion by province and by unit (never by person), each with its CSV. */
export function LessonCompletionSection(props: { lang: Lang; stats: LessonCompletionStats }) {
  const t = translator(props.lang);
  const { stats } = props;
  const n = (v: number) => formatNumber(props.lang, v);
  const csvHref = (table: LessonCompletionTable) => {
    const q = new URLSearchParams({ format: 'csv', table });
    if (stats.province) q.set('province', stats.province);
    return `/api/stats/lessons?${q.toString()}`;
  };
  return (
    <section aria-labelledby="stats-lessons-heading" class="lesson-completion">
      <h2 id="stats-lessons-heading">{t('learn.stats.title')}</h2>
      <p class="muted">{t('learn.stats.hint', { min: stats.minMembers })}</p>
      {stats.lessons.length === 0 ? <p class="muted">{t('learn.stats.none')}</p> : null}
      {stats.lessons.map((l) => {
        const tables: { name: LessonCompletionTable; caption: string; rows: { name: string; members: number; completed: number; percent: number }[] }[] = [
          { name: 'provinces', caption: t('learn.stats.byProvince', { title: l.lesson.title }), rows: l.provinces.map((p) => ({ name: p.province, ...p })) },
          { name: 'units', caption: t('learn.stats.byUnit', { title: l.lesson.title }), rows: l.units.map((u) => ({ name: u.unit, ...u })) },
        ];
        return (
          <div class="lesson-completion__lesson" data-lesson={l.lesson.slug}>
            <h3>{l.lesson.title}</h3>
            {tables.map((table) =>
              table.rows.length === 0 ? (
                <p class="muted">{table.caption}: {t('learn.stats.empty')}</p>
              ) : (
                <div class="table-scroll" tabindex={0} role="region" aria-label={table.caption}>
                  <table class="stats-table" data-completion={table.name}>
                    <caption>{table.caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{table.name === 'units' ? t('learn.stats.col.unit') : t('learn.stats.col.province')}</th>
                        <th scope="col" class="num">{t('learn.stats.col.members')}</th>
                        <th scope="col" class="num">{t('learn.stats.col.completed')}</th>
                        <th scope="col" class="num">{t('learn.stats.col.percent')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {table.rows.map((r) => (
                        <tr>
                          <th scope="row">{r.name}</th>
                          <td class="num">{n(r.members)}</td>
                          <td class="num">{n(r.completed)}</td>
                          <td class="num">{n(r.percent)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ),
            )}
            {l.smallUnits > 0 ? <p class="muted">{t('learn.stats.tooSmall', { count: n(l.smallUnits), min: stats.minMembers })}</p> : null}
          </div>
        );
      })}
      {stats.lessons.length > 0 ? (
        <ul class="csv-links">
          {(['provinces', 'units'] as const).map((name) => (
            <li>
              <a href={csvHref(name)} download>
                {t('learn.stats.csv', { table: name === 'units' ? t('learn.stats.col.unit') : t('learn.stats.col.province') })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
