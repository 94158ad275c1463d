// Consumer of `lan-toa-push`: one `PushFanout` message per topic event (queued by the triggers,
// so an editor's action never waits for a push service). Each message sends ONE page of its
// audience (PUSH_PAGE_SIZE subscriptions, by id) and queues the rest as the same event with a
// cursor, so no message outgrows a consumer's time whatever the audience's size.
//  - Idempotent per (event, subscription): deliveries.ts claims before sending, marks after.
//  - 404/410 deletes the subscription (send.ts).
//  - 429/5xx: the subscriptions concerned are queued again as their own message (audience
//    `subscriptions`), later; when such a message fails again it is retried by the platform with
//    backoff, and after `max_retries` it goes to `lan-toa-push-dlq` and is parked like every queue's.
import * as v from 'valibot';
import { createDb, type Db } from '../core/db';
import { publicOrigin } from '../core/public-origin';
import { rememberFailure } from '../jobs/queue-failures';
import { retryDelaySeconds, retryLater } from '../jobs/queue-policy';
import { audiencePage, PUSH_PAGE_SIZE, type AudienceTarget } from './audience';
import { CLAIM_SECONDS, claimDeliveries, settleDeliveries } from './deliveries';
import { pushFanout, type PushFanout, type PushPayload } from './push.types';
import { pushConfigured, sendPush, type PushOutcome } from './send';

export const PUSH_QUEUE_NAME = 'lan-toa-push';

/** Requests in flight at once: push services are fast, a Worker has six simultaneous connections. */
export const PUSH_CONCURRENCY = 6;
/** A push service asking to wait longer than this is asked again after this anyway (the TTL is a day). */
const MAX_WAIT_SECONDS = 60 * 60;

export type PageResult = { sent: number; gone: number; rejected: number; skipped: number; retry: string[]; retryAfterSeconds: number | null; more: boolean };

/** What one subscription receives, in its language; the link is absolute (the service worker opens it). */
export function payloadFor(message: PushFanout, lang: 'vi' | 'en', origin: string): PushPayload {
  const text = message[lang];
  return { title: text.title, body: text.body, url: `${origin}${message.path}`, tag: message.tag, lang };
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of results. */
async function mapBounded<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** One page of one event: queue the rest, claim, send, settle. Throws only when D1 or the queue fails. */
export async function sendFanoutPage(env: Env, db: Db, message: PushFanout, pageSize = PUSH_PAGE_SIZE, now = Date.now()): Promise<PageResult> {
  const page = await audiencePage(db, message, pageSize);
  const last = page.at(-1);
  const more = page.length === pageSize && last !== undefined;
  // The rest first: if this consumer dies mid-page, the redelivered message redoes this page only.
  if (more) await env.PUSH_QUEUE.send({ ...message, after: last.id } satisfies PushFanout);
  const { claimed, held } = await claimDeliveries(db, message.eventId, page.map((s) => s.id), now);
  const targets = page.filter((s) => claimed.has(s.id));
  const origin = publicOrigin(env);
  const outcomes = await mapBounded<AudienceTarget, PushOutcome>(targets, PUSH_CONCURRENCY, (s) => sendPush(env, s, payloadFor(message, s.lang, origin)));
  const done: string[] = [];
  const refused: string[] = [];
  const failed: string[] = [];
  // Held by another consumer: asked again once its claim has run out (nothing is sent if it finished meanwhile).
  const retry: string[] = [...held];
  let retryAfterSeconds: number | null = held.length > 0 ? CLAIM_SECONDS : null;
  const count = { sent: 0, gone: 0, rejected: 0 };
  outcomes.forEach((outcome, i) => {
    const id = (targets[i] as AudienceTarget).id;
    if (outcome.kind === 'sent') {
      count.sent += 1;
      done.push(id);
    } else if (outcome.kind === 'rejected') {
      // Settled too (the same request would be refused again), but the device was not reached.
      count.rejected += 1;
      refused.push(id);
    } else if (outcome.kind === 'retry') {
      failed.push(id);
      retry.push(id);
      if (outcome.afterSeconds !== null) retryAfterSeconds = Math.max(retryAfterSeconds ?? 0, outcome.afterSeconds);
    } else {
      count.gone += 1;
    }
  });
  // Only our own failures are released; another consumer's claims are its to settle.
  await settleDeliveries(db, message.eventId, done, failed, Date.now(), refused);
  return { ...count, skipped: page.length - targets.length - held.length, retry, retryAfterSeconds, more };
}

/** Seconds to wait before asking again: the push service's Retry-After if longer than our backoff, never more than an hour. */
function waitSeconds(attempts: number, asked: number | null): number {
  return Math.min(MAX_WAIT_SECONDS, Math.max(retryDelaySeconds(attempts), asked ?? 0));
}

export async function consumePush(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (!pushConfigured(env)) {
    // Nobody can have subscribed without the keys; queued events are dropped, not kept for ever.
    console.warn(`push is off (no VAPID keys): dropping ${batch.messages.length} fan-out message(s)`);
    batch.ackAll();
    return;
  }
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const parsed = v.safeParse(pushFanout, message.body);
    if (!parsed.success) {
      console.error(`dropping malformed push message ${message.id}`);
      message.ack();
      continue;
    }
    const fanout = parsed.output;
    try {
      const result = await sendFanoutPage(env, db, fanout);
      if (result.retry.length > 0) {
        const why = new Error(`${result.retry.length} push service(s) asked to try again later`);
        if (fanout.audience.kind === 'subscriptions') {
          // Already a retry: the platform counts its attempts and dead-letters it after max_retries.
          // Redone, it sends only to the subscriptions not yet settled.
          rememberFailure(message.id, why);
          message.retry({ delaySeconds: waitSeconds(message.attempts, result.retryAfterSeconds) });
          continue;
        }
        await env.PUSH_QUEUE.send({ ...fanout, audience: { kind: 'subscriptions', ids: result.retry }, after: undefined } satisfies PushFanout, {
          delaySeconds: waitSeconds(1, result.retryAfterSeconds),
        });
      }
      message.ack();
    } catch (err) {
      console.error(`push message ${message.id} failed (attempt ${message.attempts})`, err instanceof Error ? err.message : 'unknown error');
      retryLater(message, err);
    }
  }
}
