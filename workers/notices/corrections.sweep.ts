// Corrections are reconciled from the database. The audit entry of a substantive edit
// or an archive is written in the same D1 batch as the change itself, so it is the
// record that a correction is owed. A correction is stored under that entry's id
// (`story-audit-<id>`), whichever way it arrives: the queue message sent right after
// the change, a replay of it, or this sweep re-sending what never arrived. The unique
// `event_id` makes all three one row and one notice per member.
import { sql } from 'drizzle-orm';
import type { Db } from '../core/db';
import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import type { CorrectionMessage } from './notices.queue';

/**
 * Audit actions that owe a correction, by kind. NOTE: keep in step with the editorial workflow's audit actions.
 * An edit of a public story is only a pending revision until a second editor approves it, so the
 * correction is owed by that approval (`story.approve` with `after.edit`), never by the edit.
 */
const CORRECTION_ACTIONS = { corrected: ['story.approve'], withdrawn: ['story.archive'] } as const;
/** Text fields whose change makes an edit a correction (editorial/story-content.ts `substantiveFields`). */
const SUBSTANTIVE = ['title', 'summary', 'body'];

/** Leave the queue this long to deliver (its retries span about 20 minutes) before re-sending. */
export const SWEEP_GRACE_MS = 30 * 60 * 1000;
/** How far back the sweep looks. */
export const SWEEP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const SWEEP_LIMIT = 25;

const eventIdOf = (auditId: number) => `story-audit-${auditId}`;

/**
 * The id a correction is stored under: its audit entry's (the latest of the message's
 * kind for the story at or before the message's time), or the message's own id when no
 * such entry exists (messages built outside the workflow).
 */
export async function correctionEventId(db: Db, m: CorrectionMessage): Promise<string> {
  const actions = CORRECTION_ACTIONS[m.kind];
  const row = await db.get<{ id: number } | undefined>(sql`
    SELECT id FROM audit_log
    WHERE target = ${`story:${m.storyId}`} AND action IN (${sql.join(actions.map((a) => sql`${a}`), sql`, `)}) AND created_at <= ${m.at}
    ORDER BY created_at DESC, id DESC LIMIT 1`);
  return row ? eventIdOf(row.id) : m.eventId;
}

type OwedRow = { id: number; action: string; storyId: number; actorId: string | null; note: string | null; createdAt: number };

/**
 * Archives and substantive edits of published stories, between `SWEEP_WINDOW_MS` and
 * `SWEEP_GRACE_MS` old, that have no correction stored under their audit id.
 */
export async function owedCorrections(db: Db, now: number): Promise<CorrectionMessage[]> {
  const rows = await db.all<OwedRow>(sql`
    SELECT a.id, a.action, s.id AS storyId, a.actor_id AS actorId, a.created_at AS createdAt,
           COALESCE(json_extract(a.after, '$.reason'), json_extract(a.after, '$.correctionNote')) AS note
    FROM audit_log a
    JOIN stories s ON a.target = 'story:' || s.id AND s.published_at IS NOT NULL AND s.published_at <= a.created_at
    WHERE a.created_at BETWEEN ${now - SWEEP_WINDOW_MS} AND ${now - SWEEP_GRACE_MS}
      AND (a.action = 'story.archive'
           OR (a.action = 'story.approve' AND json_extract(a.after, '$.edit') = 1
               AND EXISTS (SELECT 1 FROM json_each(a.after, '$.changed') j WHERE j.value IN (${sql.join(SUBSTANTIVE.map((f) => sql`${f}`), sql`, `)}))
               -- an edit of a story already withdrawn announces nothing
               AND NOT EXISTS (SELECT 1 FROM audit_log w WHERE w.target = a.target AND w.action = 'story.archive' AND w.created_at <= a.created_at)))
      AND NOT EXISTS (SELECT 1 FROM story_corrections c WHERE c.event_id = 'story-audit-' || a.id)
    ORDER BY a.id
    LIMIT ${SWEEP_LIMIT}`);
  return rows.map((r) => ({
    eventId: eventIdOf(r.id),
    storyId: r.storyId,
    kind: r.action === 'story.archive' ? 'withdrawn' : 'corrected',
    note: (typeof r.note === 'string' ? r.note : '').normalize('NFC').slice(0, 2000),
    actorId: r.actorId,
    at: r.createdAt,
  }));
}

/** Cron: re-send every owed correction to the corrections queue. While D1 is down it finds nothing to do and fails quietly. */
export async function sweepOwedCorrections(env: Env, now: number): Promise<number> {
  const owed = await owedCorrections(createDb(env.DB), now);
  if (owed.length > 0) {
    console.warn(`re-sending ${owed.length} correction(s) that never arrived`);
    await env.CORRECTIONS_QUEUE.sendBatch(owed.map((body) => ({ body })));
  }
  return owed.length;
}

export const correctionsSweepJob: CronJob = { name: 'reconcile-corrections', run: sweepOwedCorrections };
