import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { units, type UnitKind } from '../../schema';
import type { Db } from '../core/db';
import { isoTime } from '../core/time';
import { treeOrder } from './unit-tree';

/** A unit as a form's picker shows it. */
export type UnitChoice = { id: number; provinceCode: string; path: string; active: boolean };

/**
 * The units a picker offers: those of `provinceCode` (null: every province), active ones only
 * unless `includeInactive`, ordered by province then path (so children follow their parent).
 */
export async function unitChoices(db: Db, provinceCode: string | null, opts: { includeInactive?: boolean } = {}): Promise<UnitChoice[]> {
  const conditions = [provinceCode ? eq(units.provinceCode, provinceCode) : undefined, opts.includeInactive ? undefined : isNull(units.deactivatedAt)];
  const rows = await db
    .select({ id: units.id, provinceCode: units.provinceCode, path: units.path, deactivatedAt: units.deactivatedAt })
    .from(units)
    .where(and(...conditions))
    .orderBy(asc(units.provinceCode), asc(units.pathKey));
  return rows.map(({ deactivatedAt, ...row }) => ({ ...row, active: deactivatedAt === null }));
}

/** One unit as stored. */
export type UnitRecord = {
  id: number;
  provinceCode: string;
  parentId: number | null;
  name: string;
  kind: UnitKind;
  path: string;
  pathKey: string;
  deactivatedAt: number | null;
};

const recordColumns = {
  id: units.id,
  provinceCode: units.provinceCode,
  parentId: units.parentId,
  name: units.name,
  kind: units.kind,
  path: units.path,
  pathKey: units.pathKey,
  deactivatedAt: units.deactivatedAt,
};

/** A unit with how many accounts belong to it directly, in tree order with its depth. */
export type UnitListItem = UnitRecord & { memberCount: number; depth: number };

/**
 * The units of `provinceCode` (null: every province) as a tree: each parent followed by its
 * children. `memberCount` counts accounts whose unit it is (not those of units below it).
 */
export async function listUnits(db: Db, provinceCode: string | null, opts: { includeInactive?: boolean } = {}): Promise<UnitListItem[]> {
  const conditions = [provinceCode ? eq(units.provinceCode, provinceCode) : undefined, opts.includeInactive ? undefined : isNull(units.deactivatedAt)];
  const rows = await db
    .select({ ...recordColumns, memberCount: sql<number>`(SELECT count(*) FROM users WHERE users.unit_id = units.id AND users.erased_at IS NULL)` })
    .from(units)
    .where(and(...conditions))
    .orderBy(asc(units.provinceCode), asc(units.pathKey));
  // Tree order within each province, provinces kept in code order.
  const byProvince = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byProvince.get(row.provinceCode);
    if (list) list.push(row);
    else byProvince.set(row.provinceCode, [row]);
  }
  return [...byProvince.values()].flatMap((list) => treeOrder(list));
}

export async function findUnit(db: Db, id: number): Promise<UnitRecord | null> {
  return (await db.select(recordColumns).from(units).where(eq(units.id, id)).get()) ?? null;
}

/** Every unit of a province (for moves: the subtree and the keys it must not collide with). */
export function provinceUnits(db: Db, provinceCode: string): Promise<UnitRecord[]> {
  return db.select(recordColumns).from(units).where(eq(units.provinceCode, provinceCode));
}

/** The unit of `provinceCode` whose folded path is `pathKey` (see unit-keys.ts), or null. */
export async function unitByPathKey(db: Db, provinceCode: string, pathKey: string): Promise<UnitRecord | null> {
  return (await db.select(recordColumns).from(units).where(and(eq(units.provinceCode, provinceCode), eq(units.pathKey, pathKey))).get()) ?? null;
}

/** The API's view of a unit. */
export function unitJson(unit: UnitRecord & { memberCount?: number; depth?: number }) {
  return {
    id: unit.id,
    provinceCode: unit.provinceCode,
    parentId: unit.parentId,
    name: unit.name,
    kind: unit.kind,
    path: unit.path,
    ...(unit.depth !== undefined ? { depth: unit.depth } : {}),
    active: unit.deactivatedAt === null,
    deactivatedAt: isoTime(unit.deactivatedAt),
    ...(unit.memberCount !== undefined ? { memberCount: unit.memberCount } : {}),
  };
}
