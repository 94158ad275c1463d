// A shared phone: signing out stops this device's notifications for that account; the same
// account's other devices (other sessions) keep theirs, and a session that expires is no sign-out.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../workers/auth/session-store';
import { createDb } from '../../workers/core/db';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, sendJson } from '../helpers/http';
import { fakeBrowser } from './helpers';

const countOf = async (endpoint: string) => env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE endpoint = ?').bind(endpoint).first<number>('n');

async function secondSession(userId: string) {
  const { token } = await createSession(createDb(env.DB), userId, 'vitest');
  return { cookie: `${SESSION_COOKIE}=${token}`, origin: ORIGIN };
}

describe('signing out unlinks the push subscriptions the session made', () => {
  it.each([
    ['the layout form (POST /logout)', (headers: Record<string, string>) => fetchApp('/logout', { method: 'POST', redirect: 'manual', headers })],
    ['the API (POST /api/auth/logout)', (headers: Record<string, string>) => sendJson('POST', '/api/auth/logout', {}, headers)],
  ])('through %s: this phone’s subscription is gone, another session’s stays', async (_how, signOut) => {
    const member = await signedInAs('member');
    const phone = await fakeBrowser();
    const laptop = await fakeBrowser();
    const laptopHeaders = await secondSession(member.id);
    expect((await sendJson('POST', '/api/push/subscriptions', { endpoint: phone.endpoint, keys: phone.keys }, member.headers)).status).toBe(201);
    expect((await sendJson('POST', '/api/push/subscriptions', { endpoint: laptop.endpoint, keys: laptop.keys }, laptopHeaders)).status).toBe(201);

    const out = await signOut(member.headers);
    expect(out.status).toBeLessThan(400);
    expect(await countOf(phone.endpoint)).toBe(0);
    expect(await countOf(laptop.endpoint)).toBe(1);
  });

  it('keeps the subscription when the session merely expires (swept)', async () => {
    const member = await signedInAs('member');
    const phone = await fakeBrowser();
    expect((await sendJson('POST', '/api/push/subscriptions', { endpoint: phone.endpoint, keys: phone.keys }, member.headers)).status).toBe(201);
    await env.DB.prepare('DELETE FROM sessions WHERE user_id = ?').bind(member.id).run();
    expect(await countOf(phone.endpoint)).toBe(1);
  });

  it('moves with the browser: re-posted from another session, that session’s sign-out is the one that stops it', async () => {
    const first = await signedInAs('member');
    const phone = await fakeBrowser();
    await sendJson('POST', '/api/push/subscriptions', { endpoint: phone.endpoint, keys: phone.keys }, first.headers);
    const again = await secondSession(first.id);
    await sendJson('POST', '/api/push/subscriptions', { endpoint: phone.endpoint, keys: phone.keys }, again);
    await sendJson('POST', '/api/auth/logout', {}, first.headers);
    expect(await countOf(phone.endpoint)).toBe(1);
    await sendJson('POST', '/api/auth/logout', {}, again);
    expect(await countOf(phone.endpoint)).toBe(0);
  });
});

describe('ending sessions from the account page unlinks their push subscriptions too', () => {
  it('DELETE /api/me/sessions/:id and DELETE /api/me/sessions (all others) stop those devices, not this one', async () => {
    const member = await signedInAs('member');
    const here = await fakeBrowser();
    const phone = await fakeBrowser();
    const tablet = await fakeBrowser();
    const phoneHeaders = await secondSession(member.id);
    const tabletHeaders = await secondSession(member.id);
    for (const [b, h] of [[here, member.headers], [phone, phoneHeaders], [tablet, tabletHeaders]] as const) {
      expect((await sendJson('POST', '/api/push/subscriptions', { endpoint: b.endpoint, keys: b.keys }, h)).status).toBe(201);
    }
    const { sessions: items } = (await (await fetchApp('/api/me/sessions', { headers: member.headers })).json()) as { sessions: { id: string; current: boolean }[] };
    const phoneToken = phoneHeaders.cookie.split('=')[1] ?? '';
    const phoneHash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(phoneToken)))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const phoneId = items.find((s) => phoneHash.startsWith(s.id))?.id;
    expect(phoneId).toBeTruthy();
    expect((await fetchApp(`/api/me/sessions/${phoneId}`, { method: 'DELETE', headers: member.headers })).status).toBeLessThan(300);
    expect([await countOf(here.endpoint), await countOf(phone.endpoint), await countOf(tablet.endpoint)]).toEqual([1, 0, 1]);

    expect((await fetchApp('/api/me/sessions', { method: 'DELETE', headers: member.headers })).status).toBeLessThan(300);
    expect([await countOf(here.endpoint), await countOf(tablet.endpoint)]).toEqual([1, 0]);
  });
});
