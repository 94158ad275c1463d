import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { reports } from './reports';

/** Messengers whose bots take reports (workers/tipline/adapters/*). */
export const tiplinePlatforms = ['telegram', 'zalo'] as const;
export type TiplinePlatform = (typeof tiplinePlatforms)[number];

/**
 * A chat that reported something to a bot, so the verdict can be sent back to it.
 * Kept only while one of its cases is open, plus 30 days (workers/tipline/retention.ts
 * erases the row; its report links go with it, the reports themselves stay, anonymous).
 */
export const tiplineChats = sqliteTable(
  'tipline_chats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    platform: text('platform', { enum: tiplinePlatforms }).notNull(),
    /** The platform's chat id, as the platform gives it (Telegram: a number as text; Zalo: an opaque string). */
    chatId: text('chat_id').notNull(),
    /** The language the bot answers in, from the sender's `language_code` (vi unless it says English). */
    lang: text('lang', { enum: ['vi', 'en'] }).notNull().default('vi'),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [uniqueIndex('tipline_chats_chat_uq').on(t.platform, t.chatId), index('tipline_chats_seen_idx').on(t.lastSeenAt)],
);

/** Which chat a report came from, and what that chat has been told about its case (so a verdict is sent once). */
export const tiplineReports = sqliteTable(
  'tipline_reports',
  {
    reportId: integer('report_id')
      .primaryKey()
      .references(() => reports.id, { onDelete: 'cascade' }),
    chatRef: integer('chat_ref')
      .notNull()
      .references(() => tiplineChats.id, { onDelete: 'cascade' }),
    /** The platform's id of the message that carried the report (the bot answers it as a reply). */
    messageId: text('message_id'),
    /** The case status the chat was last told (a verdict is sent when the case's status differs). */
    notifiedStatus: text('notified_status'),
    /** The rebuttal story whose card the chat was sent, if any. */
    notifiedRebuttalId: integer('notified_rebuttal_id'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('tipline_reports_chat_idx').on(t.chatRef)],
);

/**
 * Updates already handled, by the platform's update id: a redelivered webhook (the platform
 * retries when it did not get a 2xx in time) stores and sends nothing new. Swept after 7 days.
 */
export const tiplineUpdates = sqliteTable(
  'tipline_updates',
  {
    platform: text('platform', { enum: tiplinePlatforms }).notNull(),
    updateId: text('update_id').notNull(),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.updateId] }), index('tipline_updates_time_idx').on(t.receivedAt)],
);
