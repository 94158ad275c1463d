// Demo units (issue 12) and the demo accounts' place in them. No fixed ids: every row is keyed by
// (province_code, path_key), found by sub-select, and inserted with INSERT OR IGNORE, so seeding
// twice changes nothing and other parts (and other people's tests) find a unit by
// `SELECT id FROM units WHERE province_code = ? AND path_key = ?` (path_key = unitPathKey([...names])).
import type { UnitKind } from '../../schema';
import { unitPath, unitPathKey } from '../../workers/units/unit-keys';
import type { SeedPart } from './index';
import { sqlLiteral } from './sql';

const SEED_TIME = Date.UTC(2026, 0, 1);

/** Each unit after its parent: names from the top of the province down. */
export const demoUnits: { province: string; names: string[]; kind: UnitKind }[] = [
  { province: 'DNG', names: ['Đảng bộ phường Hải Châu'], kind: 'party_committee' },
  { province: 'DNG', names: ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3'], kind: 'party_cell' },
  { province: 'DNG', names: ['Đoàn Thanh niên phường Hải Châu'], kind: 'youth_union' },
  { province: 'HCM', names: ['Đảng bộ phường Bến Nghé'], kind: 'party_committee' },
  { province: 'HCM', names: ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'], kind: 'party_cell' },
  { province: 'HCM', names: ['Báo điện tử Lan Tỏa, văn phòng phía Nam'], kind: 'agency' },
  { province: 'HNI', names: ['Ban Tuyên giáo Thành ủy Hà Nội'], kind: 'agency' },
];

/** Which demo account belongs to which unit (editor@ is national: no province, no unit). */
export const demoMemberships: { userId: string; province: string; names: string[] }[] = [
  { userId: 'seed-admin', province: 'HNI', names: ['Ban Tuyên giáo Thành ủy Hà Nội'] },
  { userId: 'seed-admin2', province: 'DNG', names: ['Đảng bộ phường Hải Châu'] },
  { userId: 'seed-editor2', province: 'HCM', names: ['Báo điện tử Lan Tỏa, văn phòng phía Nam'] },
  { userId: 'seed-contributor', province: 'DNG', names: ['Đoàn Thanh niên phường Hải Châu'] },
  { userId: 'seed-member', province: 'HCM', names: ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'] },
];

/** `(SELECT id FROM units WHERE …)` for a unit given by province and names. */
export function unitIdSql(province: string, names: string[]): string {
  return `(SELECT id FROM units WHERE province_code = ${sqlLiteral(province)} AND path_key = ${sqlLiteral(unitPathKey(names))})`;
}

export function unitSeedStatements(): string[] {
  const units = demoUnits.map(({ province, names, kind }) => {
    const parent = names.length > 1 ? unitIdSql(province, names.slice(0, -1)) : 'NULL';
    const values = [sqlLiteral(province), parent, sqlLiteral(names[names.length - 1]), sqlLiteral(kind), sqlLiteral(unitPath(names)), sqlLiteral(unitPathKey(names)), SEED_TIME, SEED_TIME];
    return `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES (${values.join(', ')});`;
  });
  // Only accounts not yet placed: a second run, or a unit someone changed by hand, is left alone.
  const memberships = demoMemberships.map(
    ({ userId, province, names }) =>
      `UPDATE users SET unit_id = ${unitIdSql(province, names)}, unit = ${sqlLiteral(unitPath(names))} WHERE id = ${sqlLiteral(userId)} AND unit_id IS NULL;`,
  );
  return [...units, ...memberships];
}

export const unitsSeed: SeedPart = { name: 'units', statements: unitSeedStatements };
