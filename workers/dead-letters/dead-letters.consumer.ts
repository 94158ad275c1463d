// Consumer of every `<queue>-dlq`: a message that failed all its retries is parked in
// D1 (`queue_dead_letters`) for a person to replay. If D1 is down too, this throws and
// the framework retries it for hours (DEAD_LETTER_MAX_RETRIES): nothing is dropped.
import { createDb } from '../core/db';
import { lastFailureOf } from '../jobs/queue-failures';
import { DEAD_LETTER_SUFFIX, MAX_RETRIES } from '../jobs/queue-policy';
import { parkMessages, type ParkedMessage } from './dead-letters.queries';

/** `lan-toa-clicks-dlq` → `lan-toa-clicks`: where a replay sends the message back. */
export function originQueue(deadLetterQueue: string): string {
  return deadLetterQueue.endsWith(DEAD_LETTER_SUFFIX) ? deadLetterQueue.slice(0, -DEAD_LETTER_SUFFIX.length) : deadLetterQueue;
}

export async function parkDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const queue = originQueue(batch.queue);
  const now = Date.now();
  const parked: ParkedMessage[] = batch.messages.map((message) => ({
    messageId: message.id,
    queue,
    body: JSON.stringify(message.body ?? null),
    attempts: MAX_RETRIES + 1,
    error: lastFailureOf(message.id),
    at: now,
  }));
  await parkMessages(createDb(env.DB), parked);
  console.warn(`parked ${parked.length} dead-lettered message(s) from ${queue}; replay with npm run queues:replay`);
  batch.ackAll();
}
