// The data migration from free-text units (schema/migrations/*_units_data.sql), on a database that
// really was at 0015 when the old-shaped rows went in: MIGRATION_DB starts empty (vitest.config.ts).
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { unitPathKey } from '../../workers/units/unit-keys';

const db = env.MIGRATION_DB;
const upTo = (prefix: string) => env.TEST_MIGRATIONS.slice(0, env.TEST_MIGRATIONS.findIndex((m) => m.name.startsWith(prefix)) + 1);

type UserRow = { id: string; unit: string | null; unit_id: number | null; province_code: string | null };
type UnitRow = { id: number; province_code: string; parent_id: number | null; name: string; kind: string; path: string; path_key: string; deactivated_at: number | null };

const T = Date.UTC(2026, 10, 1);
const olderUsers: [id: string, role: string, province: string | null, unit: string | null][] = [
  ['u-dng-1', 'member', 'DNG', 'Đoàn Thanh niên phường Hải Châu'],
  ['u-dng-2', 'member', 'DNG', 'Đoàn Thanh niên phường Hải Châu'],
  ['u-dng-3', 'contributor', 'DNG', '  đoàn thanh niên   phường Hải Châu '],
  ['u-hcm-1', 'member', 'HCM', 'Đoàn Thanh niên phường Hải Châu'],
  ['u-hcm-2', 'editor', 'HCM', 'Chi bộ khu phố 3, phường Bến Nghé'],
  ['u-hcm-3', 'member', 'HCM', 'Hội Cựu chiến binh phường Bến Thành'],
  ['u-hcm-4', 'member', 'HCM', 'Công ty Điện lực'],
  ['u-hcm-5', 'member', 'HCM', null],
  ['u-none', 'member', null, 'Chi bộ khu phố 3'],
  ['u-admin-hni', 'admin', 'HNI', 'Ban Tuyên giáo Thành ủy Hà Nội'],
  ['u-admin-none', 'admin', null, 'Văn phòng Trung ương'],
];

let users: Map<string, UserRow>;
let units: UnitRow[];
const unitOf = (province: string, names: string[]) => units.find((u) => u.province_code === province && u.path_key === unitPathKey(names));

beforeAll(async () => {
  await applyD1Migrations(db, upTo('0015_'));
  const statements = olderUsers.map(([id, role, province, unit]) =>
    db
      .prepare('INSERT INTO users (id, email, name, password_hash, role, province_code, unit, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .bind(id, `${id}@test.lantoa.local`, id, 'x', role, province, unit, T, T),
  );
  const category = await db.prepare('SELECT code FROM categories LIMIT 1').first<string>('code');
  statements.push(
    db
      .prepare("INSERT INTO stories (id, slug, title, category_code, province_code, status, created_at, updated_at) VALUES (1, 'bai-1', 'Bài 1', ?, 'DNG', 'published', ?, ?)")
      .bind(category, T, T),
  );
  const links: [code: string, province: string | null, unit: string | null, user: string | null][] = [
    ['link-dng', 'DNG', 'Đoàn Thanh niên phường Hải Châu', 'u-dng-1'],
    ['link-hcm', 'HCM', 'Đoàn Thanh niên phường Hải Châu', 'u-hcm-1'],
    ['link-other', 'HCM', 'Một đơn vị không còn ai', null],
    ['link-anon', null, null, null],
  ];
  for (const [code, province, unit, user] of links) {
    statements.push(
      db.prepare("INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, created_at) VALUES (?, 1, 'zalo', ?, ?, ?, ?)").bind(code, user, province, unit, T),
    );
  }
  await db.batch(statements);
  await applyD1Migrations(db, env.TEST_MIGRATIONS);
  users = new Map((await db.prepare('SELECT id, unit, unit_id, province_code FROM users').all<UserRow>()).results.map((u) => [u.id, u]));
  units = (await db.prepare('SELECT * FROM units').all<UnitRow>()).results;
});

describe('free-text units become unit rows', () => {
  it('the same text in one province (however it was spaced or capitalised) becomes one top-level unit, named as most wrote it', () => {
    const unit = unitOf('DNG', ['Đoàn Thanh niên phường Hải Châu']);
    expect(unit).toMatchObject({ name: 'Đoàn Thanh niên phường Hải Châu', path: 'Đoàn Thanh niên phường Hải Châu', parent_id: null, kind: 'youth_union', deactivated_at: null });
    for (const id of ['u-dng-1', 'u-dng-2', 'u-dng-3']) expect(users.get(id)).toMatchObject({ unit_id: unit?.id, unit: 'Đoàn Thanh niên phường Hải Châu' });
    expect(units.filter((u) => u.province_code === 'DNG')).toHaveLength(1);
  });

  it('the same text in another province is another unit', () => {
    const hcm = unitOf('HCM', ['Đoàn Thanh niên phường Hải Châu']);
    expect(hcm).toBeDefined();
    expect(hcm?.id).not.toBe(unitOf('DNG', ['Đoàn Thanh niên phường Hải Châu'])?.id);
    expect(users.get('u-hcm-1')?.unit_id).toBe(hcm?.id);
  });

  it('kinds are guessed from the first words', () => {
    expect(unitOf('HCM', ['Chi bộ khu phố 3, phường Bến Nghé'])?.kind).toBe('party_cell');
    expect(unitOf('HCM', ['Hội Cựu chiến binh phường Bến Thành'])?.kind).toBe('veterans');
    expect(unitOf('HCM', ['Công ty Điện lực'])?.kind).toBe('other');
    expect(unitOf('HNI', ['Ban Tuyên giáo Thành ủy Hà Nội'])?.kind).toBe('agency');
  });

  it('accounts without a province keep their text and no unit; accounts without a unit stay without', () => {
    expect(users.get('u-none')).toMatchObject({ unit: 'Chi bộ khu phố 3', unit_id: null });
    expect(users.get('u-hcm-5')).toMatchObject({ unit: null, unit_id: null });
    expect(users.get('u-admin-none')).toMatchObject({ unit: 'Văn phòng Trung ương', unit_id: null, province_code: null });
  });

  it('admins who had a province become national, keeping the unit made from their text in that province', () => {
    const hni = unitOf('HNI', ['Ban Tuyên giáo Thành ủy Hà Nội']);
    expect(users.get('u-admin-hni')).toMatchObject({ province_code: null, unit_id: hni?.id, unit: 'Ban Tuyên giáo Thành ủy Hà Nội' });
    expect(users.get('u-hcm-2')?.province_code).toBe('HCM');
  });

  it('share links get the unit their snapshot text names in their province; others stay without', async () => {
    const links = new Map((await db.prepare('SELECT code, unit_id, unit FROM share_links').all<{ code: string; unit_id: number | null; unit: string | null }>()).results.map((l) => [l.code, l]));
    expect(links.get('link-dng')).toMatchObject({ unit_id: unitOf('DNG', ['Đoàn Thanh niên phường Hải Châu'])?.id, unit: 'Đoàn Thanh niên phường Hải Châu' });
    expect(links.get('link-hcm')?.unit_id).toBe(unitOf('HCM', ['Đoàn Thanh niên phường Hải Châu'])?.id);
    expect(links.get('link-other')?.unit_id).toBeNull();
    expect(links.get('link-anon')?.unit_id).toBeNull();
  });

  it('leaves no scratch tables behind', async () => {
    const left = await db.prepare("SELECT name FROM sqlite_master WHERE name IN ('_unit_texts', '_link_units')").all();
    expect(left.results).toEqual([]);
  });
});
