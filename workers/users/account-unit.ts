// An account's unit: chosen by id (`unitId`, the form's picker) or, as the JSON API always allowed,
// named by its path (`unit`), which is looked up by its folded key in the account's province.
// Whatever is chosen, `users.unit_id` and its mirror `users.unit` (the unit's path) are written together.
import { AppError } from '../core/errors';
import type { Db } from '../core/db';
import { splitUnitPath, unitPathKey } from '../units/unit-keys';
import { findUnit, unitByPathKey } from '../units/units.queries';

const unprocessable = (path: string, message: string) => new AppError('UNPROCESSABLE', `Invalid ${path}: ${message}`, { errors: [{ path, message }] });

/**
 * The `unit_id` and `unit` to write for an account of `provinceCode` (null: national, any unit),
 * or undefined when the input leaves the unit as it is.
 */
export async function resolveAccountUnit(
  db: Db,
  provinceCode: string | null,
  input: { unitId?: number | null; unit?: string | null },
  /** The account's unit now: it may stay in it after the unit was deactivated, but nobody is newly placed in one. */
  currentUnitId: number | null = null,
): Promise<{ unitId: number | null; unit: string | null } | undefined> {
  if (input.unitId !== undefined) {
    if (input.unitId === null) return { unitId: null, unit: null };
    const unit = await findUnit(db, input.unitId);
    if (!unit) throw unprocessable('unitId', 'No unit with this id');
    if (provinceCode !== null && unit.provinceCode !== provinceCode) throw unprocessable('unitId', 'The unit must be in the account’s province');
    assertActive(unit, currentUnitId, 'unitId');
    return { unitId: unit.id, unit: unit.path };
  }
  if (input.unit === undefined) return undefined;
  if (input.unit === null) return { unitId: null, unit: null };
  if (provinceCode === null) throw unprocessable('unit', 'An account without a province names its unit by unitId');
  const unit = await unitByPathKey(db, provinceCode, unitPathKey(splitUnitPath(input.unit)));
  if (!unit) throw unprocessable('unit', 'No unit with this path in the account’s province');
  assertActive(unit, currentUnitId, 'unit');
  return { unitId: unit.id, unit: unit.path };
}

/** Imports and invitations refuse deactivated units; the account forms do too, except for the unit an account is already in. */
function assertActive(unit: { id: number; deactivatedAt: number | null }, currentUnitId: number | null, field: 'unitId' | 'unit'): void {
  if (unit.deactivatedAt !== null && unit.id !== currentUnitId) throw unprocessable(field, 'This unit is deactivated: choose an active one');
}

/** After a change of province alone: the account's current unit must still be in it. */
export async function assertUnitInProvince(db: Db, unitId: number | null, provinceCode: string | null): Promise<void> {
  if (unitId === null || provinceCode === null) return;
  const unit = await findUnit(db, unitId);
  if (unit && unit.provinceCode !== provinceCode) throw unprocessable('unitId', 'The account’s unit is in another province: choose a unit of the new province');
}
