// Cron catch-up for claim indexing: a report stored while CLAIMS_QUEUE was down (or whose
// message died) is indexed here, a minute later at most. A case counts as indexed once it
// has any band row (claim-index.queries.ts writes a marker row when its text gives none).
// Cases older than the window (stored before matching existed) are backfilled too, decided
// ones first: those are the claims with rebuttals a new report should be told about at once.
import { sql } from 'drizzle-orm';
import { createDb, type Db } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { indexReport, postIndexSteps } from './claims.queue';

/** Reports this recent are caught up; older ones were stored before matching existed. */
export const SWEEP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** Reports per run, newest first: a backlog drains over a few minutes without a long run. */
export const SWEEP_LIMIT = 25;

export async function sweepUnindexedReports(env: Env, db: Db, now: number): Promise<number> {
  const rows = await db.all<{ reportId: number; caseId: number }>(sql`
    SELECT r.id AS reportId, r.case_id AS caseId FROM reports r
    WHERE r.created_at >= ${now - SWEEP_WINDOW_MS} AND r.description <> ''
      AND NOT EXISTS (SELECT 1 FROM claim_bands b WHERE b.case_id = r.case_id)
    ORDER BY r.created_at DESC LIMIT ${SWEEP_LIMIT}`);
  // Older live cases with no index yet, one report each (its text and the case's claim), decided first.
  const backlog =
    rows.length < SWEEP_LIMIT
      ? await db.all<{ reportId: number | null; caseId: number }>(sql`
          SELECT c.id AS caseId, (SELECT max(r.id) FROM reports r WHERE r.case_id = c.id) AS reportId FROM cases c
          WHERE c.merged_into_id IS NULL AND NOT EXISTS (SELECT 1 FROM claim_bands b WHERE b.case_id = c.id)
          ORDER BY c.status IN ('false', 'misleading') DESC, c.last_seen_at DESC LIMIT ${SWEEP_LIMIT - rows.length}`)
      : [];
  const seen = new Set(rows.map((r) => r.caseId));
  for (const old of backlog) if (old.reportId !== null && !seen.has(old.caseId)) rows.push({ reportId: old.reportId, caseId: old.caseId });
  // Every report of a case found here: each text of the case is indexed under it.
  for (const row of rows) {
    const indexed = await indexReport(db, row, now);
    if (indexed) for (const step of postIndexSteps) await step(env, db, indexed);
  }
  return rows.length;
}

export const claimsSweepJob: CronJob = {
  name: 'claims-index-sweep',
  run: (env, now) => sweepUnindexedReports(env, createDb(env.DB), now),
};
