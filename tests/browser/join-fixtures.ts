import { unitPath, unitPathKey } from '../../workers/units/unit-keys';

/** The unit the join browser test invites people to: admin@'s demo unit, inserted like the units seed does. */
export const JOIN_UNIT = { province: 'HNI', names: ['Ban Tuyên giáo Thành ủy Hà Nội'] };

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** INSERT OR IGNORE on (province_code, path_key): once the units seed has the row, this adds nothing. */
export function joinFixtureSql(now = Date.now()): string[] {
  const { province, names } = JOIN_UNIT;
  return [
    `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES (${quote(province)}, NULL, ${quote(names[0] ?? '')}, 'agency', ${quote(unitPath(names))}, ${quote(unitPathKey(names))}, ${now}, ${now})`,
  ];
}
