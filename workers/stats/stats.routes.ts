import { Hono } from 'hono';
import { StatsPage } from '../../web/pages/stats/stats-page';
import { currentUser, requireRole } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { knownCampaign, type CampaignRef } from '../campaigns/campaign-ref';
import { listReportableCampaigns } from '../campaigns/campaigns.queries';
import { unitLeaderboard } from '../impact/impact.queries';
import { lessonCompletionStats } from '../learn/learn-stats.queries';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { AppEnv, SessionUser } from '../core/types';
import { validate } from '../core/validate';
import { toCsv } from './csv';
import { addDays, today } from './days';
import { provinceScope, type ProvinceScope } from './scope';
import { provinceOptions, statsOverview, type StatsFilter } from './stats.queries';
import { overviewQuery, statsPageQuery } from './stats.schemas';
import { statsTable } from './stats.tables';

export const DEFAULT_RANGE_DAYS = 30;

type AskedFilter = { from?: string; to?: string; province?: string; campaign?: CampaignRef };

/** Fills in the default period (the last 30 days) and applies the reader's province scope. */
async function resolveFilter(db: Db, user: SessionUser, q: AskedFilter, now: number): Promise<{ filter: StatsFilter; scope: ProvinceScope }> {
  const to = q.to ?? (q.from ? addDays(q.from, DEFAULT_RANGE_DAYS - 1) : today(now));
  const from = q.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw AppError.field('to', '`to` must be on or after `from`');
  const scope = provinceScope(user, q.province);
  // Named by slug or number; the filter (and the answer's `filter.campaign`) carries the number.
  const campaign = q.campaign !== undefined ? (await knownCampaign(db, q.campaign)).id : null;
  return { filter: { from, to, province: scope.province, campaign }, scope };
}

/** The amplification dashboard: JSON/CSV API and the `/editor/stats` page (editors and admins). */
export const statsRoutes = new Hono<AppEnv>()
  .get('/api/stats/overview', requireRole('editor'), validate('query', overviewQuery), async (c) => {
    const q = c.req.valid('query');
    const now = Date.now();
    const { filter, scope } = await resolveFilter(c.var.db, currentUser(c), q, now);
    if (q.format === 'csv' && q.table) {
      const overview = await statsOverview(c.var.db, filter, { storyLimit: 1000, now });
      const table = statsTable(overview, q.table, c.var.lang);
      const csv = toCsv(table.columns.map((col) => col.label), table.rows);
      const suffix = [filter.province, filter.campaign ? `campaign-${filter.campaign}` : null].filter(Boolean).join('-');
      const filename = `lan-toa-${q.table}-${filter.from}_${filter.to}${suffix ? `-${suffix}` : ''}.csv`;
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      });
    }
    const overview = await statsOverview(c.var.db, filter, { now });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ ...overview, scope });
  })
  .get('/editor/stats', requirePage('editor'), validate('query', statsPageQuery), async (c) => {
    const now = Date.now();
    const user = currentUser(c);
    const { filter, scope } = await resolveFilter(c.var.db, user, c.req.valid('query'), now);
    const [overview, provinces, campaigns, leaderboard, lessonCompletion] = await Promise.all([
      statsOverview(c.var.db, filter, { now }),
      provinceOptions(c.var.db),
      listReportableCampaigns(c.var.db),
      // Units are ranked within one province: the scoped one, or the one picked in the filters.
      filter.province ? unitLeaderboard(c.var.db, filter.province, now) : null,
      lessonCompletionStats(c.var.db, filter.province),
    ]);
    const url = new URL(c.req.url);
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      StatsPage({ lang: c.var.lang, user, path: url.pathname + url.search, overview, scope, provinces, campaigns, leaderboard, lessonCompletion }),
    );
  });
