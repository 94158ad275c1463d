// Corrections reach the people who shared: a substantive edit or an archive of a
// story becomes one queue message; the consumer records the dated correction and
// fans out one notice per member who shared the story.
import * as v from 'valibot';
import { correctionKinds } from '../../schema';
import { createDb } from '../core/db';
import { retryLater } from '../jobs/queue-policy';
import { pushCorrection } from '../push/correction-push';
import type { StoryEvent } from '../stories/events';
import { correctionEventId } from './corrections.sweep';
import { recordCorrection } from './notices.queries';

export const CORRECTIONS_QUEUE_NAME = 'lan-toa-corrections';

export const correctionMessage = v.object({
  /** Chosen when the event is queued; makes redelivery harmless (story_corrections.event_id is unique). */
  eventId: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
  storyId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  kind: v.picklist(correctionKinds),
  note: v.pipe(v.string(), v.maxLength(2000)),
  actorId: v.nullable(v.string()),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type CorrectionMessage = v.InferOutput<typeof correctionMessage>;

/** The message for a story event, or null when the event is no correction (publish, minor edit). */
export function correctionMessageFor(event: StoryEvent, eventId: string, at: number): CorrectionMessage | null {
  if (event.kind === 'archived') {
    return { eventId, storyId: event.storyId, kind: 'withdrawn', note: event.reason.normalize('NFC').slice(0, 2000), actorId: event.actorId, at };
  }
  if (event.kind === 'edited' && event.substantive) {
    return { eventId, storyId: event.storyId, kind: 'corrected', note: (event.note ?? '').normalize('NFC').slice(0, 2000), actorId: event.actorId, at };
  }
  return null;
}

/** Story event handler (registered in workers/stories/events.ts): queue the correction, if any. */
export async function queueCorrectionNotice(event: StoryEvent, env: Env): Promise<void> {
  const message = correctionMessageFor(event, crypto.randomUUID(), Date.now());
  if (message) await env.CORRECTIONS_QUEUE.send(message);
}

/**
 * Consumer of `lan-toa-corrections`. Each message is applied in one D1 batch and
 * acked; a failure retries that message only, with the common backoff, and after
 * the last retry it is parked by the dead-letter queue. Malformed messages are
 * dropped (logged), since retrying them can never succeed.
 *
 * The correction is recorded under the id of the audit entry it corrects (when one
 * exists), so this message, a replay of it and the reconciling sweep
 * (corrections.sweep.ts) all land on the same row: redone, never doubled.
 */
export async function consumeCorrections(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const parsed = v.safeParse(correctionMessage, message.body);
    if (!parsed.success) {
      console.error(`dropping malformed correction message ${message.id}`);
      message.ack();
      continue;
    }
    try {
      const eventId = await correctionEventId(db, parsed.output);
      await recordCorrection(db, { ...parsed.output, eventId });
      // Sharers who opted in are told on their phones; this never throws, so the correction stays done.
      await pushCorrection(env, db, { ...parsed.output, eventId }, Date.now());
      message.ack();
    } catch (err) {
      console.error(`correction message ${message.id} failed (attempt ${message.attempts})`, err);
      retryLater(message, err);
    }
  }
}
