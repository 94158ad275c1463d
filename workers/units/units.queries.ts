import { and, asc, eq, isNull } from 'drizzle-orm';
import { units } from '../../schema';
import type { Db } from '../core/db';

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
