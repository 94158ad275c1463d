import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { MAX_SUBSCRIPTIONS_PER_ACCOUNT } from '../../workers/push/push.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { createReport, validReport } from '../reports/helpers';
import { fakeBrowser, type FakeBrowser } from './helpers';

type Problem = { status: number; errors?: { path: string; message: string }[] };
type Item = { id: string; host: string; topics: { campaigns: boolean; corrections: boolean; verdicts: boolean }; lang: string; createdAt: string };

const bodyFor = (b: FakeBrowser, extra: Record<string, unknown> = {}) => ({ endpoint: b.endpoint, keys: b.keys, ...extra });
const subscribe = (user: TestUser, body: unknown) => sendJson('POST', '/api/push/subscriptions', body, user.headers);
const listOf = async (user: TestUser) => (await readJson<{ items: Item[] }>(await fetchApp('/api/push/subscriptions', { headers: user.headers }))).items;
const fieldsOf = async (res: Response) => (await readJson<Problem>(res)).errors?.map((e) => e.path) ?? [];

describe('GET /api/push/key', () => {
  it('gives the VAPID public key, privately', async () => {
    const res = await fetchApp('/api/push/key');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toEqual({ publicKey: env.VAPID_PUBLIC_KEY });
  });

  it('is null when the server has no VAPID keys (push off), and subscribing is refused', async () => {
    const off = { ...env, VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined };
    const res = await createApp().fetch(new Request(`${ORIGIN}/api/push/key`), off, createExecutionContext());
    expect(await res.json()).toEqual({ publicKey: null });
    const member = await signedInAs('member');
    const browser = await fakeBrowser();
    const refused = await createApp().fetch(
      new Request(`${ORIGIN}/api/push/subscriptions`, { method: 'POST', headers: { ...member.headers, 'content-type': 'application/json' }, body: JSON.stringify(bodyFor(browser)) }),
      off,
      createExecutionContext(),
    );
    expect(refused.status).toBe(503);
    expect(await listOf(member)).toEqual([]);
  });
});

describe('POST /api/push/subscriptions', () => {
  it('stores the device for the signed-in account, every topic on by default', async () => {
    const member = await signedInAs('member');
    const browser = await fakeBrowser();
    const res = await subscribe(member, bodyFor(browser, { lang: 'en' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const { subscription } = await readJson<{ subscription: { id: string; topics: Item['topics']; createdAt: string } }>(res);
    expect(subscription).toEqual({ id: expect.any(String), topics: { campaigns: true, corrections: true, verdicts: true }, createdAt: expect.stringMatching(/Z$/) });
    const items = await listOf(member);
    expect(items).toEqual([{ id: subscription.id, host: 'updates.push.test', topics: subscription.topics, lang: 'en', createdAt: subscription.createdAt, lastSentAt: null }]);
    // The full endpoint (a capability to reach the device) is never shown back.
    expect(JSON.stringify(items)).not.toContain(browser.endpoint);
  });

  it('keeps the topics it is given', async () => {
    const member = await signedInAs('editor');
    const res = await subscribe(member, bodyFor(await fakeBrowser(), { topics: { campaigns: false, verdicts: false } }));
    expect((await readJson<{ subscription: Item }>(res)).subscription.topics).toEqual({ campaigns: false, corrections: true, verdicts: false });
  });

  it('answers 401 to an anonymous caller and stores nothing', async () => {
    const browser = await fakeBrowser();
    const res = await sendJson('POST', '/api/push/subscriptions', bodyFor(browser));
    expect(res.status).toBe(401);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE endpoint = ?').bind(browser.endpoint).first('n')).toBe(0);
  });

  it('is refused from another site (CSRF)', async () => {
    const member = await signedInAs('member');
    const res = await sendJson('POST', '/api/push/subscriptions', bodyFor(await fakeBrowser()), { ...member.headers, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await listOf(member)).toEqual([]);
  });

  it.each([
    ['an http endpoint', (b: FakeBrowser) => bodyFor(b, { endpoint: 'http://updates.push.test/x' }), 'endpoint'],
    ['a loopback endpoint', (b: FakeBrowser) => bodyFor(b, { endpoint: 'https://127.0.0.1/x' }), 'endpoint'],
    ['a private-network endpoint', (b: FakeBrowser) => bodyFor(b, { endpoint: 'https://192.168.1.20/push' }), 'endpoint'],
    ['a .local endpoint', (b: FakeBrowser) => bodyFor(b, { endpoint: 'https://router.local/push' }), 'endpoint'],
    ['an endpoint over 1024 characters', (b: FakeBrowser) => bodyFor(b, { endpoint: `https://updates.push.test/${'a'.repeat(1010)}` }), 'endpoint'],
    ['a short p256dh', (b: FakeBrowser) => bodyFor(b, { keys: { ...b.keys, p256dh: b.keys.p256dh.slice(0, 43) } }), 'keys.p256dh'],
    ['a compressed p256dh', (b: FakeBrowser) => bodyFor(b, { keys: { ...b.keys, p256dh: `Ag${b.keys.p256dh.slice(2, 44)}` } }), 'keys.p256dh'],
    ['a p256dh off the curve', (b: FakeBrowser) => bodyFor(b, { keys: { ...b.keys, p256dh: `BP${'_'.repeat(85)}` } }), 'keys.p256dh'],
    ['an auth of 12 bytes', (b: FakeBrowser) => bodyFor(b, { keys: { ...b.keys, auth: 'AAAAAAAAAAAAAAAA' } }), 'keys.auth'],
    ['an auth that is not base64url', (b: FakeBrowser) => bodyFor(b, { keys: { ...b.keys, auth: 'not base64 at all!!!!!' } }), 'keys.auth'],
    ['a topic that is not a boolean', (b: FakeBrowser) => bodyFor(b, { topics: { campaigns: 'yes' } }), 'topics.campaigns'],
    ['an unknown language', (b: FakeBrowser) => bodyFor(b, { lang: 'fr' }), 'lang'],
  ])('refuses %s with a problem naming the field', async (_what, make, field) => {
    const member = await signedInAs('member');
    const res = await subscribe(member, make(await fakeBrowser()));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await fieldsOf(res)).toEqual([field]);
    expect(await listOf(member)).toEqual([]);
  });

  it('moves a browser that subscribes again under another account to that account', async () => {
    const first = await signedInAs('member');
    const second = await signedInAs('member');
    const browser = await fakeBrowser();
    await subscribe(first, bodyFor(browser, { topics: { campaigns: false } }));
    const again = await subscribe(second, bodyFor(browser));
    expect(again.status).toBe(201);
    expect(await listOf(first)).toEqual([]);
    const [moved] = await listOf(second);
    // A new owner starts with the defaults, not the previous owner's choices.
    expect(moved?.topics).toEqual({ campaigns: true, corrections: true, verdicts: true });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE endpoint = ?').bind(browser.endpoint).first('n')).toBe(1);
  });

  it('keeps one row and its choices when the same account subscribes the same browser again', async () => {
    const member = await signedInAs('member');
    const browser = await fakeBrowser();
    const first = await readJson<{ subscription: Item }>(await subscribe(member, bodyFor(browser, { topics: { verdicts: false } })));
    const second = await readJson<{ subscription: Item }>(await subscribe(member, bodyFor(browser)));
    expect(second.subscription).toEqual(first.subscription);
    expect(await listOf(member)).toHaveLength(1);
  });

  it(`keeps at most ${MAX_SUBSCRIPTIONS_PER_ACCOUNT} devices per account, replacing the oldest`, async () => {
    const member = await signedInAs('member');
    const ids: string[] = [];
    for (let i = 0; i <= MAX_SUBSCRIPTIONS_PER_ACCOUNT; i++) {
      ids.push((await readJson<{ subscription: Item }>(await subscribe(member, bodyFor(await fakeBrowser())))).subscription.id);
      await new Promise((r) => setTimeout(r, 2)); // distinct created_at
    }
    const kept = (await listOf(member)).map((i) => i.id);
    expect(kept).toHaveLength(MAX_SUBSCRIPTIONS_PER_ACCOUNT);
    expect(kept).not.toContain(ids[0]);
    expect(kept).toContain(ids.at(-1));
  });
});

describe('one’s own subscriptions', () => {
  async function subscribed(user: TestUser) {
    const browser = await fakeBrowser();
    const { subscription } = await readJson<{ subscription: Item }>(await subscribe(user, bodyFor(browser)));
    return { browser, id: subscription.id };
  }

  it('GET lists only the caller’s own', async () => {
    const me = await signedInAs('member');
    const other = await signedInAs('member');
    const mine = await subscribed(me);
    await subscribed(other);
    expect((await listOf(me)).map((i) => i.id)).toEqual([mine.id]);
  });

  it('PATCH changes the topics of one’s own device', async () => {
    const me = await signedInAs('member');
    const { id } = await subscribed(me);
    const res = await sendJson('PATCH', `/api/push/subscriptions/${id}`, { topics: { corrections: false } }, me.headers);
    expect(res.status).toBe(200);
    expect((await readJson<{ subscription: Item }>(res)).subscription.topics).toEqual({ campaigns: true, corrections: false, verdicts: true });
    expect((await listOf(me))[0]?.topics.corrections).toBe(false);
  });

  it('PATCH without any topic names the field', async () => {
    const me = await signedInAs('member');
    const { id } = await subscribed(me);
    const res = await sendJson('PATCH', `/api/push/subscriptions/${id}`, { topics: {} }, me.headers);
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['topics']);
  });

  it('PATCH and DELETE of someone else’s subscription are 404 and change nothing', async () => {
    const me = await signedInAs('member');
    const owner = await signedInAs('member');
    const { id } = await subscribed(owner);
    expect((await sendJson('PATCH', `/api/push/subscriptions/${id}`, { topics: { campaigns: false } }, me.headers)).status).toBe(404);
    expect((await fetchApp(`/api/push/subscriptions/${id}`, { method: 'DELETE', headers: me.headers })).status).toBe(404);
    expect(await listOf(owner)).toMatchObject([{ id, topics: { campaigns: true } }]);
  });

  it('DELETE removes one’s own device', async () => {
    const me = await signedInAs('member');
    const { id } = await subscribed(me);
    const res = await fetchApp(`/api/push/subscriptions/${id}`, { method: 'DELETE', headers: me.headers });
    expect(res.status).toBe(204);
    expect(await listOf(me)).toEqual([]);
  });

  it('DELETE from another site is refused (CSRF)', async () => {
    const me = await signedInAs('member');
    const { id } = await subscribed(me);
    const res = await fetchApp(`/api/push/subscriptions/${id}`, { method: 'DELETE', headers: { ...me.headers, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await listOf(me)).toHaveLength(1);
  });

  it('POST /api/push/unsubscribe removes the subscription of the endpoint the browser gives', async () => {
    const me = await signedInAs('member');
    const { browser } = await subscribed(me);
    const res = await sendJson('POST', '/api/push/unsubscribe', { endpoint: browser.endpoint }, me.headers);
    expect(res.status).toBe(204);
    expect(await listOf(me)).toEqual([]);
  });

  it('anonymous callers get 401 everywhere but the key', async () => {
    expect((await fetchApp('/api/push/subscriptions')).status).toBe(401);
    expect((await sendJson('PATCH', '/api/push/subscriptions/abc', { topics: { campaigns: false } })).status).toBe(401);
    expect((await fetchApp('/api/push/subscriptions/abc', { method: 'DELETE', headers: { origin: ORIGIN } })).status).toBe(401);
    expect((await sendJson('POST', '/api/push/unsubscribe', { endpoint: 'https://updates.push.test/x' })).status).toBe(401);
  });
});

describe('personal data', () => {
  it('the export lists the account’s devices by host, with topics and dates', async () => {
    const me = await signedInAs('member');
    const browser = await fakeBrowser();
    await subscribe(me, bodyFor(browser, { topics: { campaigns: false } }));
    const data = await readJson<{ pushSubscriptions: unknown[] }>(await fetchApp('/api/me/export', { headers: me.headers }));
    expect(data.pushSubscriptions).toEqual([
      { host: 'updates.push.test', topics: { campaigns: false, corrections: true, verdicts: true }, lang: 'vi', createdAt: expect.stringMatching(/Z$/), lastSentAt: null },
    ]);
    const text = JSON.stringify(data);
    expect(text).not.toContain(browser.endpoint);
    expect(text).not.toContain(browser.keys.p256dh);
    expect(text).not.toContain(browser.keys.auth);
  });

  it('the export lists the reports sent while signed in (linked for the verdict topic), not anonymous ones', async () => {
    const me = await signedInAs('member');
    const url = `https://example.com/tin-cua-toi-${crypto.randomUUID()}`;
    await createReport(validReport({ url }), me.headers);
    await createReport(validReport({ url: `https://example.com/tin-an-danh-${crypto.randomUUID()}` }));
    type Reports = { linkedToAccount: boolean; items: { url: string; caseStatus: string; caseStatusName: string; createdAt: string }[] };
    const { reports } = await readJson<{ reports: Reports }>(await fetchApp('/api/me/export', { headers: me.headers }));
    expect(reports.linkedToAccount).toBe(true);
    expect(reports.items).toEqual([expect.objectContaining({ url, caseStatus: 'new', createdAt: expect.stringMatching(/Z$/) })]);
    expect(reports.items[0]?.caseStatusName).not.toBe('new');
  });

  it('erasing the account deletes its subscriptions', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const me = await signedInAs('member', { deletionRequestedAt: Date.now() });
    await subscribe(me, bodyFor(await fakeBrowser()));
    await subscribe(me, bodyFor(await fakeBrowser()));
    expect((await sendJson('POST', `/api/users/${me.id}/erase`, {}, admin.headers)).status).toBe(200);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE user_id = ?').bind(me.id).first('n')).toBe(0);
  });

  it('erasing the account unties the reports it made while signed in (kept for the verdict topic)', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const me = await signedInAs('member', { deletionRequestedAt: Date.now() });
    const report = await createReport(validReport({ url: `https://example.com/tin-da-bao-${crypto.randomUUID()}` }), me.headers);
    const ownerOf = () => env.DB.prepare('SELECT user_id FROM reports WHERE id = ?').bind(report.id).first('user_id');
    expect(await ownerOf()).toBe(me.id);
    expect((await sendJson('POST', `/api/users/${me.id}/erase`, {}, admin.headers)).status).toBe(200);
    expect(await ownerOf()).toBeNull();
  });
});
