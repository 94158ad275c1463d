// Chat ids are kept while a chat's cases are open, plus 30 days, then erased (the reports stay,
// anonymous); handled update ids are forgotten after 7 days.
import { env } from 'cloudflare:workers';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { cases, queueDeadLetters, reports, tiplineChats, tiplineReports, tiplineUpdates } from '../../schema';
import { cronJobs } from '../../workers/jobs/cron';
import { eraseIdleChats, eraseParkedMessages, sweepHandledUpdates, tiplineRetentionJob } from '../../workers/tipline/retention';
import { db, seedCase, seedChat, seedTiplineReport } from './outbound-harness';

vi.spyOn(console, 'log').mockImplementation(() => {});

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const ago = (days: number) => NOW - days * DAY;

async function chatExists(id: number) {
  return (await db().select({ id: tiplineChats.id }).from(tiplineChats).where(eq(tiplineChats.id, id))).length === 1;
}

describe('chat-id retention', () => {
  it('erases a chat whose cases closed 31 days ago; keeps one with an open case, one closed 29 days ago, one seen recently', async () => {
    const closedLongAgo = await seedCase({ status: 'false', at: ago(31) });
    const closedRecently = await seedCase({ status: 'misleading', at: ago(29) });
    const stillOpen = await seedCase({ status: 'reviewing', at: ago(60) });

    const gone = await seedChat({ lastSeenAt: ago(31) });
    const goneReport = await seedTiplineReport(closedLongAgo.id, gone.id, '1', ago(40));
    const open = await seedChat({ lastSeenAt: ago(60) });
    await seedTiplineReport(stillOpen.id, open.id, null, ago(60));
    // One of its two cases closed long ago, the other still open: kept.
    await seedTiplineReport(closedLongAgo.id, open.id, null, ago(60));
    const recent = await seedChat({ lastSeenAt: ago(31) });
    await seedTiplineReport(closedRecently.id, recent.id, null, ago(31));
    const talking = await seedChat({ lastSeenAt: ago(10) });
    await seedTiplineReport(closedLongAgo.id, talking.id, null, ago(40));

    expect(await eraseIdleChats(env, NOW)).toBe(1);
    expect(await chatExists(gone.id)).toBe(false);
    expect(await chatExists(open.id)).toBe(true);
    expect(await chatExists(recent.id)).toBe(true);
    expect(await chatExists(talking.id)).toBe(true);
    // The chat's link to its report goes with it; the report stays, with nothing pointing at the chat.
    expect(await db().select().from(tiplineReports).where(eq(tiplineReports.reportId, goneReport.id))).toEqual([]);
    expect(await db().select({ id: reports.id }).from(reports).where(eq(reports.id, goneReport.id))).toEqual([{ id: goneReport.id }]);

    // A second run has nothing left to do.
    expect(await eraseIdleChats(env, NOW)).toBe(0);
  });

  it('counts a case by the case it was merged into, and a case reopened (updated) recently keeps the chat', async () => {
    const target = await seedCase({ status: 'reviewing', at: ago(90) });
    const merged = await seedCase({ status: 'false', at: ago(90), mergedIntoId: target.id });
    const viaMerge = await seedChat({ lastSeenAt: ago(90) });
    await seedTiplineReport(merged.id, viaMerge.id, null, ago(90));

    const touched = await seedCase({ status: 'false', at: ago(90) });
    await db().update(cases).set({ updatedAt: ago(2) }).where(eq(cases.id, touched.id));
    const touchedChat = await seedChat({ lastSeenAt: ago(90) });
    await seedTiplineReport(touched.id, touchedChat.id, null, ago(90));

    await eraseIdleChats(env, NOW);
    expect(await chatExists(viaMerge.id)).toBe(true);
    expect(await chatExists(touchedChat.id)).toBe(true);

    // 31 days after the merged-into case is decided, the chat goes.
    await db().update(cases).set({ status: 'false', verdictAt: ago(31), updatedAt: ago(31) }).where(eq(cases.id, target.id));
    await eraseIdleChats(env, NOW);
    expect(await chatExists(viaMerge.id)).toBe(false);
  });

  it('a chat with no reports left is erased 30 days after it was last seen', async () => {
    const idle = await seedChat({ lastSeenAt: ago(31) });
    const fresh = await seedChat({ lastSeenAt: ago(29) });
    await eraseIdleChats(env, NOW);
    expect(await chatExists(idle.id)).toBe(false);
    expect(await chatExists(fresh.id)).toBe(true);
  });
});

describe('handled webhook update ids', () => {
  it('are swept after 7 days', async () => {
    await db()
      .insert(tiplineUpdates)
      .values([
        { platform: 'telegram', updateId: 'old-1', receivedAt: ago(8) },
        { platform: 'zalo', updateId: 'old-2', receivedAt: ago(7.5) },
        { platform: 'telegram', updateId: 'new-1', receivedAt: ago(6) },
      ]);
    expect(await sweepHandledUpdates(env, NOW)).toBe(2);
    const left = await db().select({ id: tiplineUpdates.updateId }).from(tiplineUpdates).where(inArray(tiplineUpdates.updateId, ['old-1', 'old-2', 'new-1']));
    expect(left).toEqual([{ id: 'new-1' }]);
  });
});

describe('outbound messages parked by the dead-letter queue', () => {
  it('are erased 30 days after they were parked (they hold a chat id); other queues’ are kept', async () => {
    const park = (messageId: string, queue: string, at: number) => ({ messageId, queue, body: '{}', attempts: 9, error: null, firstSeenAt: at, lastSeenAt: at });
    const tag = crypto.randomUUID();
    await db()
      .insert(queueDeadLetters)
      .values([
        park(`old-${tag}`, 'lan-toa-tipline-out', ago(31)),
        park(`new-${tag}`, 'lan-toa-tipline-out', ago(29)),
        park(`clicks-${tag}`, 'lan-toa-clicks', ago(90)),
      ]);
    expect(await eraseParkedMessages(env, NOW)).toBe(1);
    const left = await db()
      .select({ id: queueDeadLetters.messageId })
      .from(queueDeadLetters)
      .where(inArray(queueDeadLetters.messageId, [`old-${tag}`, `new-${tag}`, `clicks-${tag}`]));
    expect(left.map((r) => r.id).sort()).toEqual([`clicks-${tag}`, `new-${tag}`]);
  });
});

describe('an erased chat', () => {
  it('takes its parked outbound messages with it, in the same run; other chats’ and other queues’ stay', async () => {
    const closed = await seedCase({ status: 'false', at: ago(40) });
    const gone = await seedChat({ lastSeenAt: ago(31) });
    await seedTiplineReport(closed.id, gone.id, null, ago(40));
    const kept = await seedChat({ lastSeenAt: ago(2) });
    // The same chat id on the other platform is another person.
    const otherPlatform = { platform: 'zalo', chatId: gone.chatId, text: 'Đã có kết luận', purpose: 'verdict' };
    const tag = crypto.randomUUID();
    const park = (messageId: string, queue: string, body: unknown) => ({
      messageId: `${messageId}-${tag}`,
      queue,
      body: JSON.stringify(body),
      attempts: 9,
      error: null,
      firstSeenAt: ago(3),
      lastSeenAt: ago(3),
    });
    await db()
      .insert(queueDeadLetters)
      .values([
        park('gone-verdict', 'lan-toa-tipline-out', { platform: 'telegram', chatId: gone.chatId, text: 'Đã có kết luận: Sai sự thật', purpose: 'verdict' }),
        park('gone-receipt', 'lan-toa-tipline-out', { platform: 'telegram', chatId: gone.chatId, text: 'Đã nhận', purpose: 'receipt', replyTo: '4' }),
        park('kept', 'lan-toa-tipline-out', { platform: 'telegram', chatId: kept.chatId, text: 'Đã nhận', purpose: 'receipt' }),
        park('other-platform', 'lan-toa-tipline-out', otherPlatform),
        park('not-json', 'lan-toa-tipline-out', 'hello'),
        park('other-queue', 'lan-toa-clicks', { platform: 'telegram', chatId: gone.chatId }),
      ]);
    // A body that is not JSON at all (restored by hand) does not stop the erasure.
    await env.DB.prepare(`INSERT INTO queue_dead_letters (message_id, queue, body, attempts, first_seen_at, last_seen_at) VALUES (?, 'lan-toa-tipline-out', '{broken', 1, ?, ?)`)
      .bind(`broken-${tag}`, ago(3), ago(3))
      .run();

    expect(await eraseIdleChats(env, NOW)).toBeGreaterThanOrEqual(1);
    expect(await chatExists(gone.id)).toBe(false);
    const left = await db()
      .select({ id: queueDeadLetters.messageId })
      .from(queueDeadLetters)
      .where(inArray(queueDeadLetters.messageId, ['gone-verdict', 'gone-receipt', 'kept', 'other-platform', 'not-json', 'other-queue', 'broken'].map((m) => `${m}-${tag}`)));
    expect(left.map((r) => r.id.replace(`-${tag}`, '')).sort()).toEqual(['broken', 'kept', 'not-json', 'other-platform', 'other-queue']);
  });
});

describe('the cron', () => {
  it('runs the retention and the verdict sweep every minute', () => {
    const names = cronJobs.map((job) => job.name);
    expect(names).toContain(tiplineRetentionJob.name);
    expect(names).toContain('tipline-verdicts');
  });
});
