// "A story I shared is corrected or withdrawn": the corrections consumer queues one push for
// the story's sharers after recording the correction; a redelivery queues nothing more.
import { createMessageBatch } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { stories, storyCorrections } from '../../schema';
import { consumeCorrections, type CorrectionMessage } from '../../workers/notices/notices.queue';
import { db, insertStory } from '../campaigns/fixtures';
import { brokenPushQueue, recordingPushQueue } from './fake-queue';

function batchOf(...bodies: CorrectionMessage[]) {
  const acked: string[] = [];
  const retried: string[] = [];
  const batch = createMessageBatch(
    'lan-toa-corrections',
    bodies.map((body) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body })),
  );
  // Wrap each message so the test sees acks and retries without the runtime's bookkeeping.
  const messages = batch.messages.map((m) => ({ ...m, id: m.id, body: m.body, attempts: m.attempts, ack: () => void acked.push(m.id), retry: () => void retried.push(m.id) }));
  return { batch: { ...batch, messages } as unknown as MessageBatch<unknown>, acked, retried };
}

const slugOf = async (id: number) => (await db().select({ slug: stories.slug }).from(stories).where(eq(stories.id, id)))[0]?.slug;

describe('correction push', () => {
  it('tells the sharers of a corrected story, with a link to the story, once however often the message comes', async () => {
    const storyId = await insertStory({ title: 'Cô giáo vùng cao dạy chữ cho 30 em' });
    const { sent, queue } = recordingPushQueue();
    const message: CorrectionMessage = { eventId: 'evt-push-corrected', storyId, kind: 'corrected', note: 'Sửa số học sinh.', actorId: null, at: Date.now() };
    const first = batchOf(message);
    await consumeCorrections(first.batch, { ...env, PUSH_QUEUE: queue });
    expect(first.acked).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      eventId: 'correction:evt-push-corrected',
      topic: 'corrections',
      audience: { kind: 'sharers', storyId },
      path: `/stories/${await slugOf(storyId)}`,
      tag: `story-${storyId}`,
      vi: { title: 'Câu chuyện bạn đã chia sẻ vừa được đính chính' },
      en: { title: 'A story you shared was corrected' },
    });
    expect(sent[0]?.vi.body).toContain('Cô giáo vùng cao dạy chữ cho 30 em');

    // Redelivered twice (at-least-once queue): nothing more is queued.
    await consumeCorrections(batchOf(message, message).batch, { ...env, PUSH_QUEUE: queue });
    expect(sent).toHaveLength(1);
  });

  it('points a withdrawn story at the notice on /me (its page is gone)', async () => {
    const storyId = await insertStory({ title: 'Bài bị gỡ', status: 'archived' });
    const { sent, queue } = recordingPushQueue();
    await consumeCorrections(batchOf({ eventId: 'evt-push-withdrawn', storyId, kind: 'withdrawn', note: 'Sai nguồn.', actorId: null, at: Date.now() }).batch, { ...env, PUSH_QUEUE: queue });
    expect(sent).toEqual([expect.objectContaining({ eventId: 'correction:evt-push-withdrawn', path: '/me', vi: expect.objectContaining({ title: 'Câu chuyện bạn đã chia sẻ đã bị gỡ' }) })]);
  });

  it('still records the correction (and acks) when the push queue is down, and a redelivery then sends it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storyId = await insertStory();
    const message: CorrectionMessage = { eventId: 'evt-push-queue-down', storyId, kind: 'corrected', note: 'x', actorId: null, at: Date.now() };
    const down = batchOf(message);
    await consumeCorrections(down.batch, { ...env, PUSH_QUEUE: brokenPushQueue() });
    expect(down.acked).toHaveLength(1);
    expect(down.retried).toEqual([]);
    expect(await db().select().from(storyCorrections).where(eq(storyCorrections.eventId, 'evt-push-queue-down'))).toHaveLength(1);
    expect(errors).toHaveBeenCalled();

    const { sent, queue } = recordingPushQueue();
    await consumeCorrections(batchOf(message).batch, { ...env, PUSH_QUEUE: queue });
    expect(sent.map((m) => m.eventId)).toEqual(['correction:evt-push-queue-down']);
    errors.mockRestore();
  });
});
