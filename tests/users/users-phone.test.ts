// Phone numbers on accounts: admins set them (create/edit), people set their own on /account;
// numbers are normalised, unique, and shown as written in Vietnam, never the placeholder address.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholderEmail } from '../../workers/users/identity';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { getPage, postForm, sessionCount, withPassword } from '../auth/account-helpers';

type Problem = { status: number; code: string; errors?: { path: string }[] };
type Account = { id: string; email: string | null; phone: string | null };

beforeAll(async () => {
  await seedDemo();
});

describe('admins and phone numbers (JSON)', () => {
  it('creates a phone-only account: stored in E.164 with a placeholder address that JSON never shows', async () => {
    const admin = await signedInAs('admin');
    const res = await sendJson('POST', '/api/users', { phone: '0905 700 001', name: 'Chỉ có số', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(res.status).toBe(201);
    const { user } = await readJson<{ user: Account }>(res);
    expect(user).toMatchObject({ email: null, phone: '+84905700001' });
    const row = await env.DB.prepare('SELECT email FROM users WHERE id = ?').bind(user.id).first<{ email: string }>();
    expect(row?.email).toBe(placeholderEmail('+84905700001'));
    const list = await fetchApp('/api/users?q=0905%20700%20001', { headers: admin.headers });
    const text = await list.text();
    expect(text).toContain('+84905700001');
    expect(text).not.toContain('phone.invalid');
  });

  it('needs an email or a phone, and names a number that is not Vietnamese', async () => {
    const admin = await signedInAs('admin');
    const neither = await sendJson('POST', '/api/users', { name: 'Không có gì', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(neither.status).toBe(400);
    expect((await readJson<Problem>(neither)).errors?.map((e) => e.path)).toEqual(['email']);
    const foreign = await sendJson('POST', '/api/users', { email: 'x1@test.lantoa.local', phone: '+1 202 555 0100', name: 'Nước ngoài', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(foreign.status).toBe(400);
    expect((await readJson<Problem>(foreign)).errors?.map((e) => e.path)).toEqual(['phone']);
  });

  it('refuses a number another account has, however it is typed (409 naming phone), on create and edit', async () => {
    const admin = await signedInAs('admin');
    await sendJson('POST', '/api/users', { email: 'co-so@test.lantoa.local', phone: '0905700002', name: 'Có số', password: 'mat-khau-du-dai-2026' }, admin.headers);
    const dup = await sendJson('POST', '/api/users', { email: 'trung@test.lantoa.local', phone: '+84 905 700 002', name: 'Trùng', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(dup.status).toBe(409);
    expect((await readJson<Problem>(dup)).errors?.map((e) => e.path)).toEqual(['phone']);
    const other = await signedInAs('member');
    const edit = await sendJson('PATCH', `/api/users/${other.id}`, { phone: '84905700002' }, admin.headers);
    expect(edit.status).toBe(409);
    const ok = await sendJson('PATCH', `/api/users/${other.id}`, { phone: '0905 700 003' }, admin.headers);
    expect(ok.status).toBe(200);
    expect((await readJson<{ user: Account }>(ok)).user.phone).toBe('+84905700003');
  });

  it('lists phones as written in Vietnam on /editor/users, never the placeholder address', async () => {
    const admin = await signedInAs('admin');
    await sendJson('POST', '/api/users', { phone: '0905 700 004', name: 'Người dùng số', password: 'mat-khau-du-dai-2026' }, admin.headers);
    const html = await (await getPage('/editor/users', admin.headers)).text();
    expect(html).toContain('0905 700 004');
    expect(html).not.toContain('phone.invalid');
  });

  it('the create form keeps a refused phone as typed, with the message beside the field', async () => {
    const admin = await signedInAs('admin');
    const res = await postForm('/editor/users', { email: '', phone: '0905 70', name: 'Gõ sai', password: 'mat-khau-du-dai-2026', role: 'member' }, admin.headers);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="0905 70"');
    expect(html).toContain('value="Gõ sai"');
    expect(html).toContain('href="#f-phone"');
  });
});

describe('my own phone number on /account', () => {
  it('adds and changes it without ending any session, and /api/me shows it in E.164', async () => {
    const me = await withPassword('member', 'mat-khau-cua-toi-2026');
    const sessionsBefore = await sessionCount(me.id);
    const res = await postForm('/account/phone', { phone: '0905 800 001' }, me.headers);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account?done=phone');
    const page = await (await getPage('/account?done=phone', me.headers)).text();
    expect(page).toContain('0905 800 001');
    expect(page).toContain('Đã lưu số điện thoại.');
    const changed = await sendJson('PUT', '/api/me/phone', { phone: '+84905800002' }, me.headers);
    expect(changed.status).toBe(200);
    expect(await readJson(changed)).toEqual({ phone: '+84905800002' });
    expect(await sessionCount(me.id)).toBe(sessionsBefore);
    const whoami = await readJson<{ user: Account }>(await fetchApp('/api/me', { headers: me.headers }));
    expect(whoami.user.phone).toBe('+84905800002');
  });

  it('refuses another account’s number and a number that is no number, keeping what was typed', async () => {
    await signedInAs('member', { phone: '+84905800100' });
    const me = await signedInAs('member');
    const taken = await sendJson('PUT', '/api/me/phone', { phone: '0905 800 100' }, me.headers);
    expect(taken.status).toBe(409);
    expect((await readJson<Problem>(taken)).errors?.map((e) => e.path)).toEqual(['phone']);
    const bad = await postForm('/account/phone', { phone: '12345' }, me.headers);
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('value="12345"');
    expect(html).toContain('id="e-phone"');
  });

  it('a phone-only account cannot remove its only way to sign in', async () => {
    const me = await signedInAs('member', { phone: '+84905800200', email: placeholderEmail('+84905800200') });
    const res = await sendJson('PUT', '/api/me/phone', { phone: '' }, me.headers);
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual(['phone']);
    const page = await (await getPage('/account', me.headers)).text();
    expect(page).not.toContain('phone.invalid');
    expect(page).toContain('0905 800 200');
  });
});

describe('a phone-only account changing its number', () => {
  it('frees the old number: a new phone-only account can be given it, and no row keeps it', async () => {
    const me = await signedInAs('member', { phone: '+84905811111', email: placeholderEmail('+84905811111') });
    expect((await sendJson('PUT', '/api/me/phone', { phone: '0905 822 222' }, me.headers)).status).toBe(200);
    const row = await env.DB.prepare('SELECT email, phone FROM users WHERE id = ?').bind(me.id).first<{ email: string; phone: string }>();
    expect(row).toEqual({ email: placeholderEmail('+84905822222'), phone: '+84905822222' });
    const admin = await signedInAs('admin');
    const res = await sendJson('POST', '/api/users', { phone: '0905 811 111', name: 'Người nhận số cũ', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(res.status).toBe(201);
  });

  it('frees the old number when an admin changes it too', async () => {
    const admin = await signedInAs('admin');
    const member = await signedInAs('member', { phone: '+84905833333', email: placeholderEmail('+84905833333') });
    expect((await sendJson('PATCH', `/api/users/${member.id}`, { phone: '0905 844 444' }, admin.headers)).status).toBe(200);
    const row = await env.DB.prepare('SELECT email, phone FROM users WHERE id = ?').bind(member.id).first<{ email: string; phone: string }>();
    expect(row).toEqual({ email: placeholderEmail('+84905844444'), phone: '+84905844444' });
    const res = await sendJson('POST', '/api/users', { phone: '0905 833 333', name: 'Người nhận số cũ', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(res.status).toBe(201);
  });
});

describe('a phone-only account elsewhere', () => {
  it('its reset link page and the audit log name it by its number, never the placeholder address', async () => {
    const admin = await signedInAs('admin');
    const created = await readJson<{ user: Account }>(
      await sendJson('POST', '/api/users', { phone: '0905 900 001', name: 'Chỉ số', password: 'mat-khau-du-dai-2026' }, admin.headers),
    );
    const issued = await postForm(`/editor/users/${created.user.id}/reset-link`, {}, admin.headers);
    const html = await issued.text();
    expect(html).toContain('0905 900 001');
    expect(html).not.toContain('phone.invalid');
    const link = html.match(/\/dat-mat-khau\/[A-Za-z0-9_-]+/)?.[0] ?? '';
    const page = await (await getPage(link)).text();
    expect(page).toContain('0905 900 001');
    expect(page).not.toContain('phone.invalid');
    const audit = await env.DB.prepare("SELECT after FROM audit_log WHERE action = 'user.create' AND target = ?").bind(`user:${created.user.id}`).first<{ after: string }>();
    expect(audit?.after).not.toContain('phone.invalid');
  });
});

describe('a phone-only account that changes its number', () => {
  it('frees the old number: its reserved address follows the new one (admin edit and /api/me/phone)', async () => {
    const admin = await signedInAs('admin');
    const created = await sendJson('POST', '/api/users', { phone: '0905 700 500', name: 'Đổi số', password: 'mat-khau-du-dai-2026' }, admin.headers);
    const { user } = await readJson<{ user: Account }>(created);
    expect((await sendJson('PATCH', `/api/users/${user.id}`, { phone: '0905 700 501' }, admin.headers)).status).toBe(200);
    const row = await env.DB.prepare('SELECT email FROM users WHERE id = ?').bind(user.id).first<{ email: string }>();
    expect(row?.email).toBe(placeholderEmail('+84905700501'));
    const reuse = await sendJson('POST', '/api/users', { phone: '0905 700 500', name: 'Số cũ', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(reuse.status).toBe(201);

    const me = await signedInAs('member', { phone: '+84905700502', email: placeholderEmail('+84905700502') });
    expect((await sendJson('PUT', '/api/me/phone', { phone: '0905 700 503' }, me.headers)).status).toBe(200);
    const mine = await env.DB.prepare('SELECT email FROM users WHERE id = ?').bind(me.id).first<{ email: string }>();
    expect(mine?.email).toBe(placeholderEmail('+84905700503'));
    const again = await sendJson('POST', '/api/users', { phone: '0905 700 502', name: 'Số cũ của tôi', password: 'mat-khau-du-dai-2026' }, admin.headers);
    expect(again.status).toBe(201);
  });
});
