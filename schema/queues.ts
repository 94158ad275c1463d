import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Queue messages that failed every retry and reached a dead-letter queue
 * (`<queue>-dlq`), parked until someone replays them (`npm run queues:replay`).
 * `queue` is the queue the message belongs to (where a replay sends it), not the DLQ.
 */
export const queueDeadLetters = sqliteTable(
  'queue_dead_letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The DLQ delivery's message id: a redelivered DLQ message updates its row instead of adding one. */
    messageId: text('message_id').notNull().unique(),
    queue: text('queue').notNull(),
    /** The message body as JSON, exactly as it was sent. */
    body: text('body').notNull(),
    /** Deliveries tried on `queue` before it gave up (its max_retries + 1). */
    attempts: integer('attempts').notNull(),
    /** The last failure seen for it, when the isolate that parked it still knew it. */
    error: text('error'),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [index('queue_dead_letters_queue_idx').on(t.queue, t.id)],
);
