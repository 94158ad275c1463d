import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { unitPathKey } from '../../workers/units/unit-keys';
import { seedDemo } from '../helpers/seed';

const snapshot = async () => ({
  units: (await env.DB.prepare('SELECT * FROM units ORDER BY id').all()).results,
  users: (await env.DB.prepare('SELECT id, role, province_code, unit, unit_id, updated_at FROM users ORDER BY id').all()).results,
  links: (await env.DB.prepare('SELECT code, unit, unit_id FROM share_links ORDER BY code').all()).results,
});

const unitId = (province: string, names: string[]) =>
  env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path_key = ?').bind(province, unitPathKey(names)).first<number>('id');
const account = (email: string) =>
  env.DB.prepare('SELECT role, province_code, unit, unit_id FROM users WHERE email = ?').bind(email).first<{ role: string; province_code: string | null; unit: string | null; unit_id: number | null }>();

beforeAll(async () => {
  await seedDemo();
});

describe('the demo seed’s units', () => {
  it('running the seed twice changes nothing', async () => {
    const before = await snapshot();
    await seedDemo();
    expect(await snapshot()).toEqual(before);
  });

  it('seeds the demo units as a tree, found by province and path key', async () => {
    const ward = await unitId('DNG', ['Đảng bộ phường Hải Châu']);
    const cell = await env.DB.prepare('SELECT parent_id, path, kind FROM units WHERE id = ?').bind(await unitId('DNG', ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3'])).first();
    expect(cell).toEqual({ parent_id: ward, path: 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3', kind: 'party_cell' });
    expect(await unitId('HCM', ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'])).not.toBeNull();
    expect(await unitId('HCM', ['Báo điện tử Lan Tỏa, văn phòng phía Nam'])).not.toBeNull();
    expect(await unitId('HNI', ['Ban Tuyên giáo Thành ủy Hà Nội'])).not.toBeNull();
    expect(await env.DB.prepare("SELECT count(*) AS n FROM units WHERE path_key = 'bao dien tu lan toa'").first('n')).toBe(0);
  });

  it('places the demo accounts: admin@ national, admin2@ an admin of Đà Nẵng, editor@ in no unit', async () => {
    expect(await account('admin@lantoa.local')).toEqual({ role: 'admin', province_code: null, unit: 'Ban Tuyên giáo Thành ủy Hà Nội', unit_id: await unitId('HNI', ['Ban Tuyên giáo Thành ủy Hà Nội']) });
    expect(await account('admin2@lantoa.local')).toEqual({ role: 'admin', province_code: 'DNG', unit: 'Đảng bộ phường Hải Châu', unit_id: await unitId('DNG', ['Đảng bộ phường Hải Châu']) });
    expect(await account('editor@lantoa.local')).toEqual({ role: 'editor', province_code: null, unit: null, unit_id: null });
    expect(await account('contributor@lantoa.local')).toMatchObject({ unit_id: await unitId('DNG', ['Đoàn Thanh niên phường Hải Châu']) });
    expect(await account('member@lantoa.local')).toEqual({
      role: 'member',
      province_code: 'HCM',
      unit: 'Đảng bộ phường Bến Nghé / Chi bộ khu phố 3',
      unit_id: await unitId('HCM', ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3']),
    });
  });

  it('the demo member’s share links carry their unit id', async () => {
    const row = await env.DB.prepare("SELECT count(*) AS n, min(unit_id) AS id FROM share_links WHERE user_id = 'seed-member'").first<{ n: number; id: number }>();
    expect(row?.n).toBeGreaterThan(0);
    expect(row?.id).toBe(await unitId('HCM', ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3']));
  });
});
