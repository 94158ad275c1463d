import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { provinces } from './geo';
import { units } from './units';

export const roles = ['member', 'contributor', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Lower-cased, NFC. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`; never leaves the server. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull().default('member'),
    provinceCode: text('province_code').references(() => provinces.code),
    /**
     * The unit's `path` ("Đảng bộ phường Hải Châu / Chi bộ khu phố 3"), written with `unit_id` and kept in
     * step when the unit is renamed or moved. Before units were data this was free text; rows the
     * migration could not place in a unit (no province) keep their text here with `unit_id` null.
     */
    unit: text('unit'),
    /** The member's unit (đơn vị); see schema/units.ts. */
    unitId: integer('unit_id').references(() => units.id),
    /**
     * Vietnamese phone number in E.164 (`+84905123456`), see workers/users/phone.ts; a second way to sign in.
     * NOTE: `email` stays NOT NULL (rebuilding `users` in SQLite would cascade-delete sessions and links), so an
     * account with a phone only holds a reserved, undeliverable `…@phone.invalid` address (workers/users/identity.ts).
     */
    phone: text('phone').unique(),
    disabledAt: integer('disabled_at'),
    /** When the member asked for their account to be erased (an admin confirms). */
    deletionRequestedAt: integer('deletion_requested_at'),
    /** When the account was erased: personal fields blanked, sign-in impossible; the row stays so history keeps its shape. */
    erasedAt: integer('erased_at'),
    ...timestamps,
  },
  (t) => [index('users_unit_idx').on(t.unitId)],
);

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
