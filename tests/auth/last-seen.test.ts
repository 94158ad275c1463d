// "Last seen" is written at most every LAST_SEEN_EVERY_MS, not on every request:
// a signed-in page view must not cost a D1 write each time.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { LAST_SEEN_EVERY_MS } from '../../workers/auth/session-store';
import { anotherSession, getPage, LAPTOP_UA, withPassword } from './account-helpers';

const tokenHashOf = async (userId: string) =>
  (await env.DB.prepare('SELECT token_hash AS h FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT 1').bind(userId).first<{ h: string }>())!.h;
const lastSeen = async (hash: string) =>
  (await env.DB.prepare('SELECT last_seen_at AS t FROM sessions WHERE token_hash = ?').bind(hash).first<{ t: number | null }>())?.t ?? null;

describe('last seen', () => {
  it('is not written for a session used again within the interval, and is written once it has passed', async () => {
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const headers = await anotherSession(person.id, LAPTOP_UA);
    const hash = await tokenHashOf(person.id);
    const recent = Date.now() - 60_000;
    await env.DB.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').bind(recent, hash).run();
    expect((await getPage('/account', headers)).status).toBe(200);
    expect(await lastSeen(hash)).toBe(recent);

    const stale = Date.now() - LAST_SEEN_EVERY_MS - 60_000;
    await env.DB.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').bind(stale, hash).run();
    expect((await getPage('/account', headers)).status).toBe(200);
    expect(await lastSeen(hash)).toBeGreaterThan(stale + LAST_SEEN_EVERY_MS);
  });
});
