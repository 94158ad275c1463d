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
});

/**
 * Consumer of `lan-toa-clicks`: turns a batch of click events into one D1 batch of
 * upserts. The batch is atomic, so on failure (thrown: the queue framework retries
 * it) every message is retried and none is counted twice; malformed messages are
 * dropped (acknowledged) with a log line.
 */
export async function consumeClicks(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const clicks: ClickEvent[] = [];
  const valid: Message<unknown>[] = [];
  for (const message of batch.messages) {
    const parsed = v.safeParse(clickEvent, message.body);
    if (parsed.success) {
      clicks.push(parsed.output);
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
