import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_WINDOW_MS, MAX_ACCOUNT_FAILURES, MAX_IP_FAILURES } from '../../workers/auth/login-limit';
import { login as signIn } from '../../workers/auth/login';
import { signInIdentifier } from '../../workers/auth/sign-in-identifier';
import { hmacHex } from '../../workers/core/crypto';
import { createDb } from '../../workers/core/db';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { freshIp, login, loginForm } from './login-helpers';

beforeAll(async () => {
  await seedDemo();
});

describe('login rate limit', () => {
  it('locks an account after repeated failures: 429 with Retry-After, even with the right password', async () => {
    const ip = freshIp();
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) expect((await login('contributor@lantoa.local', `wrong-${i}`, ip)).status).toBe(401);
    const locked = await login('contributor@lantoa.local', DEMO_PASSWORD, freshIp());
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await readJson<{ code: string }>(locked)).code).toBe('RATE_LIMITED');
  });

  it('locks an unknown email the same way, so a lockout reveals nothing', async () => {
    const ip = freshIp();
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) await login('ghost@lantoa.local', `wrong-${i}`, ip);
    expect((await login('ghost@lantoa.local', 'whatever-else', freshIp())).status).toBe(429);
  });

  it('locks an IP after many failures across accounts; other IPs are unaffected', async () => {
    const ip = freshIp();
    for (let i = 0; i < MAX_IP_FAILURES; i++) await login(`spray-${i}@lantoa.local`, 'wrong-password', ip);
    const blocked = await login('member@lantoa.local', DEMO_PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await login('member@lantoa.local', DEMO_PASSWORD, freshIp())).status).toBe(200);
  });

  it('keys the IP counter by a keyed hash: the address is never stored', async () => {
    const ip = '203.0.113.77';
    await login('someone@lantoa.local', 'wrong-password', ip);
    const rows = await env.DB.prepare('SELECT key FROM rate_counters').all<{ key: string }>();
    expect(rows.results.length).toBeGreaterThan(0);
    expect(rows.results.some((r) => r.key.includes(ip))).toBe(false);
    expect(rows.results.some((r) => /^login:ip:[0-9a-f]{64}$/.test(r.key))).toBe(true);
  });

  it('tells a locked-out browser to wait, with 429 and Retry-After', async () => {
    const ip = freshIp();
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) await login('admin@lantoa.local', `wrong-${i}`, ip);
    const res = await loginForm({ email: 'admin@lantoa.local', password: DEMO_PASSWORD }, freshIp());
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await res.text()).toContain('Đăng nhập sai quá nhiều lần');
  });
});

describe('a parallel burst of sign-ins', () => {
  const BURST = 40;

  it(`checks at most ${MAX_ACCOUNT_FAILURES} passwords of one account however many arrive at once; the rest get 429`, async () => {
    // Each from its own address, so only the account's limit is in play.
    const answers = await Promise.all(Array.from({ length: BURST }, (_, i) => login('editor@lantoa.local', `wrong-burst-${i}`, freshIp())));
    const checked = answers.filter((res) => res.status !== 429);
    expect(checked.length, answers.map((r) => r.status).join(',')).toBeLessThanOrEqual(MAX_ACCOUNT_FAILURES);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.every((res) => res.status === 401)).toBe(true);
    for (const res of answers.filter((r) => r.status === 429)) {
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    }
    const right = await login('editor@lantoa.local', DEMO_PASSWORD, freshIp());
    expect(right.status, 'the right password is refused too until the window passes').toBe(429);
  });

  it('the same burst from one address counts once per attempt against the IP, never more', async () => {
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: BURST }, (_, i) => login('editor2@lantoa.local', `wrong-one-ip-${i}`, ip)));
    expect(answers.filter((res) => res.status !== 429).length).toBeLessThanOrEqual(MAX_ACCOUNT_FAILURES);
    const key = `login:ip:${await hmacHex(env.HASH_SECRET ?? '', ip)}`;
    const counter = await env.DB.prepare('SELECT count FROM rate_counters WHERE key = ?').bind(key).first<{ count: number }>();
    expect(counter?.count, 'attempts refused before any check hold no IP slot').toBeLessThanOrEqual(MAX_ACCOUNT_FAILURES);
  });

  it('lets the right password in once the window has passed', async () => {
    const db = createDb(env.DB);
    const now = Date.now();
    const wrong = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => signIn(db, env.HASH_SECRET, { identifier: signInIdentifier('member@lantoa.local'), password: `wrong-${i}`, ip: freshIp(), userAgent: null }, now)),
    );
    const codes = wrong.map((r) => (r.status === 'rejected' ? (r.reason as { code?: string }).code : 'OK'));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(MAX_ACCOUNT_FAILURES);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(12 - MAX_ACCOUNT_FAILURES);
    const early = signIn(db, env.HASH_SECRET, { identifier: signInIdentifier('member@lantoa.local'), password: DEMO_PASSWORD, ip: freshIp(), userAgent: null }, now + LOGIN_WINDOW_MS - 1000);
    await expect(early).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const later = await signIn(db, env.HASH_SECRET, { identifier: signInIdentifier('member@lantoa.local'), password: DEMO_PASSWORD, ip: freshIp(), userAgent: null }, now + LOGIN_WINDOW_MS + 1000);
    expect(later.user.email).toBe('member@lantoa.local');
  });
});

describe('sessions', () => {
  it('stop working once expired', async () => {
    const user = await signedInAs('editor');
    await env.DB.prepare('UPDATE sessions SET expires_at = ? WHERE user_id = ?').bind(Date.now() - 1, user.id).run();
    expect((await fetchApp('/api/me', { headers: user.headers })).status).toBe(401);
  });

  it('ignore a forged cookie', async () => {
    expect((await fetchApp('/api/me', { headers: { cookie: '__Host-lantoa_session=forged-token-value' } })).status).toBe(401);
  });
});
