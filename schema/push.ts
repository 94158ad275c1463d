import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** What a member can be told on their phone (each opt-in, per device). */
export const pushTopics = ['campaigns', 'corrections', 'verdicts'] as const;
export type PushTopic = (typeof pushTopics)[number];

/**
 * A browser's Web Push subscription (PushManager.subscribe), one per device of a member.
 * A 404/410 from the push service deletes it; so does opting out on /me, signing the
 * device out of push, or erasing the account (cascade).
 */
export const pushSubscriptions = sqliteTable(
  'push_subscriptions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The push service URL (https); unique: the same browser subscribing again replaces its row. */
    endpoint: text('endpoint').notNull().unique(),
    /** The browser's P-256 public key and auth secret (base64url), for RFC 8291 encryption. */
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    /** Opt-ins, 1/0: a campaign starts in my province; a story I shared is corrected or withdrawn; my report got its verdict. */
    campaigns: integer('campaigns', { mode: 'boolean' }).notNull().default(true),
    corrections: integer('corrections', { mode: 'boolean' }).notNull().default(true),
    verdicts: integer('verdicts', { mode: 'boolean' }).notNull().default(true),
    lang: text('lang', { enum: ['vi', 'en'] }).notNull().default('vi'),
    createdAt: integer('created_at').notNull(),
    lastSentAt: integer('last_sent_at'),
  },
  (t) => [index('push_subscriptions_user_idx').on(t.userId)],
);
