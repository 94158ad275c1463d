import { Hono } from 'hono';
import * as v from 'valibot';
import { currentUser, requireRole } from '../auth/middleware';
import { provinceCode } from '../campaigns/campaigns.schemas';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { toCsv } from '../stats/csv';
import { provinceScope } from '../stats/scope';
import { lessonCompletionStats } from './learn-stats.queries';
import { completionTable, lessonCompletionTables } from './learn-stats.tables';

const completionQuery = v.pipe(
  v.object({
    province: v.optional(v.pipe(v.string(), v.transform((s) => (s === '' ? undefined : s)), v.optional(provinceCode))),
    format: v.optional(v.picklist(['json', 'csv']), 'json'),
    table: v.optional(v.picklist(lessonCompletionTables)),
  }),
  v.forward(
    v.check((q) => q.format !== 'csv' || q.table !== undefined, 'Name the table to export'),
    ['table'],
  ),
);

/**
 * `GET /api/stats/lessons`: lesson completion per unit and province (editors and admins; an
 * account with a province sees that province only, as on the rest of the dashboard).
 */
export const learnStatsRoutes = new Hono<AppEnv>().get('/api/stats/lessons', requireRole('editor'), validate('query', completionQuery), async (c) => {
  const q = c.req.valid('query');
  const scope = provinceScope(currentUser(c), q.province);
  const stats = await lessonCompletionStats(c.var.db, scope.province);
  if (q.format === 'csv' && q.table) {
    const table = completionTable(stats, q.table, c.var.lang);
    return c.body(toCsv(table.columns.map((col) => col.label), table.rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="lan-toa-bai-hoc-${q.table}${scope.province ? `-${scope.province}` : ''}.csv"`,
      'Cache-Control': 'private, no-store',
    });
  }
  c.header('Cache-Control', 'private, no-store');
  return c.json({ ...stats, scope });
});
