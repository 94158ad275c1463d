// A verdict or correction whose push could not be queued (PUSH_QUEUE down) is queued by the
// cron a minute later, once; old trigger claims are swept with the deliveries.
import { createMessageBatch } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it, vi } from 'vitest';
import { cases, shareLinks } from '../../schema';
import { sweepPushDeliveries } from '../../workers/push/deliveries';
import { missedCorrectionsQuery, missedVerdictsQuery, queueMissedPushes } from '../../workers/push/missed-pushes';
import { consumeCorrections, type CorrectionMessage } from '../../workers/notices/notices.queue';
import { db, insertStory } from '../campaigns/fixtures';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchDuringOutage } from '../helpers/outage';
import { createReport, validReport } from '../reports/helpers';
import { brokenPushQueue, recordingPushQueue } from './fake-queue';

const DAY = 24 * 60 * 60 * 1000;

let urlCounter = 0;
async function decidedCase(reporter: TestUser | null, queue: Queue): Promise<number> {
  const editor = await signedInAs('editor', { provinceCode: null });
  const url = `https://www.tiktok.com/@x/video/72000000000000000${++urlCounter}`;
  const { caseId } = await createReport(validReport({ url }), reporter ? reporter.headers : {});
  const res = await fetchDuringOutage({ PUSH_QUEUE: queue }, `/api/cases/${caseId}`, {
    method: 'PATCH',
    headers: { ...editor.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'false', claim: 'Nước ngọt X gây ung thư', verdictSummary: 'Không có nghiên cứu nào cho thấy điều này.' }),
  });
  expect(res.status).toBe(200);
  return caseId;
}

async function correctWhileQueueDown(storyId: number, eventId: string): Promise<void> {
  const body: CorrectionMessage = { eventId, storyId, kind: 'corrected', note: 'Sửa số liệu.', actorId: null, at: Date.now() };
  const batch = createMessageBatch('lan-toa-corrections', [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body }]);
  const messages = batch.messages.map((m) => ({ ...m, id: m.id, body: m.body, attempts: m.attempts, ack: () => {}, retry: () => {} }));
  await consumeCorrections({ ...batch, messages } as unknown as MessageBatch<unknown>, { ...env, PUSH_QUEUE: brokenPushQueue() });
}

describe('missed pushes (cron)', () => {
  it('queues a verdict the queue refused, once, and only for cases with signed-in reporters decided in the last day', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const member = await signedInAs('member');
    const missed = await decidedCase(member, brokenPushQueue());
    const anonymous = await decidedCase(null, brokenPushQueue());
    const old = await decidedCase(member, brokenPushQueue());
    await db().update(cases).set({ updatedAt: Date.now() - 2 * DAY }).where(eq(cases.id, old));

    const { sent, queue } = recordingPushQueue();
    await queueMissedPushes({ ...env, PUSH_QUEUE: queue }, Date.now());
    const ids = sent.map((m) => m.eventId);
    expect(ids).toContain(`verdict:${missed}:false`);
    expect(ids).not.toContain(`verdict:${anonymous}:false`);
    expect(ids).not.toContain(`verdict:${old}:false`);
    expect(sent.find((m) => m.eventId === `verdict:${missed}:false`)?.audience).toEqual({ kind: 'users', userIds: [member.id] });

    // The next minute finds it claimed: nothing twice.
    await queueMissedPushes({ ...env, PUSH_QUEUE: queue }, Date.now());
    expect(sent.filter((m) => m.eventId === `verdict:${missed}:false`)).toHaveLength(1);
  });

  it('queues a correction the queue refused when the story has sharers, once', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const member = await signedInAs('member');
    const shared = await insertStory({ title: 'Câu chuyện đã chia sẻ' });
    const unshared = await insertStory({ title: 'Câu chuyện chưa ai chia sẻ' });
    await db().insert(shareLinks).values({ code: `mp-${crypto.randomUUID().slice(0, 8)}`, storyId: shared, channel: 'zalo', userId: member.id, createdAt: Date.now() });
    await correctWhileQueueDown(shared, 'evt-missed-shared');
    await correctWhileQueueDown(unshared, 'evt-missed-unshared');

    const { sent, queue } = recordingPushQueue();
    await queueMissedPushes({ ...env, PUSH_QUEUE: queue }, Date.now());
    await queueMissedPushes({ ...env, PUSH_QUEUE: queue }, Date.now());
    const corrections = sent.filter((m) => m.topic === 'corrections');
    expect(corrections.map((m) => m.eventId)).toEqual(['correction:evt-missed-shared']);
    expect(corrections[0]?.audience).toEqual({ kind: 'sharers', storyId: shared });
  });

  it('leaves a missed push unclaimed while the queue is still down, and sends it when it is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const member = await signedInAs('member');
    const caseId = await decidedCase(member, brokenPushQueue());
    await queueMissedPushes({ ...env, PUSH_QUEUE: brokenPushQueue() }, Date.now());
    const { sent, queue } = recordingPushQueue();
    await queueMissedPushes({ ...env, PUSH_QUEUE: queue }, Date.now());
    expect(sent.map((m) => m.eventId)).toContain(`verdict:${caseId}:false`);
  });
});

describe('trigger claims', () => {
  it('are swept 30 days after they were written, with the deliveries', async () => {
    const now = Date.now();
    await env.DB.prepare('INSERT INTO push_triggers (event_id, created_at) VALUES (?, ?), (?, ?)')
      .bind('correction:evt-old-claim', now - 31 * DAY, 'correction:evt-new-claim', now - DAY)
      .run();
    await sweepPushDeliveries(db(), now);
    const left = await env.DB.prepare("SELECT event_id FROM push_triggers WHERE event_id LIKE 'correction:evt-%-claim'").all<{ event_id: string }>();
    expect(left.results.map((r) => r.event_id)).toEqual(['correction:evt-new-claim']);
  });
});

describe('missed-push queries', () => {
  async function plan(statement: SQL): Promise<string> {
    const query = new SQLiteSyncDialect().sqlToQuery(statement);
    const rows = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).bind(...query.params).all<{ detail: string }>();
    return rows.results.map((r) => r.detail).join('\n');
  }
  const fullScan = /SCAN (c|sc|t|r|l)\b(?! USING)/;

  it('read the last day through indexes and probe the rest by key', async () => {
    const verdicts = await plan(missedVerdictsQuery(Date.now()));
    expect(verdicts).toMatch(/cases_verdict_updated_idx/);
    expect(verdicts).not.toMatch(fullScan);
    const corrections = await plan(missedCorrectionsQuery(Date.now()));
    expect(corrections).toMatch(/story_corrections_time_idx/);
    expect(corrections).not.toMatch(fullScan);
  });
});
