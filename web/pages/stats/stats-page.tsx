import type { SessionUser } from '../../../workers/core/types';
import type { ProvinceScope } from '../../../workers/stats/scope';
import type { StatsOverview } from '../../../workers/stats/stats.queries';
import type { StatsTable } from '../../../workers/stats/stats.schemas';
import { statsTable } from '../../../workers/stats/stats.tables';
import { BarChart, LineChart } from '../../components/charts';
import { CampaignProgressBars } from '../../components/campaign-progress';
import { Layout } from '../../components/layout';
import { UnitLeaderboard } from '../../components/unit-leaderboard';
import type { Leaderboard } from '../../../workers/impact/impact.queries';
import { translator, type Lang } from '../../i18n';
import { formatDay, formatNumber, formatShortDay } from '../campaigns/format';
import { DataTableView } from './data-table';
import type { LessonCompletionStats } from '../../../workers/learn/learn-stats.queries';
import { LessonCompletionSection } from '../learn/lesson-completion';

export type StatsPageProps = {
  lang: Lang;
  user: SessionUser;
  path: string;
  overview: StatsOverview;
  scope: ProvinceScope;
  provinces: { code: string; name: string }[];
  campaigns: { id: number; title: string }[];
  /** The chosen (or the account's) province's unit leaderboard; null when the dashboard is nationwide. */
  leaderboard?: Leaderboard | null;
  /** Lesson completion per unit and province (in the scoped province). */
  lessonCompletion?: LessonCompletionStats;
};

/** `/editor/stats`: the dashboard as charts read at a glance, each with its table and CSV. */
export function StatsPage(props: StatsPageProps) {
  const t = translator(props.lang);
  const o = props.overview;
  const f = o.filter;
  const n = (v: number) => formatNumber(props.lang, v);
  const table = (name: StatsTable) => statsTable(o, name, props.lang);
  const csvHref = (name: StatsTable) => {
    const q = new URLSearchParams({ from: f.from, to: f.to });
    if (f.province) q.set('province', f.province);
    if (f.campaign) q.set('campaign', String(f.campaign));
    q.set('format', 'csv');
    q.set('table', name);
    return `/api/stats/overview?${q.toString()}`;
  };
  const Csv = (p: { name: StatsTable }) => (
    <p class="csv-link">
      <a href={csvHref(p.name)} download>
        {t('stats.csvOf', { table: table(p.name).title })}
      </a>
    </p>
  );
  const provinceName = (code: string | null) => props.provinces.find((p) => p.code === code)?.name ?? code ?? '';
  const peak = o.daily.reduce((best, d) => (d.shares > best.shares ? d : best), o.daily[0] ?? { day: f.from, shares: 0, clicks: 0 });
  const summary = (bars: { label: string; value: number }[]) =>
    bars
      .filter((b) => b.value > 0)
      .slice(0, 5)
      .map((b) => `${b.label}: ${n(b.value)}`)
      .join('; ');
  const channelBars = o.channels.map((c) => ({ label: t(`stats.channel.${c.channel}`), value: c.shares }));
  const provinceBars = o.provinces
    .slice(0, 15)
    .map((p) => ({ label: p.name ?? (p.provinceCode === '' ? t('stats.unknownProvince') : p.provinceCode), value: p.shares }));
  const empty = t('stats.noData');

  return (
    <Layout lang={props.lang} title={t('stats.title')} path={props.path} user={props.user}>
      <article class="stats-page">
        <h1>{t('stats.title')}</h1>
        <p class="muted">{t('stats.intro')}</p>

        <form method="get" action="/editor/stats" class="stats-filters" aria-labelledby="stats-filters-heading">
          <h2 id="stats-filters-heading" class="visually-hidden">
            {t('stats.filters')}
          </h2>
          <div class="stats-filter">
            <label for="stats-from">{t('stats.from')}</label>
            <input type="date" id="stats-from" name="from" value={f.from} required />
          </div>
          <div class="stats-filter">
            <label for="stats-to">{t('stats.to')}</label>
            <input type="date" id="stats-to" name="to" value={f.to} required />
          </div>
          {props.scope.locked ? null : (
            <div class="stats-filter">
              <label for="stats-province">{t('stats.province')}</label>
              <select id="stats-province" name="province">
                <option value="">{t('stats.all')}</option>
                {props.provinces.map((p) => (
                  <option value={p.code} selected={p.code === f.province}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="stats-filter">
            <label for="stats-campaign">{t('stats.campaign')}</label>
            <select id="stats-campaign" name="campaign">
              <option value="">{t('stats.all')}</option>
              {props.campaigns.map((c) => (
                <option value={String(c.id)} selected={c.id === f.campaign}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div class="stats-filter stats-filter-submit">
            <button type="submit">{t('stats.apply')}</button>
          </div>
        </form>
        {props.scope.locked ? <p class="notice">{t('stats.scopeLocked', { province: provinceName(props.scope.province) })}</p> : null}

        <section aria-labelledby="stats-totals-heading">
          <h2 id="stats-totals-heading">
            {t('stats.totals')} <span class="muted stats-period">{t('stats.period', { from: formatDay(props.lang, f.from), to: formatDay(props.lang, f.to) })}</span>
          </h2>
          <dl class="stats-totals">
            <div>
              <dt>{t('stats.totalShares')}</dt>
              <dd>{n(o.totals.shares)}</dd>
            </div>
            <div>
              <dt>{t('stats.totalClicks')}</dt>
              <dd>{n(o.totals.clicks)}</dd>
            </div>
            <div>
              <dt>{t('stats.totalReports')}</dt>
              <dd>{n(o.reports.total)}</dd>
            </div>
            <div>
              <dt>{t('stats.medianVerdict')}</dt>
              <dd>{o.reports.verdicts.medianHours === null ? '–' : t('stats.hours', { hours: n(o.reports.verdicts.medianHours) })}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="stats-daily-heading">
          <h2 id="stats-daily-heading">{t('stats.daily')}</h2>
          <LineChart
            id="chart-daily"
            lang={props.lang}
            title={t('stats.daily')}
            desc={t('stats.dailyDesc', {
              from: formatDay(props.lang, f.from),
              to: formatDay(props.lang, f.to),
              shares: n(o.totals.shares),
              clicks: n(o.totals.clicks),
              peakDay: formatDay(props.lang, peak.day),
              peak: n(peak.shares),
            })}
            labels={o.daily.map((d) => formatShortDay(props.lang, d.day))}
            series={[
              { name: t('stats.legendShares'), values: o.daily.map((d) => d.shares), className: 'series-shares' },
              { name: t('stats.legendClicks'), values: o.daily.map((d) => d.clicks), className: 'series-clicks' },
            ]}
          />
          <ul class="chart-legend">
            <li class="legend-shares">{t('stats.legendShares')}</li>
            <li class="legend-clicks">{t('stats.legendClicks')}</li>
          </ul>
          <details>
            <summary>{t('stats.showTable')}</summary>
            <DataTableView table={table('daily')} lang={props.lang} emptyText={empty} />
          </details>
          <Csv name="daily" />
        </section>

        <div class="stats-grid">
          <section aria-labelledby="stats-channels-heading">
            <h2 id="stats-channels-heading">{t('stats.channels')}</h2>
            <BarChart
              id="chart-channels"
              lang={props.lang}
              title={t('stats.channels')}
              desc={t('stats.channelsDesc', { summary: summary(channelBars) || empty })}
              bars={channelBars}
            />
            <details>
              <summary>{t('stats.showTable')}</summary>
              <DataTableView table={table('channels')} lang={props.lang} emptyText={empty} />
            </details>
            <Csv name="channels" />
          </section>

          <section aria-labelledby="stats-provinces-heading">
            <h2 id="stats-provinces-heading">{t('stats.provinces')}</h2>
            {provinceBars.length > 0 ? (
              <BarChart
                id="chart-provinces"
                lang={props.lang}
                title={t('stats.provinces')}
                desc={t('stats.provincesDesc', { summary: summary(provinceBars) })}
                bars={provinceBars}
                className="chart-bars-alt"
              />
            ) : null}
            <DataTableView table={table('provinces')} lang={props.lang} emptyText={empty} />
            <Csv name="provinces" />
          </section>
        </div>

        <section aria-labelledby="stats-units-heading">
          <h2 id="stats-units-heading">{t('stats.units')}</h2>
          <p class="muted">{t('stats.unitsHint')}</p>
          <DataTableView table={table('units')} lang={props.lang} emptyText={empty} />
          <Csv name="units" />
        </section>

        <section aria-labelledby="stats-leaderboard-heading">
          <h2 id="stats-leaderboard-heading">{t('lb.heading')}</h2>
          {props.leaderboard ? (
            <UnitLeaderboard lang={props.lang} board={props.leaderboard} idPrefix="stats-lb" />
          ) : (
            <p class="muted">{t('lb.pickProvince')}</p>
          )}
        </section>

        {props.lessonCompletion ? <LessonCompletionSection lang={props.lang} stats={props.lessonCompletion} /> : null}

        <section aria-labelledby="stats-stories-heading">
          <h2 id="stats-stories-heading">{t('stats.topStories')}</h2>
          <DataTableView table={table('stories')} lang={props.lang} emptyText={empty} />
          <Csv name="stories" />
        </section>

        <section aria-labelledby="stats-campaigns-heading">
          <h2 id="stats-campaigns-heading">{t('stats.campaigns')}</h2>
          <p class="muted">{t('stats.campaignsHint')}</p>
          {o.campaigns.length === 0 ? (
            <p class="muted">{empty}</p>
          ) : (
            <ul class="stats-campaigns">
              {o.campaigns.map((c) => (
                <li>
                  <h3>
                    <a href={`/campaigns/${c.slug}`}>{c.title}</a> <span class="badge">{t(`campaigns.phase.${c.phase}`)}</span>
                  </h3>
                  <CampaignProgressBars lang={props.lang} progress={c} idPrefix={`stats-campaign-${c.id}`} />
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>{t('stats.showTable')}</summary>
            <DataTableView table={table('campaigns')} lang={props.lang} emptyText={empty} />
          </details>
          <Csv name="campaigns" />
        </section>

        <section aria-labelledby="stats-reports-heading">
          <h2 id="stats-reports-heading">{t('stats.reports')}</h2>
          <p>
            {o.reports.verdicts.medianHours === null
              ? t('stats.verdictNone')
              : t('stats.verdict', { hours: n(o.reports.verdicts.medianHours), count: n(o.reports.verdicts.decided) })}
          </p>
          <div class="stats-grid stats-grid-3">
            {(['report_categories', 'report_platforms', 'case_statuses'] as const).map((name) => (
              <div>
                <DataTableView table={table(name)} lang={props.lang} emptyText={empty} />
                <Csv name={name} />
              </div>
            ))}
          </div>
        </section>
      </article>
    </Layout>
  );
}
