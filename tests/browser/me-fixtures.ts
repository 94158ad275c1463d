// Rows the /me browser test needs: member@'s unit and a few others in TP. Hồ Chí Minh with
// members, and member@'s shares this month. Units go in with INSERT OR IGNORE on
// (province_code, path_key) and member@'s unit_id by sub-select, exactly as the units seed
// does, so after that seed lands these statements change nothing it made.
import { insertOrIgnore, sqlLiteral } from '../../scripts/seed/sql';
import { vnMonth } from '../../workers/impact/month';
import { unitPath, unitPathKey } from '../../workers/units/unit-keys';
import { OG_STORY, SHARE_STORY } from './share-fixtures';

/** member@'s unit (the demo's), and the other units of the fixture. */
export const MEMBER_UNIT = ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'];
const HCM_UNITS: { names: string[]; kind: string; peers: number; sharers: number; clicksEach: number }[] = [
  { names: ['Đảng bộ phường Bến Nghé'], kind: 'party_committee', peers: 0, sharers: 0, clicksEach: 0 },
  { names: MEMBER_UNIT, kind: 'party_cell', peers: 4, sharers: 2, clicksEach: 9 },
  { names: ['Báo điện tử Lan Tỏa, văn phòng phía Nam'], kind: 'agency', peers: 3, sharers: 1, clicksEach: 4 },
  { names: ['Đoàn Thanh niên phường Bến Thành'], kind: 'youth_union', peers: 6, sharers: 5, clicksEach: 3 },
];

const unitIdOf = (names: string[]) => `(SELECT id FROM units WHERE province_code = 'HCM' AND path_key = ${sqlLiteral(unitPathKey(names))})`;

export function meFixtureSql(now = Date.now()): string[] {
  const at = Math.max(vnMonth(now).startMs + 60_000, now - 3_600_000);
  const statements: string[] = [];
  for (const unit of HCM_UNITS) {
    const parent = unit.names.length > 1 ? unitIdOf(unit.names.slice(0, -1)) : 'NULL';
    statements.push(
      `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES ('HCM', ${parent}, ${sqlLiteral(unit.names[unit.names.length - 1] ?? '')}, '${unit.kind}', ${sqlLiteral(unitPath(unit.names))}, ${sqlLiteral(unitPathKey(unit.names))}, ${now}, ${now});`,
    );
  }
  statements.push(
    `UPDATE users SET unit_id = ${unitIdOf(MEMBER_UNIT)}, unit = ${sqlLiteral(unitPath(MEMBER_UNIT))} WHERE email = 'member@lantoa.local' AND unit_id IS NULL;`,
  );
  HCM_UNITS.forEach((unit, u) => {
    for (let i = 1; i <= unit.peers; i++) {
      const id = `browser-me-${u}-${i}`;
      statements.push(
        ...insertOrIgnore('users', [
          { id, email: `${id}@test.lantoa.local`, name: `Thành viên thử ${u}-${i}`, password_hash: 'not-a-usable-hash', role: 'member', province_code: 'HCM', unit: unitPath(unit.names), created_at: now, updated_at: now },
        ]),
        `UPDATE users SET unit_id = ${unitIdOf(unit.names)} WHERE id = '${id}';`,
      );
      if (i <= unit.sharers) {
        statements.push(
          `INSERT OR IGNORE INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at) VALUES ('browser-me-${u}-${i}', ${SHARE_STORY.id}, 'zalo', '${id}', 'HCM', ${sqlLiteral(unitPath(unit.names))}, ${unitIdOf(unit.names)}, ${unit.clicksEach}, ${at});`,
        );
      }
    }
  });
  // member@'s own shares this month: a story on two channels (one with clicks in the thousands), another copied, one in a campaign.
  const mine: [string, number, string, number, string | null][] = [
    ['browser-me-own-1', SHARE_STORY.id, 'zalo', 1250, null],
    ['browser-me-own-2', SHARE_STORY.id, 'facebook', 37, null],
    ['browser-me-own-3', OG_STORY.id, 'copy', 5, null],
    ['browser-me-own-4', OG_STORY.id, 'facebook', 12, 'thang-thanh-nien-lan-toa-viec-tot'],
  ];
  for (const [code, story, channel, clicks, campaign] of mine) {
    const campaignId = campaign ? `(SELECT id FROM campaigns WHERE slug = '${campaign}')` : 'NULL';
    statements.push(
      `INSERT OR IGNORE INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, campaign_id, clicks, created_at) VALUES ('${code}', ${story}, '${channel}', 'seed-member', 'HCM', ${sqlLiteral(unitPath(MEMBER_UNIT))}, ${unitIdOf(MEMBER_UNIT)}, ${campaignId}, ${clicks}, ${at});`,
    );
  }
  return statements;
}
