import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { listUnitsApi, makeUnit, mirrorOf, nationalAdmin, placeInUnit, uniqueName } from './helpers';

describe('units as data: the JSON API', () => {
  it('a national admin builds a tree; GET lists it flat in tree order with parentId, depth, path and member counts', async () => {
    const admin = await nationalAdmin();
    const ward = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Hải Châu'), provinceCode: 'DNG', kind: 'party_committee' });
    const cell = await makeUnit(admin, { name: 'Chi bộ khu phố 3', parentId: ward.id, kind: 'party_cell' });
    expect(cell).toMatchObject({ provinceCode: 'DNG', parentId: ward.id, path: `${ward.name} / Chi bộ khu phố 3`, kind: 'party_cell', active: true });
    const member = await signedInAs('member', { provinceCode: 'DNG' });
    await placeInUnit(member.id, cell);

    const listed = await listUnitsApi(admin, '?province=DNG');
    const mine = listed.filter((u) => u.id === ward.id || u.id === cell.id);
    expect(mine.map((u) => [u.path, u.depth, u.memberCount])).toEqual([
      [ward.name, 0, 0],
      [cell.path, 1, 1],
    ]);
    expect(listed.findIndex((u) => u.id === cell.id)).toBe(listed.findIndex((u) => u.id === ward.id) + 1);
    expect(listed.every((u) => u.provinceCode === 'DNG')).toBe(true);
  });

  it('renaming a unit rewrites the path of every unit below it and its members’ unit text, in one go', async () => {
    const admin = await nationalAdmin();
    const top = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Thạch Thang'), provinceCode: 'DNG' });
    const mid = await makeUnit(admin, { name: 'Chi bộ khu phố 1', parentId: top.id });
    const leaf = await makeUnit(admin, { name: 'Tổ Đảng số 2', parentId: mid.id });
    const a = await signedInAs('member', { provinceCode: 'DNG' });
    const b = await signedInAs('member', { provinceCode: 'DNG' });
    await placeInUnit(a.id, mid);
    await placeInUnit(b.id, leaf);

    const res = await sendJson('PATCH', `/api/units/${top.id}`, { name: 'Đảng bộ phường Thạch Thang mới' }, admin.headers);
    expect(res.status, await res.clone().text()).toBe(200);
    const renamed = 'Đảng bộ phường Thạch Thang mới';
    const listed = await listUnitsApi(admin, '?province=DNG');
    expect(listed.find((u) => u.id === leaf.id)?.path).toBe(`${renamed} / Chi bộ khu phố 1 / Tổ Đảng số 2`);
    expect(await mirrorOf(a.id)).toEqual({ unit: `${renamed} / Chi bộ khu phố 1`, unit_id: mid.id });
    expect(await mirrorOf(b.id)).toEqual({ unit: `${renamed} / Chi bộ khu phố 1 / Tổ Đảng số 2`, unit_id: leaf.id });
    const key = await env.DB.prepare('SELECT path_key FROM units WHERE id = ?').bind(leaf.id).first<string>('path_key');
    expect(key).toBe('dang bo phuong thach thang moi/chi bo khu pho 1/to dang so 2');
  });

  it('moving a unit to another parent in the same province carries its subtree and members along', async () => {
    const admin = await nationalAdmin();
    const one = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Bến Nghé'), provinceCode: 'HCM' });
    const two = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Bến Thành'), provinceCode: 'HCM' });
    const cell = await makeUnit(admin, { name: 'Chi bộ khu phố 5', parentId: one.id });
    const group = await makeUnit(admin, { name: 'Tổ 7', parentId: cell.id });
    const member = await signedInAs('member', { provinceCode: 'HCM' });
    await placeInUnit(member.id, group);

    const res = await sendJson('PATCH', `/api/units/${cell.id}`, { parentId: two.id }, admin.headers);
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await readJson<{ unit: { parentId: number; path: string } }>(res)).unit).toMatchObject({ parentId: two.id, path: `${two.name} / Chi bộ khu phố 5` });
    expect(await mirrorOf(member.id)).toEqual({ unit: `${two.name} / Chi bộ khu phố 5 / Tổ 7`, unit_id: group.id });

    // And back to the top of the province.
    const top = await sendJson('PATCH', `/api/units/${cell.id}`, { parentId: null }, admin.headers);
    expect(top.status).toBe(200);
    expect(await mirrorOf(member.id)).toEqual({ unit: 'Chi bộ khu phố 5 / Tổ 7', unit_id: group.id });
  });

  it('deactivating hides a unit from the default list; includeInactive shows it; reactivating brings it back', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Hội Cựu chiến binh phường'), provinceCode: 'HPG', kind: 'veterans' });
    expect((await sendJson('PATCH', `/api/units/${unit.id}`, { active: false }, admin.headers)).status).toBe(200);
    expect((await listUnitsApi(admin, '?province=HPG')).some((u) => u.id === unit.id)).toBe(false);
    expect((await listUnitsApi(admin, '?province=HPG&includeInactive=1')).find((u) => u.id === unit.id)).toMatchObject({ active: false });
    expect((await sendJson('PATCH', `/api/units/${unit.id}`, { active: true }, admin.headers)).status).toBe(200);
    expect((await listUnitsApi(admin, '?province=HPG')).find((u) => u.id === unit.id)).toMatchObject({ active: true });
  });

  it('a unit without members or units below it can be deleted, and the audit log says who did it', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Ban Tuyên giáo tạm'), provinceCode: 'HNI', kind: 'agency' });
    const res = await fetchApp(`/api/units/${unit.id}`, { method: 'DELETE', headers: admin.headers });
    expect(res.status).toBe(204);
    expect((await listUnitsApi(admin, '?province=HNI&includeInactive=1')).some((u) => u.id === unit.id)).toBe(false);
    const actions = await env.DB.prepare('SELECT action FROM audit_log WHERE target = ? AND actor_id = ? ORDER BY id').bind(`unit:${unit.id}`, admin.id).all<{ action: string }>();
    expect(actions.results.map((r) => r.action)).toEqual(['unit.create', 'unit.delete']);
  });

  it('an admin with a province creates units there without naming it; a provincial editor reads only that province', async () => {
    const admin = await signedInAs('admin', { provinceCode: 'DNG' });
    const unit = await makeUnit(admin, { name: uniqueName('Đoàn Thanh niên phường Hải Châu'), kind: 'youth_union' });
    expect(unit.provinceCode).toBe('DNG');
    const editor = await signedInAs('editor', { provinceCode: 'DNG' });
    const seen = await listUnitsApi(editor);
    expect(seen.some((u) => u.id === unit.id)).toBe(true);
    expect(seen.every((u) => u.provinceCode === 'DNG')).toBe(true);
    const national = await signedInAs('editor', { provinceCode: null });
    expect((await listUnitsApi(national)).some((u) => u.id === unit.id)).toBe(true);
  });
});
