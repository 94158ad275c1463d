import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { shareLinks, shareStatsDaily } from '../../schema';
import { createApp } from '../../workers/app';
import { createDb } from '../../workers/core/db';
import worker from '../../workers/index';
import { CLICKS_QUEUE_NAME } from '../../workers/share/clicks.consumer';
import { ORIGIN } from '../helpers/http';

export const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const app = createApp();

/**
 * Follow tracked links through the app with a recording queue, so the test holds
 * exactly the messages `/l/:code` sent, then feed them to the real consumer.
 */
export function clickHarness(overrides: Partial<Env> = {}) {
  const sent: unknown[] = [];
  const queue = {
    send: async (body: unknown) => {
      sent.push(body);
    },
    sendBatch: async (messages: Iterable<{ body: unknown }>) => {
      for (const m of messages) sent.push(m.body);
    },
  } as unknown as Queue;
  const testEnv: Env = { ...env, CLICKS_QUEUE: queue, ...overrides };
  let delivered = 0;
  return {
    sent,
    async follow(code: string, headers: Record<string, string> = { 'user-agent': BROWSER }, method = 'GET') {
      const ctx = createExecutionContext();
      const res = await app.request(`${ORIGIN}/l/${code}`, { method, headers, redirect: 'manual' }, testEnv, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    },
    /** Deliver every recorded message (or `bodies`) to the consumer in one batch; returns the ack/retry result. */
    async deliver(bodies: unknown[] = sent.splice(0)) {
      const messages = bodies.map((body) => ({ id: `m${delivered++}`, timestamp: new Date(), attempts: 1, body }));
      const batch = createMessageBatch(CLICKS_QUEUE_NAME, messages);
      const ctx = createExecutionContext();
      await worker.queue(batch, env, ctx);
      return getQueueResult(batch, ctx);
    },
  };
}

/** A distinct reader: an address of its own and a common phone browser. */
export function reader(n: number): Record<string, string> {
  return { 'user-agent': BROWSER, 'cf-connecting-ip': `100.64.${Math.floor(n / 250)}.${(n % 250) + 1}` };
}

export async function linkClicks(code: string) {
  const [row] = await createDb(env.DB).select({ clicks: shareLinks.clicks }).from(shareLinks).where(eq(shareLinks.code, code));
  return row?.clicks;
}

export async function dailyClicks(storyId: number) {
  const rows = await createDb(env.DB).select().from(shareStatsDaily).where(eq(shareStatsDaily.storyId, storyId));
  return rows.reduce((n, r) => n + r.clicks, 0);
}
