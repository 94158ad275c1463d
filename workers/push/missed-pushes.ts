// The safety net of the push triggers. A correction or a verdict claims its event id in
// push_triggers and gives it back when PUSH_QUEUE refused the messages (queueOnce), but the
// trigger itself never runs again: the correction message was acked, the case event fired once.
// This cron job finds what such an outage left unsent and queues it through the same triggers
// (which claim again, so a run racing the trigger queues nothing twice). Bounded: at most
// MISSED_PER_RUN of each per minute, over the last day only (a phone alert days late is noise),
// each found with an indexed range scan (cases_verdict_updated_idx, story_corrections_time_idx)
// and primary-key probes into push_triggers.
import { sql, type SQL } from 'drizzle-orm';
import type { CaseStatus, CorrectionKind } from '../../schema';
import { verdictStatuses } from '../../schema';
import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { pushCorrection } from './correction-push';
import { pushVerdict } from './verdict-push';

export const MISSED_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MISSED_PER_RUN = 20;

const verdictList = sql.join(verdictStatuses.map((s) => sql`${s}`), sql`, `);

/** Decided cases (last 24 h) with signed-in reporters whose verdict push was never queued. */
export function missedVerdictsQuery(now: number): SQL {
  return sql`
    SELECT c.id AS caseId, c.status AS status FROM cases c
    WHERE c.status IN (${verdictList}) AND c.updated_at >= ${now - MISSED_WINDOW_MS} AND c.merged_into_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM push_triggers t WHERE t.event_id = 'verdict:' || c.id || ':' || c.status)
      AND EXISTS (SELECT 1 FROM reports r WHERE r.case_id = c.id AND r.user_id IS NOT NULL)
    ORDER BY c.updated_at LIMIT ${MISSED_PER_RUN}`;
}

/** Corrections (last 24 h) of stories someone shared while signed in whose push was never queued. */
export function missedCorrectionsQuery(now: number): SQL {
  return sql`
    SELECT sc.event_id AS eventId, sc.story_id AS storyId, sc.kind AS kind FROM story_corrections sc
    WHERE sc.created_at >= ${now - MISSED_WINDOW_MS}
      AND NOT EXISTS (SELECT 1 FROM push_triggers t WHERE t.event_id = 'correction:' || sc.event_id)
      AND EXISTS (SELECT 1 FROM share_links l WHERE l.story_id = sc.story_id AND l.user_id IS NOT NULL)
    ORDER BY sc.created_at LIMIT ${MISSED_PER_RUN}`;
}

/** Queues the missed pushes; returns how many events were looked at. Each trigger logs its own failure. */
export async function queueMissedPushes(env: Env, now: number): Promise<number> {
  const db = createDb(env.DB);
  const [verdicts, corrections] = await Promise.all([
    db.all<{ caseId: number; status: CaseStatus }>(missedVerdictsQuery(now)),
    db.all<{ eventId: string; storyId: number; kind: CorrectionKind }>(missedCorrectionsQuery(now)),
  ]);
  for (const v of verdicts) await pushVerdict({ kind: 'decided', caseId: v.caseId, status: v.status }, env);
  for (const c of corrections) await pushCorrection(env, db, c, now);
  return verdicts.length + corrections.length;
}

export const missedPushesJob: CronJob = { name: 'missed-pushes', run: queueMissedPushes };
