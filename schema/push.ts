import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** What a member can be told on their phone (each opt-in, per device). */
export const pushTopics = ['campaigns', 'corrections', 'verdicts'] as const;
export type PushTopic = (typeof pushTopics)[number];

/**
 * A browser's Web Push subscription (PushManager.subscribe), one per device of a member.
 * A 404/410 from the push service deletes it; so does opting out on /me, signing the
 * device out of push, signing out the session that made it, or erasing the account (cascade).
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
    /**
     * The session that made (or last re-posted) it: sessions.token_hash. Signing that session out
     * deletes the subscription, so a shared phone stops getting the account's notifications.
     * No foreign key on purpose: a session that merely expires leaves the device subscribed.
     * Null when made with an API token.
     */
    sessionId: text('session_id'),
  },
  (t) => [index('push_subscriptions_user_idx').on(t.userId), index('push_subscriptions_session_idx').on(t.sessionId)],
);

/**
 * Which fan-out event already reached which subscription: the idempotency of the push queue
 * (workers/push/deliveries.ts). A row is written (claimed) BEFORE sending and marked `sent_at`
 * after the push service took it, so a redelivered or replayed message sends nothing twice.
 * Swept 30 days after it was written (a redelivery never comes that late).
 */
export const pushDeliveries = sqliteTable(
  'push_deliveries',
  {
    eventId: text('event_id').notNull(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: 'cascade' }),
    /** Until when the consumer that claimed it may send; another may take it over after (a consumer that died). */
    claimedUntil: integer('claimed_until'),
    sentAt: integer('sent_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.subscriptionId] }), index('push_deliveries_created_idx').on(t.createdAt), index('push_deliveries_subscription_idx').on(t.subscriptionId)],
);
