import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { postForm } from '../auth/account-helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { makeUnit, mirrorOf, nationalAdmin, uniqueName } from './helpers';

type Account = { id: string; unit: string | null; unitId: number | null; provinceCode: string | null };
type Problem = { status: number; errors?: { path: string }[] };

const newAccount = (n: number, extra: Record<string, unknown>) => ({
  email: `don-vi-${n}-${crypto.randomUUID().slice(0, 6)}@example.vn`,
  name: 'Nguyễn Văn Đơn Vị',
  password: 'mat-khau-du-dai',
  role: 'member',
  ...extra,
});

describe('an account’s unit in the users API and forms', () => {
  it('nobody is newly placed in a deactivated unit; an account already in it may stay', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Chi bộ đã giải thể'), provinceCode: 'DNG' });
    const member = await readJson<{ user: Account }>(await sendJson('POST', '/api/users', newAccount(9, { provinceCode: 'DNG', unitId: unit.id }), admin.headers));
    expect((await sendJson('PATCH', `/api/units/${unit.id}`, { active: false }, admin.headers)).status).toBe(200);
    const refused = await sendJson('POST', '/api/users', newAccount(10, { provinceCode: 'DNG', unitId: unit.id }), admin.headers);
    expect(refused.status).toBe(422);
    expect((await readJson<Problem>(refused)).errors?.map((e) => e.path)).toEqual(['unitId']);
    // Saving the member's card again (the picker sends the unit it is in) still works.
    const kept = await sendJson('PATCH', `/api/users/${member.user.id}`, { unitId: unit.id, name: 'Tên mới' }, admin.headers);
    expect(kept.status).toBe(200);
  });

  it('POST /api/users with unitId writes unit_id and the unit’s path together', async () => {
    const admin = await nationalAdmin();
    const ward = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Hải Châu'), provinceCode: 'DNG' });
    const cell = await makeUnit(admin, { name: 'Chi bộ khu phố 3', parentId: ward.id });
    const res = await sendJson('POST', '/api/users', newAccount(1, { provinceCode: 'DNG', unitId: cell.id }), admin.headers);
    const { user } = await readJson<{ user: Account }>(res);
    expect(res.status).toBe(201);
    expect(user).toMatchObject({ unitId: cell.id, unit: `${ward.name} / Chi bộ khu phố 3` });
  });

  it('the old `unit` text still works: found by its folded path in the account’s province', async () => {
    const admin = await nationalAdmin();
    const ward = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Bến Nghé'), provinceCode: 'HCM' });
    const cell = await makeUnit(admin, { name: 'Chi bộ khu phố 3', parentId: ward.id });
    const typed = `${ward.name.toUpperCase()}  /chi bo khu pho 3`;
    const res = await sendJson('POST', '/api/users', newAccount(2, { provinceCode: 'HCM', unit: typed }), admin.headers);
    const { user } = await readJson<{ user: Account }>(res);
    expect(res.status).toBe(201);
    expect(user).toMatchObject({ unitId: cell.id, unit: cell.path });
  });

  it('PATCH moves an account to another unit and can take it out of any', async () => {
    const admin = await nationalAdmin();
    const a = await makeUnit(admin, { name: uniqueName('Đoàn Thanh niên phường'), provinceCode: 'DNG' });
    const b = await makeUnit(admin, { name: uniqueName('Hội Phụ nữ phường'), provinceCode: 'DNG' });
    const member = await signedInAs('member', { provinceCode: 'DNG', unitId: a.id, unit: a.path });
    expect((await sendJson('PATCH', `/api/users/${member.id}`, { unitId: b.id }, admin.headers)).status).toBe(200);
    expect(await mirrorOf(member.id)).toEqual({ unit: b.path, unit_id: b.id });
    expect((await sendJson('PATCH', `/api/users/${member.id}`, { unitId: null }, admin.headers)).status).toBe(200);
    expect(await mirrorOf(member.id)).toEqual({ unit: null, unit_id: null });
  });

  it('the users form picks a unit from the list and lists accounts with their unit’s path', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Mặt trận Tổ quốc phường'), provinceCode: 'HNI' });
    const member = await signedInAs('member', { provinceCode: 'HNI', unit: null });
    const res = await postForm(`/editor/users/${member.id}`, { name: 'Thành viên', role: 'member', provinceCode: 'HNI', unitId: String(unit.id) }, admin.headers);
    expect(res.status).toBe(303);
    expect(await mirrorOf(member.id)).toEqual({ unit: unit.path, unit_id: unit.id });
    const page = await fetchApp('/editor/users', { headers: { ...admin.headers, accept: 'text/html' } });
    const text = await page.text();
    expect(text).toContain(`<span class="account-unit">${unit.path}</span>`);
    expect(text).toMatch(new RegExp(`<select id="unit-${member.id.slice(0, 8)}" name="unitId">[\\s\\S]*?<option value="${unit.id}" selected=""`));
  });

  it('an account whose old free text names no unit keeps it when its form is saved unchanged', async () => {
    const admin = await nationalAdmin();
    const member = await signedInAs('member', { provinceCode: null, unit: 'Chi bộ khu phố 3 (chưa gắn)' });
    const page = await fetchApp('/editor/users', { headers: { ...admin.headers, accept: 'text/html' } });
    expect(await page.text()).toContain('<option value="keep" selected="">Giữ nguyên: Chi bộ khu phố 3 (chưa gắn) (chưa gắn với đơn vị nào)</option>');
    const res = await postForm(`/editor/users/${member.id}`, { name: 'Tên mới', role: 'member', provinceCode: '', unitId: 'keep' }, admin.headers);
    expect(res.status).toBe(303);
    expect(await mirrorOf(member.id)).toEqual({ unit: 'Chi bộ khu phố 3 (chưa gắn)', unit_id: null });
  });
});

describe('refused units for an account', () => {
  it('a unit of another province is 422 naming unitId; an unknown path is 422 naming unit', async () => {
    const admin = await nationalAdmin();
    const hanoi = await makeUnit(admin, { name: uniqueName('Ban Tuyên giáo'), provinceCode: 'HNI', kind: 'agency' });
    const wrong = await sendJson('POST', '/api/users', newAccount(3, { provinceCode: 'DNG', unitId: hanoi.id }), admin.headers);
    expect(wrong.status).toBe(422);
    expect((await readJson<Problem>(wrong)).errors?.[0]?.path).toBe('unitId');
    const unknown = await sendJson('POST', '/api/users', newAccount(4, { provinceCode: 'DNG', unit: 'Đơn vị không tồn tại' }), admin.headers);
    expect(unknown.status).toBe(422);
    expect((await readJson<Problem>(unknown)).errors?.[0]?.path).toBe('unit');
    const missing = await sendJson('POST', '/api/users', newAccount(5, { provinceCode: 'DNG', unitId: 999999 }), admin.headers);
    expect(missing.status).toBe(422);
  });

  it('moving an account to another province without a unit there is 422 naming unitId, and nothing changes', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Đảng bộ xã'), provinceCode: 'DNG' });
    const member = await signedInAs('member', { provinceCode: 'DNG', unitId: unit.id, unit: unit.path });
    const res = await sendJson('PATCH', `/api/users/${member.id}`, { provinceCode: 'HCM' }, admin.headers);
    expect(res.status).toBe(422);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('unitId');
    const row = await env.DB.prepare('SELECT province_code FROM users WHERE id = ?').bind(member.id).first('province_code');
    expect(row).toBe('DNG');
  });

  it('the form re-renders a refused unit with the other values kept', async () => {
    const admin = await nationalAdmin();
    const hanoi = await makeUnit(admin, { name: uniqueName('Ban Dân vận'), provinceCode: 'HNI', kind: 'agency' });
    const res = await postForm('/editor/users', newAccount(6, { provinceCode: 'DNG', unitId: String(hanoi.id), name: 'Lê Văn Gõ' }) as Record<string, string>, admin.headers);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="Lê Văn Gõ"');
    expect(html).toMatch(/<select id="new-unit" name="unitId">[\s\S]*?selected=""/);
  });
});
