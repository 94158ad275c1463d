import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { provinces } from './geo';

export const roles = ['member', 'contributor', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  /** Lower-cased, NFC. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`; never leaves the server. */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: roles }).notNull().default('member'),
  provinceCode: text('province_code').references(() => provinces.code),
  /** Organisation unit (đơn vị), free text such as "Đoàn phường Bến Nghé". */
  unit: text('unit'),
  disabledAt: integer('disabled_at'),
  ...timestamps,
});

/** Cookie sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    userAgent: text('user_agent'),
    /** When the session was last used, refreshed at most every few minutes (null: not since sign-in). */
    lastSeenAt: integer('last_seen_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accountLinkPurposes = ['reset', 'invite'] as const;
export type AccountLinkPurpose = (typeof accountLinkPurposes)[number];

/**
 * One-time links sent to a person by hand: `reset` (an admin's password reset, 24 h)
 * and, later, `invite` (a new account's first password, 7 days). The link carries a
 * random token; only its SHA-256 is kept. A used or replaced link keeps its row (for
 * the record) but can never be used again.
 */
export const accountLinks = sqliteTable(
  'account_links',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose', { enum: accountLinkPurposes }).notNull(),
    /** SHA-256 of the link's token; replaced by a random `used:` marker once the link is used. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
    /** Set when a newer link of the same purpose replaced this one. */
    voidedAt: integer('voided_at'),
  },
  (t) => [index('account_links_user_idx').on(t.userId, t.purpose)],
);

/** Bearer tokens for API clients; issued and revoked by admins. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at'),
    revokedAt: integer('revoked_at'),
    lastUsedAt: integer('last_used_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Fixed-window counters for limits the Rate Limiting binding cannot express
 * (failed logins per account) and as its local fallback. Keys are namespaced,
 * e.g. `login:acct:<sha256(email)>`, `report:ip:<hmac(ip)>`; never a clear IP.
 */
export const rateCounters = sqliteTable('rate_counters', {
  key: text('key').primaryKey(),
  count: integer('count').notNull().default(0),
  windowStart: integer('window_start').notNull(),
  lockedUntil: integer('locked_until'),
});
