import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { queueDeadLetters } from '../../schema';
import type { Db } from '../core/db';

export type ParkedMessage = { messageId: string; queue: string; body: string; attempts: number; error: string | null; at: number };
export type DeadLetterRow = typeof queueDeadLetters.$inferSelect;

/** Park a DLQ batch in one statement; a redelivered DLQ message only moves its `last_seen_at`. */
export async function parkMessages(db: Db, messages: ParkedMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insert(queueDeadLetters)
    .values(messages.map((m) => ({ messageId: m.messageId, queue: m.queue, body: m.body, attempts: m.attempts, error: m.error, firstSeenAt: m.at, lastSeenAt: m.at })))
    .onConflictDoUpdate({
      target: queueDeadLetters.messageId,
      set: { lastSeenAt: sql`excluded.last_seen_at`, error: sql`COALESCE(excluded.error, ${queueDeadLetters.error})` },
    });
}

/** Parked messages, oldest first, and how many each queue holds. */
export async function listDeadLetters(db: Db, limit: number) {
  const [items, perQueue] = await db.batch([
    db.select().from(queueDeadLetters).orderBy(asc(queueDeadLetters.id)).limit(limit),
    db.select({ queue: queueDeadLetters.queue, parked: count() }).from(queueDeadLetters).groupBy(queueDeadLetters.queue),
  ]);
  return { items, perQueue };
}

/**
 * Take up to `limit` parked messages off the table (oldest first, one queue or all) in
 * one statement: DELETE … RETURNING, so two replays running at once never take the same row.
 */
export async function takeDeadLetters(db: Db, queues: string[], limit: number): Promise<DeadLetterRow[]> {
  const oldest = db
    .select({ id: queueDeadLetters.id })
    .from(queueDeadLetters)
    .where(inArray(queueDeadLetters.queue, queues))
    .orderBy(asc(queueDeadLetters.id))
    .limit(limit);
  return db.delete(queueDeadLetters).where(inArray(queueDeadLetters.id, oldest)).returning();
}

/** Put taken rows back (their send failed), as they were. */
export async function putBack(db: Db, rows: DeadLetterRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(queueDeadLetters).values(rows).onConflictDoNothing();
}

export async function parkedCount(db: Db, queue?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(queueDeadLetters)
    .where(queue ? eq(queueDeadLetters.queue, queue) : undefined);
  return row?.n ?? 0;
}
