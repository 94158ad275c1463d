// Queue consumers lose nothing when D1 is down longer than their retries: the
// message is retried with growing delays, dead-lettered, parked in D1, and a replay
// applies it exactly once.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import wranglerToml from '../../wrangler.toml?raw';
import { queueDeadLetters, shareLinks, storyCorrections } from '../../schema';
import { createDb } from '../../workers/core/db';
import { DEAD_LETTER_MAX_RETRIES, MAX_RETRIES, retryDelaySeconds } from '../../workers/jobs/queue-policy';
import worker from '../../workers/index';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { capturingQueue, failingD1, fetchDuringOutage } from '../helpers/outage';
import { insertStory } from '../share/fixtures';

const CLICKS = 'lan-toa-clicks';
const CORRECTIONS = 'lan-toa-corrections';
const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const db = () => createDb(env.DB);

vi.spyOn(console, 'error').mockImplementation(() => {});
vi.spyOn(console, 'warn').mockImplementation(() => {});

/** One delivery of `body` (as message `id`, attempt `attempts`) through the Worker's queue() entry. */
async function deliver(queue: string, id: string, body: unknown, attempts: number, overrides: Partial<Env> = {}) {
  const batch = createMessageBatch(queue, [{ id, timestamp: new Date(), attempts, body }]);
  // getQueueResult does not report delays: note the one each retry asked for.
  const delays: (number | undefined)[] = [];
  for (const message of batch.messages) {
    const retry = message.retry.bind(message);
    vi.spyOn(message, 'retry').mockImplementation((options?: QueueRetryOptions) => {
      delays.push(options?.delaySeconds);
      retry(options);
    });
  }
  const ctx = createExecutionContext();
  await worker.queue(batch, { ...env, ...overrides }, ctx);
  return { ...(await getQueueResult(batch, ctx)), delays };
}

/** Every delivery the platform makes before dead-lettering, all while D1 is down: each one retried later than the last. */
async function failEveryRetry(queue: string, id: string, body: unknown) {
  const delays: (number | undefined)[] = [];
  for (let attempts = 1; attempts <= MAX_RETRIES + 1; attempts++) {
    const result = await deliver(queue, id, body, attempts, { DB: failingD1('all') });
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual([id]);
    delays.push(result.delays[0]);
  }
  return delays;
}

/** Then the platform moves it to `<queue>-dlq`; its consumer parks it, retrying while D1 is still down. */
async function park(queue: string, id: string, body: unknown) {
  const stillDown = await deliver(`${queue}-dlq`, id, body, 1, { DB: failingD1('all') });
  expect(stillDown.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual([id]);
  const parked = await deliver(`${queue}-dlq`, id, body, 2);
  expect(parked.retryMessages).toEqual([]);
  const [row] = await db().select().from(queueDeadLetters).where(eq(queueDeadLetters.messageId, id));
  return row;
}

async function replay(admin: { headers: Record<string, string> }, queue: string) {
  const res = await sendJson('POST', '/api/admin/dead-letters/replay', { queue }, admin.headers);
  const body = await readJson<{ total: number; replayed: Record<string, number> }>(res);
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

async function until(check: () => Promise<boolean>, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
}

describe('the retry policy', () => {
  it('backs off 10 s, 20 s, 40 s … up to 5 minutes, about 20 minutes in all before giving up', () => {
    const delays = Array.from({ length: MAX_RETRIES + 1 }, (_, i) => retryDelaySeconds(i + 1));
    expect(delays).toEqual([10, 20, 40, 80, 160, 300, 300, 300, 300]);
    expect(delays.slice(0, MAX_RETRIES).reduce((a, b) => a + b, 0)).toBeGreaterThan(15 * 60);
  });

  it('is what wrangler.toml configures: each queue retries MAX_RETRIES times into its own dead-letter queue', () => {
    // Each consumer's table, up to the next table header.
    const consumers = wranglerToml.split('[[queues.consumers]]').slice(1).map((b) => b.split('\n[')[0] ?? '');
    const consumerOf = (queue: string) => consumers.find((b) => b.split('\n').includes(`queue = "${queue}"`));
    for (const queue of [CLICKS, CORRECTIONS]) {
      expect(consumerOf(queue), queue).toContain(`max_retries = ${MAX_RETRIES}`);
      expect(consumerOf(queue), queue).toContain(`dead_letter_queue = "${queue}-dlq"`);
      expect(consumerOf(`${queue}-dlq`), `${queue}-dlq`).toContain(`max_retries = ${DEAD_LETTER_MAX_RETRIES}`);
    }
  });
});

describe('a click batch while D1 is down for longer than its retries', () => {
  it('is retried with growing delays, parked, and counted exactly once by a replay', async () => {
    const admin = await signedInAs('admin');
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }));
    // The click message exactly as the redirect makes it.
    const clicks = capturingQueue();
    const visit = await fetchDuringOutage({ CLICKS_QUEUE: clicks.queue }, `/l/${code}`, { headers: { 'user-agent': BROWSER }, redirect: 'manual' });
    expect(visit.status).toBe(302);
    const body = clicks.sent[0];
    expect(body).toBeDefined();

    const id = `click-${crypto.randomUUID()}`;
    const delays = await failEveryRetry(CLICKS, id, body);
    expect(delays).toEqual(Array.from({ length: MAX_RETRIES + 1 }, (_, i) => retryDelaySeconds(i + 1)));

    const row = await park(CLICKS, id, body);
    expect(row).toMatchObject({ queue: CLICKS, attempts: MAX_RETRIES + 1, body: JSON.stringify(body) });
    expect(row?.error).toContain('Network connection lost');
    const clicksOf = async () => (await db().select({ n: shareLinks.clicks }).from(shareLinks).where(eq(shareLinks.code, code)))[0]?.n;
    expect(await clicksOf()).toBe(0);

    // D1 is back: the replay sends it through the real queue and consumer.
    expect(await replay(admin, CLICKS)).toMatchObject({ total: 1, replayed: { [CLICKS]: 1 } });
    expect(await db().select().from(queueDeadLetters).where(eq(queueDeadLetters.messageId, id))).toEqual([]);
    await until(async () => (await clicksOf()) === 1);
    expect(await clicksOf()).toBe(1);
    // A second replay finds nothing; the click stays counted once.
    expect(await replay(admin, CLICKS)).toMatchObject({ total: 0 });
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await clicksOf()).toBe(1);
  }, 40_000);
});

describe('a correction notice while D1 is down for longer than its retries', () => {
  it('is parked, then a replay records it once', async () => {
    const admin = await signedInAs('admin');
    const story = await insertStory();
    const body = { eventId: `evt-${crypto.randomUUID()}`, storyId: story.id, kind: 'withdrawn', note: 'Gỡ bài trong lúc D1 gián đoạn.', actorId: null, at: Date.now() };
    const id = `correction-${crypto.randomUUID()}`;
    await failEveryRetry(CORRECTIONS, id, body);
    const row = await park(CORRECTIONS, id, body);
    expect(row).toMatchObject({ queue: CORRECTIONS });
    const correctionsOf = () => db().select().from(storyCorrections).where(eq(storyCorrections.storyId, story.id));
    expect(await correctionsOf()).toEqual([]);

    expect(await replay(admin, CORRECTIONS)).toMatchObject({ total: 1 });
    await until(async () => (await correctionsOf()).length > 0);
    expect(await correctionsOf()).toMatchObject([{ kind: 'withdrawn', note: 'Gỡ bài trong lúc D1 gián đoạn.' }]);
  }, 30_000);
});

describe('replaying dead letters', () => {
  it('is for admins only', async () => {
    const editor = await signedInAs('editor');
    expect((await sendJson('POST', '/api/admin/dead-letters/replay', {}, editor.headers)).status).toBe(403);
    expect((await sendJson('POST', '/api/admin/dead-letters/replay', {})).status).toBe(401);
    expect((await fetchApp('/api/admin/dead-letters', { headers: editor.headers })).status).toBe(403);
  });

  it('names the field when the queue is unknown', async () => {
    const admin = await signedInAs('admin');
    const res = await sendJson('POST', '/api/admin/dead-letters/replay', { queue: 'lan-toa-nope' }, admin.headers);
    expect(res.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('queue');
  });

  it('keeps messages parked when the queue cannot take them', async () => {
    const admin = await signedInAs('admin');
    const id = `keep-${crypto.randomUUID()}`;
    const now = Date.now();
    await db().insert(queueDeadLetters).values({ messageId: id, queue: CORRECTIONS, body: '{"eventId":"x"}', attempts: 9, error: null, firstSeenAt: now, lastSeenAt: now });
    const broken = { send: () => Promise.reject(new Error('queue down')), sendBatch: () => Promise.reject(new Error('queue down')) } as unknown as Queue;
    const res = await fetchDuringOutage({ CORRECTIONS_QUEUE: broken }, '/api/admin/dead-letters/replay', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ queue: CORRECTIONS }),
    });
    expect(res.status).toBe(503);
    expect(await db().select().from(queueDeadLetters).where(eq(queueDeadLetters.messageId, id))).toHaveLength(1);
    const listed = await readJson<{ parked: Record<string, number>; items: { queue: string }[] }>(
      await fetchApp('/api/admin/dead-letters', { headers: admin.headers }),
    );
    expect(listed.parked[CORRECTIONS]).toBeGreaterThanOrEqual(1);
    await db().delete(queueDeadLetters).where(eq(queueDeadLetters.messageId, id));
  });
});
