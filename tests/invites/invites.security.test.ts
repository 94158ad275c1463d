import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOIN_LIMIT } from '../../workers/invites/join-limit';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { postForm } from '../auth/account-helpers';
import { createInviteAs, DNG_CELL, freshAddress, HCM_CELL, joinForm, joinJson, unitIdFor, usesOf } from './invite-helpers';

let dngCell = 0;
let hcmCell = 0;
beforeAll(async () => {
  await seedDemo();
  dngCell = await unitIdFor('DNG', DNG_CELL);
  hcmCell = await unitIdFor('HCM', HCM_CELL);
});

const PASSWORD = 'mat-khau-moi-2026';
/** The page's main content with the typed identifier taken out: what must not differ. */
const mainWithout = async (res: Response, typed: string) => ((await res.text()).match(/<main[\s\S]*<\/main>/)?.[0] ?? '').replaceAll(typed, '…');

describe('no account enumeration when joining', () => {
  it('an email or phone that already has an account gets the same answer as a new one, and its account is untouched', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    const before = await env.DB.prepare("SELECT password_hash, unit_id, province_code FROM users WHERE email = 'member@lantoa.local'").first();
    const existing = await joinJson(code, { name: 'Kẻ lạ', email: 'member@lantoa.local', password: PASSWORD });
    const fresh = await joinJson(code, { name: 'Người mới', email: 'nguoi.moi@example.vn', password: PASSWORD });
    expect(existing.status).toBe(fresh.status);
    const a = await readJson<Record<string, unknown>>(existing);
    const b = await readJson<Record<string, unknown>>(fresh);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect({ ...a, identifier: '' }).toEqual({ ...b, identifier: '' });
    expect(existing.headers.get('set-cookie')).toBeNull();
    // Both take a use (so a used-up link cannot tell taken addresses from free ones); the existing
    // account keeps its password, unit and province.
    expect(await usesOf(invite.id)).toBe(2);
    expect(await env.DB.prepare("SELECT password_hash, unit_id, province_code FROM users WHERE email = 'member@lantoa.local'").first()).toEqual(before);
  });

  it('the form shows the same "ready" page for a phone already in use and a new one', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    await signedInAs('member', { phone: '+84905300300' });
    const existing = await joinForm(code, { name: 'Ai đó', email: '0905 300 300', password: PASSWORD });
    const fresh = await joinForm(code, { name: 'Ai đó', email: '0905 300 301', password: PASSWORD });
    expect(existing.status).toBe(200);
    expect(fresh.status).toBe(200);
    expect(await mainWithout(existing, '0905 300 300')).toBe(await mainWithout(fresh, '0905 300 301'));
    expect(await usesOf(invite.id)).toBe(2);
  });

  it('a link with one use left is used up after a join with a taken address as after a new one', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const taken = await createInviteAs(admin, { unitId: dngCell, maxUses: 1 });
    const free = await createInviteAs(admin, { unitId: dngCell, maxUses: 1 });
    expect((await joinJson(taken.code, { name: 'Kẻ lạ', email: 'member@lantoa.local', password: PASSWORD })).status).toBe(202);
    expect((await joinJson(free.code, { name: 'Người mới', email: 'mot.nguoi.moi@example.vn', password: PASSWORD })).status).toBe(202);
    const after = await Promise.all([fetchApp(`/join/${taken.code}`), fetchApp(`/join/${free.code}`)]);
    expect(after.map((r) => r.status)).toEqual([410, 410]);
  });
});

describe('the use count under a race', () => {
  it('two joins racing for the last use: exactly one account is created and uses stops at the maximum', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell, maxUses: 1 });
    const [one, two] = await Promise.all([
      joinJson(code, { name: 'Nhanh', phone: '0905 400 401', password: PASSWORD }),
      joinJson(code, { name: 'Chậm', phone: '0905 400 402', password: PASSWORD }),
    ]);
    expect([one.status, two.status].sort()).toEqual([202, 410]);
    expect(await usesOf(invite.id)).toBe(1);
    const made = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE phone IN ('+84905400401', '+84905400402')").first('n');
    expect(made).toBe(1);
  });
});

describe('joining is rate-limited per address', () => {
  it(`answers 429 with Retry-After after ${JOIN_LIMIT.limit} attempts from one address, on the form too`, async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code } = await createInviteAs(admin, { unitId: dngCell });
    const address = freshAddress();
    for (let i = 0; i < JOIN_LIMIT.limit; i++) await joinJson(code, { name: 'X', phone: 'không phải số', password: PASSWORD }, address);
    const limited = await joinJson(code, { name: 'Y', phone: '0905 500 500', password: PASSWORD }, address);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const form = await joinForm(code, { name: 'Trần Văn Y', email: '0905 500 501', password: PASSWORD }, { 'cf-connecting-ip': address });
    expect(form.status).toBe(429);
    expect(form.headers.get('retry-after')).toMatch(/^\d+$/);
    const html = await form.text();
    expect(html).toContain('Có quá nhiều lượt đăng ký');
    expect(html).toContain('value="Trần Văn Y"');
    expect(await env.DB.prepare("SELECT count(*) AS n FROM users WHERE phone IN ('+84905500500', '+84905500501')").first('n')).toBe(0);
    // Another address is not affected.
    expect((await joinJson(code, { name: 'Z', phone: '0905 500 502', password: PASSWORD })).status).toBe(202);
  });
});

describe('CSRF: the anonymous join form is protected like /login', () => {
  it('a cross-site post is refused and creates nothing', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    const res = await joinForm(code, { name: 'Giả mạo', email: '0905 600 600', password: PASSWORD }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await usesOf(invite.id)).toBe(0);
  });
});

describe('who may hand out invitations', () => {
  const asks = (user: TestUser | null, unitId: number) => [
    fetchApp('/api/invites', { headers: user?.headers ?? {} }),
    sendJson('POST', '/api/invites', { unitId, expiresInDays: 5, maxUses: 5 }, user?.headers ?? {}),
    fetchApp('/editor/invites', { headers: { ...(user?.headers ?? {}), accept: 'application/json' } }),
  ];

  it('refuses anonymous callers (401), members and contributors (403)', async () => {
    for (const res of await Promise.all(asks(null, dngCell))) expect(res.status).toBe(401);
    for (const role of ['member', 'contributor'] as const) {
      const user = await signedInAs(role, { provinceCode: 'DNG' });
      for (const res of await Promise.all(asks(user, dngCell))) expect(res.status, role).toBe(403);
    }
  });

  it('refuses a national editor: handing out accounts nationwide is an admin’s job', async () => {
    const editor = await signedInAs('editor', { provinceCode: null });
    for (const res of await Promise.all(asks(editor, dngCell))) expect(res.status).toBe(403);
  });

  it('lets a provincial editor invite to their province only, and see only its invitations', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const dngInvite = await createInviteAs(admin, { unitId: dngCell });
    const editor = await signedInAs('editor', { provinceCode: 'HCM' });
    const own = await createInviteAs(editor, { unitId: hcmCell });
    expect(own.invite.state).toBe('active');
    const other = await sendJson('POST', '/api/invites', { unitId: dngCell, expiresInDays: 5, maxUses: 5 }, editor.headers);
    expect(other.status).toBe(403);
    const list = await readJson<{ invites: { id: string; unit: { provinceCode: string } }[] }>(await fetchApp('/api/invites', { headers: editor.headers }));
    expect(list.invites.map((i) => i.unit.provinceCode)).not.toContain('DNG');
    expect((await fetchApp(`/api/invites?unit=${dngCell}`, { headers: editor.headers })).status).toBe(403);
    expect((await sendJson('DELETE', `/api/invites/${dngInvite.invite.id}`, {}, editor.headers)).status).toBe(403);
    expect((await postForm(`/editor/invites/${dngInvite.invite.id}/revoke`, {}, editor.headers)).status).toBe(403);
    expect(await usesOf(dngInvite.invite.id)).toBe(0);
    const page = await (await fetchApp('/editor/invites', { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(page).toContain('Đảng bộ phường Bến Nghé / Chi bộ khu phố 3');
    expect(page).not.toContain('Đảng bộ phường Hải Châu');
  });

  it('scopes an admin with a province to it, like a provincial editor; a national admin reaches every province', async () => {
    const dngAdmin = await signedInAs('admin', { provinceCode: 'DNG' });
    expect((await createInviteAs(dngAdmin, { unitId: dngCell })).invite.state).toBe('active');
    expect((await sendJson('POST', '/api/invites', { unitId: hcmCell, expiresInDays: 5, maxUses: 5 }, dngAdmin.headers)).status).toBe(403);
    const national = await signedInAs('admin', { provinceCode: null });
    expect((await createInviteAs(national, { unitId: hcmCell })).invite.state).toBe('active');
  });
});
