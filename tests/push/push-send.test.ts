import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { users } from '../../schema';
import { insertStory } from '../campaigns/fixtures';
import { createDb } from '../../workers/core/db';
import worker from '../../workers/index';
import type { PushFanout } from '../../workers/push/push.types';
import { sendFanoutPage } from '../../workers/push/push.queue';
import { pushTopicHeader, sendPush } from '../../workers/push/send';
import { sweepPushDeliveries } from '../../workers/push/deliveries';
import { decryptPush, fakeBrowser, fakePushService, insertSubscription, payloadOf, PUSH_HOST, vapidClaims, type FakeBrowser } from './helpers';

const QUEUE = 'lan-toa-push';
const db = () => createDb(env.DB);

afterEach(() => {
  vi.restoreAllMocks();
});

async function insertMember(provinceCode: string | null = 'HNI'): Promise<string> {
  const id = crypto.randomUUID();
  await db().insert(users).values({ id, email: `${id}@test.lantoa.local`, name: 'Thành viên', passwordHash: 'x', role: 'member', provinceCode });
  return id;
}

/** A member with one subscribed device. */
async function subscribedMember(provinceCode: string | null = 'HNI', overrides: Parameters<typeof insertSubscription>[2] = {}) {
  const userId = await insertMember(provinceCode);
  const browser = await fakeBrowser();
  const subscriptionId = await insertSubscription(userId, browser, overrides);
  return { userId, browser, subscriptionId };
}

let events = 0;
function fanout(audience: PushFanout['audience'], extra: Partial<PushFanout> = {}): PushFanout {
  events += 1;
  return {
    eventId: `evt-push-${events}-${crypto.randomUUID().slice(0, 8)}`,
    topic: 'campaigns',
    audience,
    vi: { title: 'Chiến dịch mới ở tỉnh bạn', body: 'Cùng lan tỏa những câu chuyện đẹp.' },
    en: { title: 'A new campaign in your province', body: 'Share the good stories.' },
    path: '/campaigns/mua-he-xanh',
    tag: 'campaign-42',
    ...extra,
  };
}

/** A PUSH_QUEUE that records what the consumer queues (follow-up pages, retries). */
function recordingQueue() {
  const sent: { body: PushFanout; delaySeconds?: number }[] = [];
  const queue = {
    send: async (body: PushFanout, options?: { delaySeconds?: number }) => {
      sent.push({ body, delaySeconds: options?.delaySeconds });
    },
    sendBatch: async () => {},
  } as unknown as Queue;
  return { sent, queue };
}

/** Runs messages through the Worker's real queue() entry point. */
async function deliver(testEnv: Env, ...bodies: { body: unknown; attempts?: number }[]) {
  const batch = createMessageBatch(
    QUEUE,
    bodies.map(({ body, attempts }) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: attempts ?? 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, testEnv, ctx);
  return getQueueResult(batch, ctx);
}

/** Which of `browsers` the recorded requests went to. */
const reached = (received: { url: string }[], ...browsers: FakeBrowser[]) => browsers.map((b) => received.filter((r) => r.url === b.endpoint).length);

describe('sendPush', () => {
  it('POSTs an aes128gcm body the browser decrypts (RFC 8291) to the notification, with VAPID and delivery headers', async () => {
    const { browser, subscriptionId } = await subscribedMember();
    const { received } = fakePushService();
    const payload = { title: 'Tin đã được đính chính', body: 'Câu chuyện bạn chia sẻ vừa được sửa.', url: 'https://lantoa.test/s/cau-chuyen', tag: 'correction:17', lang: 'vi' as const };
    const outcome = await sendPush(env, { id: subscriptionId, endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth }, payload);
    expect(outcome).toEqual({ kind: 'sent' });
    expect(received).toHaveLength(1);
    const request = received[0]!;
    expect(request.url).toBe(browser.endpoint);
    expect(request.headers.get('content-encoding')).toBe('aes128gcm');
    expect(request.headers.get('content-type')).toBe('application/octet-stream');
    expect(request.headers.get('ttl')).toBe(String(24 * 60 * 60));
    expect(request.headers.get('urgency')).toBe('normal');
    // RFC 8030 Topic: URL-safe base64 characters only (":" replaced).
    expect(request.headers.get('topic')).toBe('correction-17');
    const { text, recordSize } = await decryptPush(request.body, browser);
    expect(recordSize).toBeGreaterThanOrEqual(18);
    expect(JSON.parse(text)).toEqual(payload);
    const { claims, k } = await vapidClaims(request);
    expect(k).toBe(env.VAPID_PUBLIC_KEY);
    expect(claims.aud).toBe(`https://${PUSH_HOST}`);
    expect(claims.sub).toBe(env.VAPID_SUBJECT);
    const now = Math.floor(Date.now() / 1000);
    expect(claims.exp).toBeGreaterThan(now);
    expect(claims.exp).toBeLessThanOrEqual(now + 24 * 60 * 60);
  });

  it.each([404, 410])('deletes the subscription when the push service answers %i', async (status) => {
    const { browser, subscriptionId } = await subscribedMember();
    fakePushService(() => new Response('gone', { status }));
    const outcome = await sendPush(env, { id: subscriptionId, ...browser.keys, endpoint: browser.endpoint }, { title: 't', body: 'b', url: 'https://lantoa.test/', tag: 'x', lang: 'vi' as const });
    expect(outcome).toEqual({ kind: 'gone' });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE id = ?').bind(subscriptionId).first('n')).toBe(0);
  });

  it('asks to try again on 429 (with the service’s Retry-After) and 5xx, and never logs the endpoint', async () => {
    const { browser, subscriptionId } = await subscribedMember();
    const logs = [vi.spyOn(console, 'warn').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'log').mockImplementation(() => {})];
    const answers = [new Response(null, { status: 429, headers: { 'retry-after': '120' } }), new Response(null, { status: 503 })];
    fakePushService(() => answers.shift() ?? new Response(null, { status: 500 }));
    const target = { id: subscriptionId, ...browser.keys, endpoint: browser.endpoint };
    const payload = { title: 't', body: 'b', url: 'https://lantoa.test/', tag: 'x', lang: 'vi' as const };
    expect(await sendPush(env, target, payload)).toEqual({ kind: 'retry', status: 429, afterSeconds: 120 });
    expect(await sendPush(env, target, payload)).toEqual({ kind: 'retry', status: 503, afterSeconds: null });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE id = ?').bind(subscriptionId).first('n')).toBe(1);
    const logged = JSON.stringify(logs.flatMap((l) => l.mock.calls));
    expect(logged).not.toContain(browser.endpoint);
    expect(logged).not.toContain(browser.keys.auth);
  });

  it('refuses, without a request or a retry, a subscription whose keys cannot be used (and logs no key)', async () => {
    const { browser, subscriptionId } = await subscribedMember();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { received } = fakePushService();
    const outcome = await sendPush(env, { id: subscriptionId, endpoint: browser.endpoint, p256dh: 'AAAA', auth: browser.keys.auth }, { title: 't', body: 'b', url: 'https://lantoa.test/', tag: 'x', lang: 'vi' as const });
    expect(outcome).toEqual({ kind: 'rejected', status: 0 });
    expect(received).toEqual([]);
    expect(JSON.stringify(errors.mock.calls)).not.toContain(browser.endpoint);
  });

  it('makes a Topic header of at most 32 URL-safe characters from any tag', async () => {
    expect(await pushTopicHeader('campaign-42')).toBe('campaign-42');
    const long = await pushTopicHeader('verdict:report/ABCD-1234:case 99 và thêm nữa');
    expect(long).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(await pushTopicHeader('verdict:report/ABCD-1234:case 99 và thêm nữa khác')).not.toBe(long);
    expect(await pushTopicHeader('')).toBeNull();
  });
});

describe('the lan-toa-push consumer', () => {
  it('sends a campaign to the opted-in members of the province, each in their language', async () => {
    const hni = await subscribedMember('HNI');
    const hniEnglish = await subscribedMember('HNI', { lang: 'en' });
    const optedOut = await subscribedMember('HNI', { campaigns: false });
    const dng = await subscribedMember('DNG');
    const { received } = fakePushService();
    const result = await deliver(env, { body: fanout({ kind: 'province', provinceCode: 'HNI' }) });
    expect(result.explicitAcks).toHaveLength(1);
    expect(reached(received, hni.browser, hniEnglish.browser, optedOut.browser, dng.browser)).toEqual([1, 1, 0, 0]);
    const vi_ = await payloadOf(received.find((r) => r.url === hni.browser.endpoint)!, hni.browser);
    expect(vi_).toEqual({ title: 'Chiến dịch mới ở tỉnh bạn', body: 'Cùng lan tỏa những câu chuyện đẹp.', url: 'https://lantoa.test/campaigns/mua-he-xanh', tag: 'campaign-42', lang: 'vi' });
    const en = await payloadOf(received.find((r) => r.url === hniEnglish.browser.endpoint)!, hniEnglish.browser);
    expect(en.title).toBe('A new campaign in your province');
    expect(en.lang).toBe('en');
    const row = await env.DB.prepare('SELECT last_sent_at FROM push_subscriptions WHERE id = ?').bind(hni.subscriptionId).first<number>('last_sent_at');
    expect(row).toBeGreaterThan(0);
  });

  it('sends a national campaign (province null) to every opted-in member, disabled accounts left out', async () => {
    const a = await subscribedMember('HCM');
    const b = await subscribedMember(null);
    const disabled = await subscribedMember('HNI');
    await env.DB.prepare('UPDATE users SET disabled_at = 1 WHERE id = ?').bind(disabled.userId).run();
    const { received } = fakePushService();
    await deliver(env, { body: fanout({ kind: 'province', provinceCode: null }) });
    expect(reached(received, a.browser, b.browser, disabled.browser)).toEqual([1, 1, 0]);
  });

  it('sends a correction to the members who shared the story, if they opted in to corrections', async () => {
    const storyId = await insertStory({ title: 'Câu chuyện sẽ được đính chính' });
    const sharer = await subscribedMember('DNG');
    const sharerOptedOut = await subscribedMember('DNG', { corrections: false });
    const bystander = await subscribedMember('DNG');
    for (const userId of [sharer.userId, sharer.userId, sharerOptedOut.userId]) {
      await env.DB.prepare("INSERT INTO share_links (code, story_id, channel, user_id, created_at) VALUES (?, ?, 'facebook', ?, ?)").bind(crypto.randomUUID().slice(0, 12), storyId, userId, Date.now()).run();
    }
    const { received } = fakePushService();
    await deliver(env, { body: fanout({ kind: 'sharers', storyId }, { topic: 'corrections', tag: `correction-${storyId}` }) });
    // Shared twice, told once.
    expect(reached(received, sharer.browser, sharerOptedOut.browser, bystander.browser)).toEqual([1, 0, 0]);
  });

  it('sends a verdict to the named accounts only, on each of their devices', async () => {
    const reporter = await subscribedMember('HCM', { lang: 'en' });
    const secondDevice = await fakeBrowser();
    await insertSubscription(reporter.userId, secondDevice);
    const other = await subscribedMember('HCM');
    const { received } = fakePushService();
    await deliver(env, { body: fanout({ kind: 'users', userIds: [reporter.userId] }, { topic: 'verdicts' }) });
    expect(reached(received, reporter.browser, secondDevice, other.browser)).toEqual([1, 1, 0]);
  });

  it('sends nothing twice when the same message is delivered again', async () => {
    const member = await subscribedMember('QNI');
    const { received } = fakePushService();
    const message = fanout({ kind: 'province', provinceCode: 'QNI' });
    await deliver(env, { body: message });
    const again = await deliver(env, { body: message }, { body: message });
    expect(again.explicitAcks).toHaveLength(2);
    expect(reached(received, member.browser)).toEqual([1]);
  });

  it('leaves a subscription another consumer is sending to, and asks again after its claim; a claim that ran out is taken over', async () => {
    const held = await subscribedMember('TQG');
    const stale = await subscribedMember('TQG');
    const message = fanout({ kind: 'province', provinceCode: 'TQG' });
    const now = Date.now();
    await env.DB.prepare('INSERT INTO push_deliveries (event_id, subscription_id, claimed_until, created_at) VALUES (?, ?, ?, ?), (?, ?, ?, ?)')
      .bind(message.eventId, held.subscriptionId, now + 5 * 60_000, now, message.eventId, stale.subscriptionId, now - 1, now - 20 * 60_000)
      .run();
    const { received } = fakePushService();
    const { sent, queue } = recordingQueue();
    await deliver({ ...env, PUSH_QUEUE: queue }, { body: message });
    expect(reached(received, held.browser, stale.browser)).toEqual([0, 1]);
    expect(sent).toEqual([{ body: { ...message, audience: { kind: 'subscriptions', ids: [held.subscriptionId] }, after: undefined }, delaySeconds: 600 }]);
    // The other consumer's claim is untouched.
    expect(await env.DB.prepare('SELECT claimed_until FROM push_deliveries WHERE event_id = ? AND subscription_id = ?').bind(message.eventId, held.subscriptionId).first('claimed_until')).toBe(now + 5 * 60_000);
  });

  it('removes a subscription the push service says is gone (410), and still sends to the rest', async () => {
    const gone = await subscribedMember('BNH');
    const alive = await subscribedMember('BNH');
    const { received } = fakePushService((r) => new Response(null, { status: r.url === gone.browser.endpoint ? 410 : 201 }));
    const result = await deliver(env, { body: fanout({ kind: 'province', provinceCode: 'BNH' }) });
    expect(result.explicitAcks).toHaveLength(1);
    expect(reached(received, gone.browser, alive.browser)).toEqual([1, 1]);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE id = ?').bind(gone.subscriptionId).first('n')).toBe(0);
  });

  it('settles a subscription the push service refuses (403) without counting it as reached', async () => {
    const refused = await subscribedMember('LCI');
    const alive = await subscribedMember('LCI');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { received } = fakePushService((r) => new Response(null, { status: r.url === refused.browser.endpoint ? 403 : 201 }));
    const message = fanout({ kind: 'province', provinceCode: 'LCI' });
    await deliver(env, { body: message });
    await deliver(env, { body: message });
    // Refused once, not asked again; only the device that got it shows a last notification.
    expect(reached(received, refused.browser, alive.browser)).toEqual([1, 1]);
    const lastSent = (id: string) => env.DB.prepare('SELECT last_sent_at FROM push_subscriptions WHERE id = ?').bind(id).first<number | null>('last_sent_at');
    expect(await lastSent(refused.subscriptionId)).toBeNull();
    expect(await lastSent(alive.subscriptionId)).toEqual(expect.any(Number));
  });

  it('queues again, later, only the subscriptions whose push service said 429 or 5xx; a retry that fails again is retried, then sent once', async () => {
    const busy = await subscribedMember('HPG');
    const fine = await subscribedMember('HPG');
    let busyAnswers = [new Response(null, { status: 429, headers: { 'retry-after': '90' } })];
    const { received } = fakePushService((r) => (r.url === busy.browser.endpoint ? (busyAnswers.shift() ?? new Response(null, { status: 201 })) : new Response(null, { status: 201 })));
    const { sent, queue } = recordingQueue();
    const testEnv = { ...env, PUSH_QUEUE: queue };
    const original = fanout({ kind: 'province', provinceCode: 'HPG' });
    const first = await deliver(testEnv, { body: original });
    expect(first.explicitAcks).toHaveLength(1);
    expect(sent).toEqual([{ body: { ...original, audience: { kind: 'subscriptions', ids: [busy.subscriptionId] }, after: undefined }, delaySeconds: 90 }]);
    expect(reached(received, busy.browser, fine.browser)).toEqual([1, 1]);

    // The retry message meets a 500: the platform retries it (and dead-letters it after max_retries).
    busyAnswers = [new Response(null, { status: 500 })];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const retryBody = sent[0]!.body;
    const second = await deliver(testEnv, { body: retryBody, attempts: 1 });
    expect(second.retryMessages).toHaveLength(1);
    expect(second.explicitAcks).toHaveLength(0);
    // Then it goes through, and the redelivered original sends nothing to anyone.
    const third = await deliver(testEnv, { body: retryBody, attempts: 2 }, { body: original });
    expect(third.explicitAcks).toHaveLength(2);
    expect(reached(received, busy.browser, fine.browser)).toEqual([3, 1]);
  });

  it('sends a large audience one page per message, queuing the rest with a cursor', async () => {
    const members = [];
    for (let i = 0; i < 5; i++) members.push(await subscribedMember('KHA'));
    const { received } = fakePushService();
    const { sent, queue } = recordingQueue();
    const testEnv = { ...env, PUSH_QUEUE: queue };
    let message: PushFanout | undefined = fanout({ kind: 'province', provinceCode: 'KHA' });
    const pages: number[] = [];
    while (message) {
      const result = await sendFanoutPage(testEnv, db(), message, 2);
      pages.push(result.sent);
      message = result.more ? sent.shift()?.body : undefined;
      if (message) expect(message.after).toMatch(/./);
    }
    // 2 + 2 + 1: the last page is not full, so nothing more is queued.
    expect(pages).toEqual([2, 2, 1]);
    expect(reached(received, ...members.map((m) => m.browser))).toEqual([1, 1, 1, 1, 1]);
  });

  it('acks malformed messages instead of retrying them for ever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await deliver(env, { body: { eventId: 'x' } }, { body: 'garbage' });
    expect(result.explicitAcks).toHaveLength(2);
    expect(result.retryMessages).toEqual([]);
  });

  it('sends nothing and drops the messages when push is off (no VAPID keys)', async () => {
    await subscribedMember('CBG');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { received } = fakePushService();
    const result = await deliver({ ...env, VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined }, { body: fanout({ kind: 'province', provinceCode: 'CBG' }) });
    expect(result.explicitAcks.length + (result.ackAll ? 1 : 0)).toBeGreaterThan(0);
    expect(received).toEqual([]);
  });

  it('retries the message when D1 fails, sending nothing', async () => {
    await subscribedMember('LSN');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { received } = fakePushService();
    const broken = { ...env, DB: { prepare: () => { throw new Error('D1 is down'); }, batch: () => Promise.reject(new Error('D1 is down')) } as unknown as D1Database };
    const result = await deliver(broken, { body: fanout({ kind: 'province', provinceCode: 'LSN' }) });
    expect(result.retryMessages).toHaveLength(1);
    expect(received).toEqual([]);
  });
});

describe('delivery records', () => {
  it('are swept 30 days after they were written', async () => {
    const { subscriptionId } = await subscribedMember();
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    await env.DB.prepare('INSERT INTO push_deliveries (event_id, subscription_id, sent_at, created_at) VALUES (?, ?, ?, ?), (?, ?, ?, ?)')
      .bind('evt-old-delivery', subscriptionId, now - 31 * day, now - 31 * day, 'evt-new-delivery', subscriptionId, now - day, now - day)
      .run();
    await sweepPushDeliveries(db(), now);
    const left = await env.DB.prepare('SELECT event_id FROM push_deliveries WHERE subscription_id = ?').bind(subscriptionId).all<{ event_id: string }>();
    expect(left.results.map((r) => r.event_id)).toEqual(['evt-new-delivery']);
  });
});
