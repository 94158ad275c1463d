import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Which push notifications a trigger has already queued (`correction:<id>`, `verdict:<case>:<status>`):
 * a trigger inserts its event id first and queues only when the row is new, so a redelivered
 * correction or a repeated verdict event queues nothing twice. A failed send deletes the row again.
 * A cron job (workers/push/missed-pushes.ts) queues the last day's events that have no row.
 * Rows are swept after 30 days, with push_deliveries.
 * (Campaign starts use `campaigns.announced_at` instead: the every-minute cron finds them by it.)
 */
export const pushTriggers = sqliteTable(
  'push_triggers',
  {
    eventId: text('event_id').primaryKey(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('push_triggers_created_idx').on(t.createdAt)],
);
