import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { units } from './units';
import { users } from './users';

/**
 * Invitation links to a unit (`/join/<code>`): whoever opens one before it expires, is used up
 * or revoked becomes a member of that unit. The link carries a random code; only its SHA-256 is
 * kept. `uses` counts accounts actually created through it and never passes `max_uses`
 * (workers/invites/join.ts raises it in the same batch as the insert, conditionally).
 */
export const unitInvites = sqliteTable(
  'unit_invites',
  {
    id: text('id').primaryKey(),
    /** SHA-256 (hex) of the link's code; the code itself is shown once to its creator. */
    codeHash: text('code_hash').notNull().unique(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    maxUses: integer('max_uses').notNull(),
    uses: integer('uses').notNull().default(0),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('unit_invites_unit_idx').on(t.unitId, t.createdAt)],
);
