import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { provinces } from './geo';
import { users } from './users';

export const importStatuses = ['running', 'done'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/**
 * A bulk import of members (`/editor/users/import`): one row per file an admin imported. The
 * file is checked whole first (rows with errors are never written); the rows to write are
 * kept as chunks (`user_import_chunks`) and written chunk by chunk, each chunk one D1 batch,
 * in the request and, if it runs out of time or D1 blinks, in the `lan-toa-imports` queue.
 */
export const userImports = sqliteTable(
  'user_imports',
  {
    id: text('id').primaryKey(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The importing admin's province (null: national), fixed at import time. */
    provinceCode: text('province_code').references(() => provinces.code),
    status: text('status', { enum: importStatuses }).notNull().default('running'),
    /** Records in the file (header and blank lines left out). */
    totalRows: integer('total_rows').notNull(),
    chunksTotal: integer('chunks_total').notNull(),
    chunksDone: integer('chunks_done').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    /** The refused rows as JSON `[{ line, name, code }]`, shown on the job's page. */
    errorRows: text('error_rows').notNull().default('[]'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('user_imports_created_idx').on(t.createdAt)],
);

/** The rows still to write, `size` at a time; `rows` is JSON read by `json_each` in the writes. Done chunks are emptied. */
export const userImportChunks = sqliteTable(
  'user_import_chunks',
  {
    importId: text('import_id')
      .notNull()
      .references(() => userImports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    rows: text('rows').notNull(),
    doneAt: integer('done_at'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/** The accounts an import created: whose set-password links the import's page (re)issues. */
export const userImportAccounts = sqliteTable(
  'user_import_accounts',
  {
    importId: text('import_id')
      .notNull()
      .references(() => userImports.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.userId] }), index('user_import_accounts_user_idx').on(t.userId)],
);
