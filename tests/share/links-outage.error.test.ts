// When D1 fails, a reader who follows a tracked link is still sent to the story whenever
// a cache holds the link; the click is queued or dropped, never the visit. Only a link
// no cache holds answers 503 with Retry-After.
import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../workers/index';
import { CLICKS_QUEUE_NAME } from '../../workers/share/clicks.consumer';
import { forgetLinksInMemory } from '../../workers/share/link-cache';
import { readJson, sendJson } from '../helpers/http';
import { clickHarness, linkClicks, reader } from './click-harness';
import { insertStory } from './fixtures';

/**
 * A D1 binding in the middle of an outage: every call fails the way D1 does. Opening a session
 * (workers/core/d1-session.ts) never touches the network, so it works and gives this same failing binding.
 */
const downD1: D1Database = new Proxy({} as D1Database, {
  get: (_target, prop) => {
    if (prop === 'withSession') return () => downD1;
    if (prop === 'getBookmark') return () => null;
    return () => {
      throw new Error('D1_ERROR: Network connection lost.');
    };
  },
});

async function newLink() {
  const story = await insertStory();
  const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook' }));
  return { story, code };
}

describe('/l/:code while D1 is down', () => {
  it('redirects from the isolate memory and still queues the click', async () => {
    const { story, code } = await newLink();
    const up = await clickHarness().follow(code, reader(1));
    expect(up.status).toBe(302);
    const down = clickHarness({ DB: downD1 });
    const res = await down.follow(code, reader(2));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(up.headers.get('location'));
    expect(new URL(res.headers.get('location') ?? '').pathname).toBe(`/stories/${story.slug}`);
    expect(down.sent).toHaveLength(1);
  });

  it('redirects from the Cache API when this isolate has forgotten the link', async () => {
    const { story, code } = await newLink();
    expect((await clickHarness().follow(code, reader(3))).status).toBe(302);
    forgetLinksInMemory();
    const res = await clickHarness({ DB: downD1 }).follow(code, reader(4));
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') ?? '').pathname).toBe(`/stories/${story.slug}`);
  });

  it('answers 503 with Retry-After (problem+json, or a page for browsers) for a link no cache holds', async () => {
    const { code } = await newLink();
    forgetLinksInMemory();
    await caches.default.delete(`https://share-links.lan-toa.internal/l/${code}`);
    const harness = clickHarness({ DB: downD1 });
    const api = await harness.follow(code, reader(5));
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('30');
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<{ code: string }>(api)).code).toBe('UNAVAILABLE');
    const page = await harness.follow(code, { ...reader(5), accept: 'text/html' });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(harness.sent).toEqual([]);
    // Once D1 is back the same link works again.
    expect((await clickHarness().follow(code, reader(5))).status).toBe(302);
  });

  it('still redirects when the click cannot be queued', async () => {
    const { code } = await newLink();
    const brokenQueue = {
      send: async () => {
        throw new Error('Queue send failed');
      },
    } as unknown as Queue;
    const res = await clickHarness({ CLICKS_QUEUE: brokenQueue }).follow(code, reader(6));
    expect(res.status).toBe(302);
    // Not lost: after three tries the click is parked as a dead letter of the clicks queue, for replay.
    const parked = await env.DB.prepare('SELECT queue, body, error FROM queue_dead_letters WHERE queue = ? AND instr(body, ?) > 0')
      .bind(CLICKS_QUEUE_NAME, code)
      .all<{ queue: string; body: string; error: string }>();
    expect(parked.results).toHaveLength(1);
    expect(JSON.parse(parked.results[0]?.body ?? '{}')).toMatchObject({ code });
    expect(parked.results[0]?.error).toContain('queue send failed');
  });

  it('tries a failed click send again before giving up (a queue that refuses once)', async () => {
    const { code } = await newLink();
    const sent: unknown[] = [];
    let calls = 0;
    const flakyQueue = {
      send: async (body: unknown) => {
        calls += 1;
        if (calls === 1) throw new Error('Queue send failed');
        sent.push(body);
      },
    } as unknown as Queue;
    expect((await clickHarness({ CLICKS_QUEUE: flakyQueue }).follow(code, reader(7))).status).toBe(302);
    expect(calls).toBe(2);
    expect(sent).toHaveLength(1);
    const parked = await env.DB.prepare('SELECT count(*) AS n FROM queue_dead_letters WHERE instr(body, ?) > 0').bind(code).first<{ n: number }>();
    expect(parked?.n).toBe(0);
  });
});

describe('the click consumer while D1 is down', () => {
  it('retries the whole batch, counting nothing, and counts it once when D1 is back', async () => {
    const { code } = await newLink();
    const harness = clickHarness();
    for (let i = 0; i < 3; i++) await harness.follow(code, reader(10 + i));
    const bodies = harness.sent.splice(0);
    const messages = bodies.map((body, i) => ({ id: `outage-${i}`, timestamp: new Date(), attempts: 1, body }));
    const failed = createMessageBatch(CLICKS_QUEUE_NAME, messages);
    const ctx = createExecutionContext();
    await worker.queue(failed, { ...env, DB: downD1 }, ctx);
    const result = await getQueueResult(failed, ctx);
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId).sort()).toEqual(['outage-0', 'outage-1', 'outage-2']);
    expect(await linkClicks(code)).toBe(0);
    // The retried messages arrive again (and again): counted once.
    await harness.deliver(bodies);
    await harness.deliver(bodies);
    expect(await linkClicks(code)).toBe(3);
  });
});
