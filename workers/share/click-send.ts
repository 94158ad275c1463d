// Sending a click to the clicks queue without losing it. The visit never waits for this (it runs
// after the redirect). A send that fails (the queue is down or over its limit; locally, miniflare's
// broker refuses past 10,000 pending timers, which the launch simulation hit at ~200 clicks/s) is
// tried again twice; if it still fails, the click is parked in D1 as a dead letter of the clicks
// queue, so `npm run queues:replay` delivers it later and it is counted exactly once.
import { parkMessages } from '../dead-letters/dead-letters.queries';
import { createDb } from '../core/db';
import { CLICKS_QUEUE_NAME } from './clicks.consumer';

const ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `d1` is only opened for the rare park: a click's usual path is one queue send and nothing else. */
export async function sendClick(queue: Queue<unknown>, d1: D1Database, click: { code: string; at: number; reader: string }, pauseMs = 100): Promise<'sent' | 'parked'> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await queue.send(click);
      return 'sent';
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS) await sleep(pauseMs * attempt);
    }
  }
  // A stable id: the same click parked twice (a retried request) is one row.
  const messageId = `click:${click.code}:${click.reader}:${click.at}`;
  await parkMessages(createDb(d1), [
    { messageId, queue: CLICKS_QUEUE_NAME, body: JSON.stringify(click), attempts: ATTEMPTS, error: `queue send failed: ${String(lastError).slice(0, 200)}`, at: Date.now() },
  ]);
  console.error(`click on ${click.code} could not be queued after ${ATTEMPTS} tries; parked for replay`);
  return 'parked';
}
