import { integer, text } from 'drizzle-orm/sqlite-core';

// Column conventions (every table follows these):
// - times are INTEGER epoch milliseconds (UTC); the API turns them into ISO 8601;
// - lists (tags, captions, hashtags) are JSON text, typed through `$type`;
// - codes (province, category, status) are short ASCII text, checked by valibot on the way in;
// - user-facing text is stored NFC-normalised.

/** `created_at` / `updated_at`, epoch ms, filled by drizzle on insert (callers set `updatedAt` on update). */
export const timestamps = {
  createdAt: integer('created_at')
    .notNull()
    .$defaultFn(() => Date.now()),
  updatedAt: integer('updated_at')
    .notNull()
    .$defaultFn(() => Date.now()),
};

/** A JSON array of strings stored as text. */
export const stringList = (name: string) =>
  text(name, { mode: 'json' }).$type<string[]>().notNull().default([]);
