import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts } from '../../scripts/seed/accounts';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { freshIp, login, loginForm, sessionCookie } from './login-helpers';

beforeAll(async () => {
  await seedDemo();
});

describe('signing in', () => {
  it('works for every demo account with the documented password', async () => {
    const ip = freshIp();
    for (const account of demoAccounts) {
      const res = await login(account.email, DEMO_PASSWORD, ip);
      const body = await readJson<{ user: { email: string; role: string } }>(res);
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(body.user).toMatchObject({ email: account.email, role: account.role });
    }
  });

  it('sets a __Host- session cookie that is HttpOnly, Secure, SameSite=Lax, Path=/ and expires', async () => {
    const res = await login('editor@lantoa.local', DEMO_PASSWORD, freshIp());
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-lantoa_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('stores only the SHA-256 of the session token', async () => {
    const res = await login('member@lantoa.local', DEMO_PASSWORD, freshIp());
    const token = sessionCookie(res).split('=')[1] ?? '';
    const rows = await env.DB.prepare('SELECT token_hash FROM sessions').all<{ token_hash: string }>();
    expect(rows.results.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.results.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const res = await login('  Contributor@LanToa.Local ', DEMO_PASSWORD, freshIp());
    expect(res.status).toBe(200);
  });

  it('lets GET /api/me see the signed-in user, without the password hash', async () => {
    const cookie = sessionCookie(await login('contributor@lantoa.local', DEMO_PASSWORD, freshIp()));
    const res = await fetchApp('/api/me', { headers: { cookie } });
    const body = await readJson<{ user: Record<string, unknown> }>(res);
    expect(res.status).toBe(200);
    expect(body.user).toMatchObject({ email: 'contributor@lantoa.local', role: 'contributor', provinceCode: 'DNG' });
    expect(JSON.stringify(body)).not.toContain('pbkdf2');
  });

  it('from the /login form, redirects editors to /editor and members to the feed', async () => {
    const ip = freshIp();
    let res = await loginForm({ email: 'editor@lantoa.local', password: DEMO_PASSWORD }, ip);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/editor');
    res = await loginForm({ email: 'member@lantoa.local', password: DEMO_PASSWORD }, ip);
    expect(res.headers.get('location')).toBe('/');
  });

  it('from the form, returns to a local `next` page but never to another site', async () => {
    const ip = freshIp();
    let res = await loginForm({ email: 'editor@lantoa.local', password: DEMO_PASSWORD, next: '/editor/audit' }, ip);
    expect(res.headers.get('location')).toBe('/editor/audit');
    res = await loginForm({ email: 'editor@lantoa.local', password: DEMO_PASSWORD, next: '//evil.example/' }, ip);
    expect(res.status).toBe(400);
  });
});

describe('signing out', () => {
  it('deletes the session: the old cookie no longer works', async () => {
    const cookie = sessionCookie(await login('editor2@lantoa.local', DEMO_PASSWORD, freshIp()));
    expect((await fetchApp('/api/me', { headers: { cookie } })).status).toBe(200);
    const out = await sendJson('POST', '/api/auth/logout', {}, { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/__Host-lantoa_session=;.*Max-Age=0/);
    expect((await fetchApp('/api/me', { headers: { cookie } })).status).toBe(401);
  });

  it('through the layout form (POST /logout) redirects to the feed', async () => {
    const cookie = sessionCookie(await login('admin@lantoa.local', DEMO_PASSWORD, freshIp()));
    const res = await fetchApp('/logout', { method: 'POST', redirect: 'manual', headers: { cookie, origin: ORIGIN } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect((await fetchApp('/api/me', { headers: { cookie } })).status).toBe(401);
  });
});

describe('the demo seed', () => {
  it('is idempotent: seeding again changes nothing', async () => {
    const before = await env.DB.prepare('SELECT id, password_hash FROM users WHERE id LIKE ? ORDER BY id').bind('seed-%').all();
    await seedDemo();
    const after = await env.DB.prepare('SELECT id, password_hash FROM users WHERE id LIKE ? ORDER BY id').bind('seed-%').all();
    expect(after.results).toEqual(before.results);
    expect(after.results).toHaveLength(6);
  });
});
