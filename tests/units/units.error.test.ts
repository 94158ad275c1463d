import { describe, expect, it } from 'vitest';
import { postForm } from '../auth/account-helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { makeUnit, nationalAdmin, placeInUnit, uniqueName } from './helpers';

type Problem = { status: number; code: string; detail: string; errors?: { path: string; message: string }[] };

async function problem(res: Response): Promise<Problem> {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return readJson<Problem>(res);
}

describe('units: refused changes name the field', () => {
  it('moving a unit under itself or a unit below it is 422 naming parentId', async () => {
    const admin = await nationalAdmin();
    const top = await makeUnit(admin, { name: uniqueName('Đảng bộ xã Hòa Vang'), provinceCode: 'DNG' });
    const child = await makeUnit(admin, { name: 'Chi bộ thôn 1', parentId: top.id });
    const grandchild = await makeUnit(admin, { name: 'Tổ 1', parentId: child.id });
    for (const parentId of [top.id, child.id, grandchild.id]) {
      const res = await sendJson('PATCH', `/api/units/${top.id}`, { parentId }, admin.headers);
      expect(res.status).toBe(422);
      expect((await problem(res)).errors?.[0]?.path).toBe('parentId');
    }
  });

  it('a parent in another province, or no such parent, is 422 naming parentId', async () => {
    const admin = await nationalAdmin();
    const hanoi = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Ba Đình'), provinceCode: 'HNI' });
    const danang = await makeUnit(admin, { name: uniqueName('Đảng bộ phường An Hải'), provinceCode: 'DNG' });
    const move = await sendJson('PATCH', `/api/units/${danang.id}`, { parentId: hanoi.id }, admin.headers);
    expect(move.status).toBe(422);
    expect((await problem(move)).errors?.[0]?.path).toBe('parentId');
    const create = await sendJson('POST', '/api/units', { name: 'Chi bộ lạc tỉnh', provinceCode: 'DNG', parentId: hanoi.id }, admin.headers);
    expect(create.status).toBe(422);
    const missing = await sendJson('POST', '/api/units', { name: 'Chi bộ mồ côi', provinceCode: 'DNG', parentId: 999999 }, admin.headers);
    expect(missing.status).toBe(422);
    expect((await problem(missing)).errors?.[0]?.path).toBe('parentId');
  });

  it('the same name under the same parent, however it is accented or capitalised, is 409 naming name', async () => {
    const admin = await nationalAdmin();
    const name = uniqueName('Đoàn Thanh niên phường Mỹ An');
    await makeUnit(admin, { name, provinceCode: 'DNG' });
    const again = await sendJson('POST', '/api/units', { name: `  ${name.toUpperCase().replace('Đ', 'D')}  `, provinceCode: 'DNG' }, admin.headers);
    expect(again.status).toBe(409);
    expect((await problem(again)).errors?.[0]?.path).toBe('name');
    // The same name in another province is another unit.
    expect((await sendJson('POST', '/api/units', { name, provinceCode: 'HCM' }, admin.headers)).status).toBe(201);
  });

  it('renaming or moving onto a sibling’s place is 409 (name for a rename, parentId for a move)', async () => {
    const admin = await nationalAdmin();
    const a = await makeUnit(admin, { name: uniqueName('Đảng bộ phường A'), provinceCode: 'HUE' });
    const b = await makeUnit(admin, { name: uniqueName('Đảng bộ phường B'), provinceCode: 'HUE' });
    await makeUnit(admin, { name: 'Chi bộ 1', parentId: a.id });
    const other = await makeUnit(admin, { name: 'Chi bộ 2', parentId: a.id });
    const b1 = await makeUnit(admin, { name: 'Chi bộ 1', parentId: b.id });
    const rename = await sendJson('PATCH', `/api/units/${other.id}`, { name: 'chi bo 1' }, admin.headers);
    expect(rename.status).toBe(409);
    expect((await problem(rename)).errors?.[0]?.path).toBe('name');
    const move = await sendJson('PATCH', `/api/units/${b1.id}`, { parentId: a.id }, admin.headers);
    expect(move.status).toBe(409);
    expect((await problem(move)).errors?.[0]?.path).toBe('parentId');
  });

  it('deleting a unit with members or with units below it is 409 and says to deactivate instead', async () => {
    const admin = await nationalAdmin();
    const parent = await makeUnit(admin, { name: uniqueName('Hội Phụ nữ phường'), provinceCode: 'CTO', kind: 'women_union' });
    const child = await makeUnit(admin, { name: 'Chi hội 1', parentId: parent.id });
    const member = await signedInAs('member', { provinceCode: 'CTO' });
    await placeInUnit(member.id, child);
    for (const unit of [parent, child]) {
      const res = await fetchApp(`/api/units/${unit.id}`, { method: 'DELETE', headers: admin.headers });
      expect(res.status).toBe(409);
      expect((await problem(res)).detail).toMatch(/deactivate/);
    }
  });

  it('bad input is 400 naming the field: a “/” in a name, an unknown kind, no province for a national admin, an unknown province', async () => {
    const admin = await nationalAdmin();
    const cases: [unknown, string][] = [
      [{ name: 'Đảng bộ A / Chi bộ B', provinceCode: 'DNG' }, 'name'],
      [{ name: '   ', provinceCode: 'DNG' }, 'name'],
      [{ name: 'Chi bộ', provinceCode: 'DNG', kind: 'club' }, 'kind'],
      [{ name: 'Chi bộ không tỉnh' }, 'provinceCode'],
      [{ name: 'Chi bộ', provinceCode: 'ZZZ' }, 'provinceCode'],
    ];
    for (const [body, path] of cases) {
      const res = await sendJson('POST', '/api/units', body, admin.headers);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problem(res)).errors?.[0]?.path).toBe(path);
    }
    const empty = await sendJson('PATCH', '/api/units/1', {}, admin.headers);
    expect(empty.status).toBe(400);
  });

  it('an unknown unit is 404', async () => {
    const admin = await nationalAdmin();
    expect((await sendJson('PATCH', '/api/units/999999', { name: 'Không có' }, admin.headers)).status).toBe(404);
    expect((await fetchApp('/api/units/999999', { method: 'DELETE', headers: admin.headers })).status).toBe(404);
  });

  it('the add form re-renders with the message next to the field and what was typed', async () => {
    const admin = await nationalAdmin();
    const name = uniqueName('Mặt trận Tổ quốc phường');
    await makeUnit(admin, { name, provinceCode: 'DNG', kind: 'front' });
    const res = await postForm('/editor/units', { name, kind: 'front', provinceCode: 'DNG', parentId: '' }, admin.headers);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Đã có một đơn vị cùng tên ở vị trí này trong tỉnh, thành phố.');
    expect(html).toContain('href="#f-name"');
    expect(html).toContain(`value="${name}"`);
    expect(html).toMatch(/<option value="front" selected=""/);
    expect(html).toMatch(/class="field field-invalid">\s*<label for="f-name"/);
  });

  it('the edit form refuses a cycle with the Vietnamese message and keeps the typed name', async () => {
    const admin = await nationalAdmin();
    const top = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Phước Ninh'), provinceCode: 'DNG' });
    const child = await makeUnit(admin, { name: 'Chi bộ 9', parentId: top.id });
    // The page does not offer it, but a crafted form can send it.
    const res = await postForm(`/editor/units/${top.id}`, { name: 'Tên mới gõ vào', kind: 'party_committee', parentId: String(child.id) }, admin.headers);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị cấp dưới của nó.');
    expect(html).toContain('value="Tên mới gõ vào"');
  });
});

describe('deleting a unit that invitations point at', () => {
  it('is refused with 409 (deactivate it instead), not a 500 from the foreign key', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Chi đoàn có lời mời'), provinceCode: 'DNG' });
    const invite = await sendJson('POST', '/api/invites', { unitId: unit.id, expiresInDays: 7, maxUses: 5 }, admin.headers);
    expect(invite.status).toBe(201);
    const res = await fetchApp(`/api/units/${unit.id}`, { method: 'DELETE', headers: admin.headers });
    expect(res.status).toBe(409);
    expect((await sendJson('PATCH', `/api/units/${unit.id}`, { active: false }, admin.headers)).status).toBe(200);
  });
});
