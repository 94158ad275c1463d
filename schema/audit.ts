import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every state change and account change. `target` is `<kind>:<id>`
 * (`story:12`, `user:…`, `case:3`, `campaign:…`) so one index serves every lookup.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    target: text('target').notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('audit_target_idx').on(t.target, t.createdAt), index('audit_time_idx').on(t.createdAt)],
);
