import * as v from 'valibot';
import { shareChannels } from '../../schema';
import { createDb } from '../core/db';
import { applyClicks, type ClickEvent } from './share.queries';

export const CLICKS_QUEUE_NAME = 'lan-toa-clicks';

const clickEvent = v.object({
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,32}$/)),
  storyId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  channel: v.picklist(shareChannels),
  campaignId: v.nullable(v.pipe(v.number(), v.integer())),
  provinceCode: v.nullable(v.string()),
  unit: v.nullable(v.string()),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Missing on messages queued before clicks were de-duplicated. */
  reader: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))),
});

/**
 * Consumer of `lan-toa-clicks`: turns a batch of click events into one D1 batch that
 * counts each reader once per link and Vietnam day (see `applyClicks`). The batch is
 * atomic and de-duplicated in D1, so on failure (thrown: the queue framework retries
 * it) the batch is retried whole and a redelivered one adds nothing; malformed
 * messages are dropped (acknowledged) with a log line.
 */
export async function consumeClicks(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const clicks: ClickEvent[] = [];
  const valid: Message<unknown>[] = [];
  for (const message of batch.messages) {
    const parsed = v.safeParse(clickEvent, message.body);
    if (parsed.success) {
      // An old message without a reader counts once: its own id stands for the reader.
      clicks.push({ ...parsed.output, reader: parsed.output.reader ?? `message:${message.id}` });
      valid.push(message);
    } else {
      console.error(`dropping malformed click message ${message.id}`);
      message.ack();
    }
  }
  // On failure this throws: workers/jobs/queues.ts retries the batch with backoff, then dead-letters it.
  await applyClicks(createDb(env.DB), clicks);
  for (const message of valid) message.ack();
}
