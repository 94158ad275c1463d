import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { postForm } from '../auth/account-helpers';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { createReport, validReport } from '../reports/helpers';

// A provincial admin (like admin2@, Đà Nẵng) manages the accounts of that province only,
// the same role scoped like a provincial editor: an unknown id is 404, another province's
// or a national account is 403; nothing they create or change leaves their province;
// API tokens and dead letters are for national admins. A national admin (admin@) is not limited.

let admin2: TestUser; // admin, Đà Nẵng
let national: TestUser; // admin, no province
let saigon: TestUser; // member, TP. Hồ Chí Minh
let danang: TestUser; // member, Đà Nẵng
let nationalEditor: TestUser; // editor, no province

type Account = { id: string; email: string; provinceCode: string | null; role: string; name: string };

const row = (id: string) => env.DB.prepare('SELECT name, role, province_code, disabled_at FROM users WHERE id = ?').bind(id).first<{ name: string; role: string; province_code: string | null; disabled_at: number | null }>();

beforeAll(async () => {
  admin2 = await signedInAs('admin', { provinceCode: 'DNG', name: 'Võ Thị Quản Lý' });
  national = await signedInAs('admin', { provinceCode: null });
  saigon = await signedInAs('member', { provinceCode: 'HCM', name: 'Người Sài Gòn' });
  danang = await signedInAs('member', { provinceCode: 'DNG', name: 'Người Đà Nẵng' });
  nationalEditor = await signedInAs('editor', { provinceCode: null, name: 'Biên Tập Toàn Quốc' });
});

describe('listing accounts', () => {
  it('a provincial admin lists their province’s accounts only, on the API and the page', async () => {
    const { users } = await readJson<{ users: Account[] }>(await fetchApp('/api/users', { headers: admin2.headers }));
    const ids = users.map((u) => u.id);
    expect(ids).toContain(danang.id);
    expect(ids).not.toContain(saigon.id);
    expect(ids).not.toContain(nationalEditor.id);
    expect(users.every((u) => u.provinceCode === 'DNG')).toBe(true);
    const page = await (await fetchApp('/editor/users', { headers: { ...admin2.headers, accept: 'text/html' } })).text();
    expect(page).toContain('Người Đà Nẵng');
    expect(page).not.toContain('Người Sài Gòn');
    expect(page).not.toContain('Biên Tập Toàn Quốc');
    // Only their province to choose from, no "none" (national) choice, no API tokens.
    expect(page).toMatch(/<select id="new-province" name="provinceCode"><option value="DNG"/);
    expect(page).not.toContain('action="/editor/users/' + danang.id + '/tokens"');
  });

  it('a national admin lists everyone', async () => {
    const { users } = await readJson<{ users: Account[] }>(await fetchApp('/api/users', { headers: national.headers }));
    expect(users.map((u) => u.id)).toEqual(expect.arrayContaining([danang.id, saigon.id, nationalEditor.id, admin2.id]));
  });
});

describe('creating accounts', () => {
  it('an account a provincial admin creates belongs to their province, named or not', async () => {
    const res = await sendJson('POST', '/api/users', { email: 'moi.dn@example.vn', name: 'Người Mới Đà Nẵng', password: 'mat-khau-du-dai-1', role: 'editor' }, admin2.headers);
    expect(res.status).toBe(201);
    expect((await readJson<{ user: Account }>(res)).user.provinceCode).toBe('DNG');
    const named = await sendJson('POST', '/api/users', { email: 'moi2.dn@example.vn', name: 'Người Mới 2', password: 'mat-khau-du-dai-1', provinceCode: 'DNG' }, admin2.headers);
    expect(named.status).toBe(201);
  });

  it('another province, or none (a national account), is refused with 403 and nothing is created', async () => {
    for (const provinceCode of ['HCM', null]) {
      const email = `khac-${String(provinceCode)}@example.vn`.toLowerCase();
      const res = await sendJson('POST', '/api/users', { email, name: 'Người Tỉnh Khác', password: 'mat-khau-du-dai-1', role: 'admin', provinceCode }, admin2.headers);
      expect(res.status, String(provinceCode)).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await env.DB.prepare('SELECT id FROM users WHERE email = ?').bind(email).first()).toBeNull();
    }
  });

  it('the form says why and keeps what was typed (never the password)', async () => {
    const res = await postForm(
      '/editor/users',
      { email: 'form.hcm@example.vn', name: 'Ngô Thị Gõ', password: 'mat-khau-du-dai-1', role: 'member', provinceCode: 'HCM', unit: 'Phường Bến Thành' },
      admin2.headers,
    );
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('không thuộc tỉnh, thành bạn quản lý');
    expect(html).toContain('value="form.hcm@example.vn"');
    expect(html).toContain('value="Ngô Thị Gõ"');
    expect(html).not.toContain('value="mat-khau-du-dai-1"');
  });
});

describe('changing accounts', () => {
  it('another province’s or a national account is 403, an unknown id 404; nothing changes', async () => {
    for (const target of [saigon, nationalEditor]) {
      expect((await sendJson('PATCH', `/api/users/${target.id}`, { name: 'Đổi Hộ' }, admin2.headers)).status).toBe(403);
      expect((await sendJson('PATCH', `/api/users/${target.id}`, { disabled: true }, admin2.headers)).status).toBe(403);
      expect((await sendJson('DELETE', `/api/users/${target.id}/sessions`, {}, admin2.headers)).status).toBe(403);
      expect((await postForm(`/editor/users/${target.id}`, { name: 'Đổi Hộ', role: 'member', provinceCode: 'DNG' }, admin2.headers)).status).toBe(403);
      expect((await row(target.id))?.disabled_at).toBeNull();
      expect((await row(target.id))?.name).not.toBe('Đổi Hộ');
    }
    expect((await sendJson('PATCH', '/api/users/khong-co-ai', { name: 'Ai Đó' }, admin2.headers)).status).toBe(404);
    expect((await sendJson('DELETE', '/api/users/khong-co-ai/sessions', {}, admin2.headers)).status).toBe(404);
  });

  it('cannot move their own province’s account elsewhere or make it national', async () => {
    for (const provinceCode of ['HCM', null]) {
      const res = await sendJson('PATCH', `/api/users/${danang.id}`, { provinceCode, role: 'admin' }, admin2.headers);
      expect(res.status, String(provinceCode)).toBe(403);
    }
    expect(await row(danang.id)).toMatchObject({ role: 'member', province_code: 'DNG' });
  });

  it('manages their own province’s accounts: rename, promote within the province, disable', async () => {
    const res = await sendJson('PATCH', `/api/users/${danang.id}`, { name: 'Người Đà Nẵng Mới', role: 'editor', provinceCode: 'DNG' }, admin2.headers);
    expect(res.status).toBe(200);
    expect(await row(danang.id)).toMatchObject({ name: 'Người Đà Nẵng Mới', role: 'editor', province_code: 'DNG' });
    expect((await sendJson('PATCH', `/api/users/${danang.id}`, { name: 'Người Đà Nẵng', role: 'member' }, admin2.headers)).status).toBe(200);
  });

  it('a national admin may move an account anywhere', async () => {
    const member = await signedInAs('member', { provinceCode: 'HCM' });
    expect((await sendJson('PATCH', `/api/users/${member.id}`, { provinceCode: 'DNG' }, national.headers)).status).toBe(200);
    expect((await row(member.id))?.province_code).toBe('DNG');
  });
});

describe('national-only operations', () => {
  it('API tokens: a provincial admin cannot list, issue or revoke them, even for their own province', async () => {
    expect((await fetchApp(`/api/users/${danang.id}/tokens`, { headers: admin2.headers })).status).toBe(403);
    expect((await sendJson('POST', `/api/users/${danang.id}/tokens`, { label: 'Đối tác' }, admin2.headers)).status).toBe(403);
    const issued = await sendJson('POST', `/api/users/${danang.id}/tokens`, { label: 'Đối tác' }, national.headers);
    expect(issued.status).toBe(201);
    const { token } = await readJson<{ token: { id: string } }>(issued);
    expect((await sendJson('DELETE', `/api/tokens/${token.id}`, {}, admin2.headers)).status).toBe(403);
    expect((await postForm(`/editor/tokens/${token.id}/revoke`, {}, admin2.headers)).status).toBe(403);
    const stored = await env.DB.prepare('SELECT revoked_at FROM api_tokens WHERE id = ?').bind(token.id).first<{ revoked_at: number | null }>();
    expect(stored?.revoked_at).toBeNull();
  });

  it('dead letters: listing and replay are for national admins', async () => {
    expect((await fetchApp('/api/admin/dead-letters', { headers: admin2.headers })).status).toBe(403);
    expect((await sendJson('POST', '/api/admin/dead-letters/replay', {}, admin2.headers)).status).toBe(403);
    expect((await fetchApp('/api/admin/dead-letters', { headers: national.headers })).status).toBe(200);
  });
});

describe('the editors’ areas, scoped for a provincial admin as for a provincial editor', () => {
  it('cases: another province’s case is 403, the list is their province’s', async () => {
    const saigonCase = (await createReport(validReport({ url: 'https://example.com/admin2-hcm', province: 'HCM' }))).caseId;
    const danangCase = (await createReport(validReport({ url: 'https://example.com/admin2-dng', province: 'DNG' }))).caseId;
    expect((await fetchApp(`/api/cases/${saigonCase}`, { headers: admin2.headers })).status).toBe(403);
    expect((await fetchApp(`/api/cases/${danangCase}`, { headers: admin2.headers })).status).toBe(200);
    const list = await readJson<{ items: { id: number }[] }>(await fetchApp('/api/cases?status=all&pageSize=100', { headers: admin2.headers }));
    expect(list.items.map((i) => i.id)).toContain(danangCase);
    expect(list.items.map((i) => i.id)).not.toContain(saigonCase);
    expect((await fetchApp('/api/stats/overview?province=HCM', { headers: admin2.headers })).status).toBe(403);
  });

  it('the audit log shows their province’s account entries, never another’s', async () => {
    await sendJson('PATCH', `/api/users/${saigon.id}`, { name: 'Người Sài Gòn' }, national.headers);
    await sendJson('PATCH', `/api/users/${saigon.id}`, { name: 'Người Sài Gòn Đổi' }, national.headers);
    const seen = await readJson<{ entries: { target: string }[] }>(await fetchApp('/api/audit?target=user:&limit=200', { headers: admin2.headers }));
    const targets = seen.entries.map((e) => e.target);
    expect(targets).toContain(`user:${danang.id}`);
    expect(targets).not.toContain(`user:${saigon.id}`);
    const all = await readJson<{ entries: { target: string }[] }>(await fetchApp('/api/audit?target=user:&limit=200', { headers: national.headers }));
    expect(all.entries.map((e) => e.target)).toContain(`user:${saigon.id}`);
  });
});
