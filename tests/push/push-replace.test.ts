// The service worker's `pushsubscriptionchange` posts the browser's new subscription with
// `replaces` = the old endpoint: the new row keeps what the member had chosen on the old one.
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { fakeBrowser } from './helpers';

type Item = { id: string; topics: { campaigns: boolean; corrections: boolean; verdicts: boolean }; lang: string };

describe('POST /api/push/subscriptions with replaces', () => {
  it('keeps the replaced subscription’s topics and language', async () => {
    const member = await signedInAs('member');
    const before = await fakeBrowser();
    const after = await fakeBrowser();
    await sendJson('POST', '/api/push/subscriptions', { endpoint: before.endpoint, keys: before.keys, topics: { campaigns: false, verdicts: false }, lang: 'en' }, member.headers);
    const res = await sendJson('POST', '/api/push/subscriptions', { endpoint: after.endpoint, keys: after.keys, replaces: before.endpoint }, member.headers);
    expect(res.status).toBe(201);
    const { subscription } = await readJson<{ subscription: Item }>(res);
    expect(subscription.topics).toEqual({ campaigns: false, corrections: true, verdicts: false });
    const { items } = await readJson<{ items: Item[] }>(await fetchApp('/api/push/subscriptions', { headers: member.headers }));
    expect(items.find((i) => i.id === subscription.id)?.lang).toBe('en');
  });

  it('never copies another account’s choices (the replaced endpoint must be the caller’s)', async () => {
    const owner = await signedInAs('member');
    const other = await signedInAs('member');
    const theirs = await fakeBrowser();
    await sendJson('POST', '/api/push/subscriptions', { endpoint: theirs.endpoint, keys: theirs.keys, topics: { campaigns: false, corrections: false } }, owner.headers);
    const mine = await fakeBrowser();
    const res = await sendJson('POST', '/api/push/subscriptions', { endpoint: mine.endpoint, keys: mine.keys, replaces: theirs.endpoint }, other.headers);
    expect((await readJson<{ subscription: Item }>(res)).subscription.topics).toEqual({ campaigns: true, corrections: true, verdicts: true });
  });
});
