import * as v from 'valibot';
import { CORRECTIONS_QUEUE_NAME } from '../notices/notices.queue';
import { CLICKS_QUEUE_NAME } from '../share/clicks.consumer';

const queueName = v.picklist([CLICKS_QUEUE_NAME, CORRECTIONS_QUEUE_NAME], 'Unknown queue');

export const replayBody = v.object({
  /** One queue, or every replayable queue when absent. */
  queue: v.optional(queueName),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 500),
});

export const listQuery = v.object({
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'A number from 1 to 200'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
});
