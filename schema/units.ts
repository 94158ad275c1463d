import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { provinces } from './geo';

/** What kind of body a unit is; the form offers these in Vietnamese (web/i18n). */
export const unitKinds = [
  'party_committee', // Đảng bộ
  'party_cell', // Chi bộ
  'youth_union', // Đoàn Thanh niên
  'women_union', // Hội Liên hiệp Phụ nữ
  'veterans', // Hội Cựu chiến binh
  'front', // Mặt trận Tổ quốc
  'agency', // cơ quan, ban, báo
  'other',
] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * Organisation units (đơn vị) as a tree under each province: Đảng bộ phường Hải Châu →
 * Chi bộ khu phố 3. A member belongs to one unit (`users.unit_id`). Units are never
 * deleted once they have members, only deactivated.
 */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    /** Null for a unit at the top of its province. */
    parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
    /** NFC, as typed: "Chi bộ khu phố 3". */
    name: text('name').notNull(),
    kind: text('kind', { enum: unitKinds }).notNull().default('other'),
    /** Names from the top of the province down, joined by " / ": "Đảng bộ phường Hải Châu / Chi bộ khu phố 3". Kept in step on rename and move. */
    path: text('path').notNull(),
    /**
     * `path` folded (no accents, lower case, single spaces) and joined by "/": how an import row
     * or a form finds a unit however its accents and capitals were typed. Unique in a province.
     */
    pathKey: text('path_key').notNull(),
    deactivatedAt: integer('deactivated_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('units_path_key_idx').on(t.provinceCode, t.pathKey), index('units_parent_idx').on(t.parentId)],
);
