import { consumeClaims } from '../claims/claims.queue';
import { CLAIMS_QUEUE_NAME } from '../claims/claims.types';
import { parkDeadLetters } from '../dead-letters/dead-letters.consumer';
import { consumeImports, IMPORTS_QUEUE_NAME } from '../imports/imports.queue';
import { CORRECTIONS_QUEUE_NAME, consumeCorrections } from '../notices/notices.queue';
import { consumePush, PUSH_QUEUE_NAME } from '../push/push.queue';
import { CLICKS_QUEUE_NAME, consumeClicks } from '../share/clicks.consumer';
import { consumeTiplineOut, TIPLINE_QUEUE_NAME } from '../tipline/outbound.queue';
import { DEAD_LETTER_SUFFIX, retryLater } from './queue-policy';

/**
 * A queue consumer. It acks what it has done (and what can never succeed, such as a
 * malformed body) and throws when it could not do the rest: `dispatchQueue` then
 * retries every message it did not ack, later each time (queue-policy.ts). After
 * `max_retries` the platform moves a message to the queue's dead-letter queue, whose
 * consumer parks it in D1 until `npm run queues:replay` sends it back.
 */
export type QueueConsumer = (batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext) => Promise<void>;

/** Consumers by queue name (wrangler.toml `[[queues.consumers]]`). */
export const queueConsumers: Record<string, QueueConsumer> = {
  [CLICKS_QUEUE_NAME]: consumeClicks,
  [CORRECTIONS_QUEUE_NAME]: consumeCorrections,
  [CLICKS_QUEUE_NAME + DEAD_LETTER_SUFFIX]: parkDeadLetters,
  [CORRECTIONS_QUEUE_NAME + DEAD_LETTER_SUFFIX]: parkDeadLetters,
  [IMPORTS_QUEUE_NAME]: consumeImports,
  [IMPORTS_QUEUE_NAME + DEAD_LETTER_SUFFIX]: parkDeadLetters,
  [TIPLINE_QUEUE_NAME]: consumeTiplineOut,
  [TIPLINE_QUEUE_NAME + DEAD_LETTER_SUFFIX]: parkDeadLetters,
  [PUSH_QUEUE_NAME]: consumePush,
  [PUSH_QUEUE_NAME + DEAD_LETTER_SUFFIX]: parkDeadLetters,
  [CLAIMS_QUEUE_NAME]: consumeClaims,
  [CLAIMS_QUEUE_NAME + DEAD_LETTER_SUFFIX]: parkDeadLetters,
};

/** The queues whose failures are parked and can be replayed, with their producer bindings. */
export function replayableQueues(env: Env): Record<string, Queue<unknown>> {
  return {
    [CLICKS_QUEUE_NAME]: env.CLICKS_QUEUE,
    [CORRECTIONS_QUEUE_NAME]: env.CORRECTIONS_QUEUE,
    [IMPORTS_QUEUE_NAME]: env.IMPORTS_QUEUE,
    [TIPLINE_QUEUE_NAME]: env.TIPLINE_QUEUE,
    [PUSH_QUEUE_NAME]: env.PUSH_QUEUE,
    [CLAIMS_QUEUE_NAME]: env.CLAIMS_QUEUE,
  };
}

export async function dispatchQueue(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  const consumer = queueConsumers[batch.queue];
  if (!consumer) {
    console.error(`no consumer for queue ${batch.queue}; retrying its messages`);
    for (const message of batch.messages) retryLater(message);
    return;
  }
  try {
    await consumer(batch, env, ctx);
  } catch (err) {
    // Messages the consumer acked stay acked: a retry after an ack is ignored.
    console.error(`queue ${batch.queue}: ${batch.messages.length} message(s) failed; retrying with backoff`, err);
    // A dead-letter queue's own failure (D1 still down) must not hide why the message died.
    const why = batch.queue.endsWith(DEAD_LETTER_SUFFIX) ? undefined : err;
    for (const message of batch.messages) retryLater(message, why);
  }
}
