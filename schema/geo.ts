import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The 34 provincial-level units in force since 1 July 2025. */
export const provinces = sqliteTable('provinces', {
  /** Stable code, e.g. `HNI`, `HCM`: never reused, never renamed. */
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** ASCII slug of the name (`đ` → `d`), used in URLs. */
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: ['city', 'province'] }).notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const categories = sqliteTable('categories', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  /** Flat colour used by cards and badges (#rrggbb). */
  color: text('color').notNull(),
  sortOrder: integer('sort_order').notNull(),
});
