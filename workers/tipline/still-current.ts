// A verdict or rebuttal message can wait in the outbound queue (429, 5xx retries) while the desk
// moves on: the case reopened and decided otherwise, its rebuttal swapped or unpublished. Sending
// the old one after the new one would tell the chat the wrong thing last, so the consumer asks
// the case again (one read by primary key, the merge followed) just before sending.
import { sql } from 'drizzle-orm';
import { createDb } from '../core/db';
import type { OutboundMessage } from './tipline.types';

type CaseNow = { status: string; rebuttalStoryId: number | null; rebuttalPublished: number };

/** The case a report's case now counts as (merges followed), with its rebuttal's state; null when gone. */
async function caseNow(env: Env, caseId: number): Promise<CaseNow | null> {
  const [row] = await createDb(env.DB).all<CaseNow>(sql`
    SELECT lc.status, lc.rebuttal_story_id AS rebuttalStoryId, (s.status IS 'published') AS rebuttalPublished
    FROM cases c
    JOIN cases lc ON lc.id = coalesce(c.merged_into_id, c.id)
    LEFT JOIN stories s ON s.id = lc.rebuttal_story_id
    WHERE c.id = ${caseId}`);
  return row ?? null;
}

/**
 * False when `m` announces something its case no longer says (another verdict since, the rebuttal
 * unlinked or unpublished, the case gone). Messages without a case (receipts, answers) are always
 * current. Throws when D1 cannot be read: the consumer retries then.
 */
export async function stillCurrent(env: Env, m: OutboundMessage): Promise<boolean> {
  if (m.caseId === undefined) return true;
  if (m.purpose === 'verdict' && m.status !== undefined) {
    const now = await caseNow(env, m.caseId);
    return now !== null && now.status === m.status;
  }
  if (m.purpose === 'rebuttal' && m.rebuttalStoryId !== undefined) {
    const now = await caseNow(env, m.caseId);
    return now !== null && now.rebuttalStoryId === m.rebuttalStoryId && Boolean(now.rebuttalPublished);
  }
  return true;
}
