import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { ensureUnit } from '../helpers/units';

type Account = { id: string; email: string; name: string; role: string; provinceCode: string | null; unit: string | null; disabled: boolean };
type AuditEntries = { entries: { action: string; actorId: string; target: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] };

const newAccount = { email: 'Can.Bo@Example.vn', name: 'Đỗ Thị Cán Bộ', password: 'mat-khau-du-dai', role: 'contributor', provinceCode: 'hue', unit: 'Đoàn phường Phú Hội' };

describe('admins manage accounts', () => {
  it('create an account that can then sign in; the hash never leaves the server', async () => {
    const admin = await signedInAs('admin');
    // The old `unit` text names a unit of the account's province by its path.
    await ensureUnit('HUE', ['Đoàn phường Phú Hội'], 'youth_union');
    const res = await sendJson('POST', '/api/users', newAccount, admin.headers);
    const body = await readJson<{ user: Account }>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.user).toMatchObject({ email: 'can.bo@example.vn', role: 'contributor', provinceCode: 'HUE', unit: 'Đoàn phường Phú Hội', disabled: false });
    expect(JSON.stringify(body)).not.toMatch(/pbkdf2|mat-khau/);
    const login = await sendJson('POST', '/api/auth/login', { email: 'can.bo@example.vn', password: 'mat-khau-du-dai' }, { 'cf-connecting-ip': '192.0.2.10' });
    expect(login.status).toBe(200);
  });

  it('list accounts, filtered by role', async () => {
    const admin = await signedInAs('admin');
    await signedInAs('editor', { name: 'Biên tập viên danh sách' });
    const res = await fetchApp('/api/users?role=editor', { headers: admin.headers });
    const body = await readJson<{ users: Account[] }>(res);
    expect(res.status).toBe(200);
    expect(body.users.length).toBeGreaterThan(0);
    expect(body.users.every((u) => u.role === 'editor')).toBe(true);
  });

  it('change a role; the change applies to the open session at once and is audited', async () => {
    const admin = await signedInAs('admin');
    const member = await signedInAs('member');
    await ensureUnit('HNI', ['Đơn vị mới']);
    expect((await sendJson('POST', '/api/stories', { title: 'Thử viết bài', categoryCode: 'role_model', provinceCode: 'HNI' }, member.headers)).status).toBe(403);
    const res = await sendJson('PATCH', `/api/users/${member.id}`, { role: 'contributor', unit: 'Đơn vị mới' }, admin.headers);
    expect(res.status).toBe(200);
    expect((await readJson<{ user: Account }>(res)).user).toMatchObject({ role: 'contributor', unit: 'Đơn vị mới' });
    expect((await sendJson('POST', '/api/stories', { title: 'Thử viết bài', categoryCode: 'role_model', provinceCode: 'HNI' }, member.headers)).status).toBe(201);
    const audit = await readJson<AuditEntries>(await fetchApp(`/api/audit?target=user:${member.id}`, { headers: admin.headers }));
    expect(audit.entries[0]).toMatchObject({ action: 'user.update', actorId: admin.id, before: { role: 'member' }, after: { role: 'contributor', unit: 'Đơn vị mới' } });
  });

  it("disable an account: its open session stops working at once, and enabling it again does not revive it", async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    expect((await fetchApp('/api/me', { headers: editor.headers })).status).toBe(200);
    const res = await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: true }, admin.headers);
    expect((await readJson<{ user: Account }>(res)).user.disabled).toBe(true);
    expect((await fetchApp('/api/me', { headers: editor.headers })).status).toBe(401);
    expect((await sendJson('POST', `/api/stories/1/approve`, {}, editor.headers)).status).toBe(401);
    await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: false }, admin.headers);
    expect((await fetchApp('/api/me', { headers: editor.headers })).status).toBe(401);
  });

  it('refuses a disabled account at once even if its session rows were left behind', async () => {
    const editor = await signedInAs('editor');
    // Straight in the table, as a disable that raced a sign-in might leave it.
    await env.DB.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').bind(Date.now(), editor.id).run();
    expect((await fetchApp('/api/me', { headers: editor.headers })).status).toBe(401);
  });

  it('reset a password: the old one stops working and sessions end', async () => {
    const admin = await signedInAs('admin');
    const user = await signedInAs('contributor');
    await sendJson('PATCH', `/api/users/${user.id}`, { password: 'mot-mat-khau-moi' }, admin.headers);
    expect((await fetchApp('/api/me', { headers: user.headers })).status).toBe(401);
    const login = await sendJson('POST', '/api/auth/login', { email: user.email, password: 'mot-mat-khau-moi' }, { 'cf-connecting-ip': '192.0.2.11' });
    expect(login.status).toBe(200);
  });
});

describe('revoking sessions', () => {
  it('signs an account out on every device without disabling it', async () => {
    const admin = await signedInAs('admin');
    const user = await signedInAs('editor');
    const res = await fetchApp(`/api/users/${user.id}/sessions`, { method: 'DELETE', headers: admin.headers });
    expect(res.status).toBe(200);
    expect(await readJson<{ ended: number }>(res)).toEqual({ ended: 1 });
    expect((await fetchApp('/api/me', { headers: user.headers })).status).toBe(401);
    const row = await env.DB.prepare('SELECT disabled_at FROM users WHERE id = ?').bind(user.id).first<{ disabled_at: number | null }>();
    expect(row?.disabled_at).toBeNull();
  });
});

describe('API bearer tokens', () => {
  it('are shown once, work without a cookie or Origin, and stop working when revoked', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const res = await sendJson('POST', `/api/users/${editor.id}/tokens`, { label: 'Hệ thống CMS tỉnh', expiresInDays: 30 }, admin.headers);
    const { token } = await readJson<{ token: { id: string; token: string; expiresAt: string } }>(res);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(token.token).toMatch(/^lt_[\w-]{43}$/);
    const stored = await env.DB.prepare('SELECT token_hash FROM api_tokens WHERE id = ?').bind(token.id).first<{ token_hash: string }>();
    expect(stored?.token_hash).not.toBe(token.token);

    const bearer = { authorization: `Bearer ${token.token}` };
    const me = await fetchApp('/api/me', { headers: bearer });
    expect((await readJson<{ user: { id: string }; authVia: string }>(me)).authVia).toBe('bearer');
    // No cookie, no Origin: bearer clients are exempt from the CSRF check.
    const created = await fetchApp('/api/stories', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bài gửi qua API', categoryCode: 'role_model', provinceCode: 'HNI' }),
    });
    expect(created.status).toBe(201);

    const list = await readJson<{ tokens: { id: string; label: string }[] }>(await fetchApp(`/api/users/${editor.id}/tokens`, { headers: admin.headers }));
    expect(list.tokens.map((t) => t.label)).toEqual(['Hệ thống CMS tỉnh']);
    expect(JSON.stringify(list)).not.toContain(token.token);

    const revoke = await fetchApp(`/api/tokens/${token.id}`, { method: 'DELETE', headers: admin.headers });
    expect(revoke.status).toBe(204);
    expect((await fetchApp('/api/me', { headers: bearer })).status).toBe(401);
  });
});
