// Chat ids are personal data, kept only so a verdict can be sent back: while any case the chat
// reported is open, and for 30 days after the last thing that happened (the chat's last message,
// its cases' verdicts and updates). Then the chat row is erased; its `tipline_reports` links go
// with it (ON DELETE CASCADE); the reports themselves stay, anonymous. Handled webhook update ids
// (the replay guard) are swept after 7 days: platforms stop redelivering long before. An outbound
// message parked by the dead-letter queue holds a chat id and the text too: erased with its chat,
// and in any case after 30 days.
import { sql, type SQL } from 'drizzle-orm';
import { queueDeadLetters, tiplineChats } from '../../schema';
import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { TIPLINE_QUEUE_NAME } from './outbound.queue';

const DAY_MS = 24 * 60 * 60 * 1000;
export const CHAT_RETENTION_MS = 30 * DAY_MS;
export const UPDATE_RETENTION_MS = 7 * DAY_MS;
/** Rows erased per run, per table: the cron runs every minute, so a backlog drains in steps. */
const ERASE_LIMIT = 200;
const UPDATES_LIMIT = 1000;

/**
 * Chats idle for 30 days with no open case and no case touched in 30 days (at most ERASE_LIMIT,
 * oldest first, ties by id so two statements in one batch pick the same chats). Starts from
 * `tipline_chats_seen_idx` (idle chats only), then each chat's reports by `tipline_reports_chat_idx`,
 * the case by primary key (merges followed to the case the report now counts in).
 */
function idleChats(cutoff: number, columns: SQL): SQL {
  return sql`
      SELECT ${columns} FROM tipline_chats ch
      WHERE ch.last_seen_at < ${cutoff}
        AND NOT EXISTS (
          SELECT 1 FROM tipline_reports tr
          JOIN reports r ON r.id = tr.report_id
          JOIN cases c ON c.id = r.case_id
          JOIN cases lc ON lc.id = coalesce(c.merged_into_id, c.id)
          WHERE tr.chat_ref = ch.id
            AND (lc.status IN ('new', 'reviewing') OR max(coalesce(lc.verdict_at, 0), lc.updated_at) >= ${cutoff}))
      ORDER BY ch.last_seen_at, ch.id
      LIMIT ${ERASE_LIMIT}`;
}

/** The chats' delete, as SQL for the query-plan test. */
export function eraseIdleChatsQuery(cutoff: number): SQL {
  return sql`DELETE FROM tipline_chats WHERE id IN (${idleChats(cutoff, sql`ch.id`)}) RETURNING id`;
}

/**
 * Which of the tipline queue's parked rows (`queue_dead_letters_queue_idx`; a handful at most)
 * are outbound messages to those chats: the body's platform and chat id. Each holds the chat id
 * and the text, so it goes with its chat.
 */
function parkedOfIdleChats(cutoff: number): SQL {
  return sql`${queueDeadLetters.queue} = ${TIPLINE_QUEUE_NAME}
      AND (CASE WHEN json_valid(${queueDeadLetters.body}) THEN json_extract(${queueDeadLetters.body}, '$.platform') || ':' || json_extract(${queueDeadLetters.body}, '$.chatId') END)
          IN (${idleChats(cutoff, sql`ch.platform || ':' || ch.chat_id`)})`;
}

/** The parked messages' delete, as SQL for the query-plan test. */
export function eraseParkedOfIdleChatsQuery(cutoff: number): SQL {
  return sql`DELETE FROM queue_dead_letters WHERE ${parkedOfIdleChats(cutoff)} RETURNING id`;
}

/** Erase idle chats and, in the same batch (before the chats, which pick them), their parked outbound messages. */
export async function eraseIdleChats(env: Env, now: number): Promise<number> {
  const db = createDb(env.DB);
  const cutoff = now - CHAT_RETENTION_MS;
  const [, erased] = await db.batch([
    db.delete(queueDeadLetters).where(parkedOfIdleChats(cutoff)).returning({ id: queueDeadLetters.id }),
    db.delete(tiplineChats).where(sql`${tiplineChats.id} IN (${idleChats(cutoff, sql`ch.id`)})`).returning({ id: tiplineChats.id }),
  ]);
  return erased.length;
}

/** Forget handled update ids older than 7 days (by `tipline_updates_time_idx`). */
export function sweepHandledUpdatesQuery(cutoff: number): SQL {
  return sql`
    DELETE FROM tipline_updates WHERE rowid IN (
      SELECT rowid FROM tipline_updates WHERE received_at < ${cutoff} ORDER BY received_at LIMIT ${UPDATES_LIMIT})
    RETURNING 1 AS n`;
}

export async function sweepHandledUpdates(env: Env, now: number): Promise<number> {
  const swept = await createDb(env.DB).all<{ n: number }>(sweepHandledUpdatesQuery(now - UPDATE_RETENTION_MS));
  return swept.length;
}

/**
 * Forget outbound messages parked from the tipline's dead-letter queue more than 30 days ago (by
 * `queue_dead_letters_queue_idx`): each holds a chat id, and a replay after that long is stale anyway.
 */
export function eraseParkedMessagesQuery(cutoff: number): SQL {
  return sql`
    DELETE FROM queue_dead_letters WHERE id IN (
      SELECT id FROM queue_dead_letters WHERE queue = ${TIPLINE_QUEUE_NAME} AND last_seen_at < ${cutoff} LIMIT ${ERASE_LIMIT})
    RETURNING id`;
}

export async function eraseParkedMessages(env: Env, now: number): Promise<number> {
  const erased = await createDb(env.DB).all<{ id: number }>(eraseParkedMessagesQuery(now - CHAT_RETENTION_MS));
  return erased.length;
}

/** Cron: the sweeps; counts only in the log (never a chat id). */
export const tiplineRetentionJob: CronJob = {
  name: 'tipline-retention',
  run: async (env, now) => {
    const [chats, updates, parked] = await Promise.all([eraseIdleChats(env, now), sweepHandledUpdates(env, now), eraseParkedMessages(env, now)]);
    if (chats > 0 || updates > 0 || parked > 0) {
      console.log(`tipline retention: erased ${chats} chat(s), ${parked} parked message(s), ${updates} handled update id(s)`);
    }
    return { chats, updates, parked };
  },
};
