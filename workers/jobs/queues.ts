import { consumeCorrections } from '../notices/notices.queue';
import { CLICKS_QUEUE_NAME, consumeClicks } from '../share/clicks.consumer';

/** Queue consumers by queue name (wrangler.toml `[[queues.consumers]]`). */
export type QueueConsumer = (batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext) => Promise<void>;

export const queueConsumers: Record<string, QueueConsumer> = {
  [CLICKS_QUEUE_NAME]: consumeClicks,
  'lan-toa-corrections': consumeCorrections,
};

export async function dispatchQueue(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  const consumer = queueConsumers[batch.queue];
  if (!consumer) {
    console.error(`no consumer for queue ${batch.queue}; retrying its messages`);
    batch.retryAll();
    return;
  }
  await consumer(batch, env, ctx);
}
