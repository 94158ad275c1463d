// A correction whose queue message never arrived is redone from the database: the
// cron sweep finds archives and substantive edits without their correction and
// re-sends them; the message, if it turns up after all, adds nothing.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { memberNotices, shareLinks, storyCorrections, users } from '../../schema';
import worker from '../../workers/index';
import { owedCorrections, sweepOwedCorrections, SWEEP_GRACE_MS } from '../../workers/notices/corrections.sweep';
import { db, insertStory } from '../campaigns/fixtures';
import { signedInAs } from '../helpers/auth';
import { capturingQueue, failingD1, fetchDuringOutage } from '../helpers/outage';

vi.spyOn(console, 'warn').mockImplementation(() => {});

async function deliver(...bodies: unknown[]) {
  const batch = createMessageBatch('lan-toa-corrections', bodies.map((body) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body })));
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
}

async function sharedBy(storyId: number): Promise<string> {
  const id = crypto.randomUUID();
  await db().insert(users).values({ id, email: `${id}@test.lantoa.local`, name: 'Người chia sẻ', passwordHash: 'x', role: 'member' });
  await db().insert(shareLinks).values({ code: `s-${id.slice(0, 12)}`, storyId, channel: 'zalo', userId: id, createdAt: Date.now() });
  return id;
}

const send = (editor: { headers: Record<string, string> }, method: string, path: string, body: unknown, queue: Queue) =>
  fetchDuringOutage({ CORRECTIONS_QUEUE: queue }, path, {
    method,
    headers: { ...editor.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the corrections sweep', () => {
  it('re-sends an archive and a substantive edit whose messages were lost, once, and a late message adds nothing', async () => {
    const editor = await signedInAs('editor');
    const second = await signedInAs('editor');
    const archived = await insertStory({ title: 'Bài sẽ bị gỡ khi hàng đợi mất tin' });
    const sourced = { sourceType: 'interview', sourceDetail: 'Phỏng vấn trực tiếp', consent: true } as const;
    const edited = await insertStory({ title: 'Số liệu sai khi hàng đợi mất tin', ...sourced });
    const minor = await insertStory({ title: 'Chỉ đổi hashtag', ...sourced });
    const members = [await sharedBy(archived), await sharedBy(edited), await sharedBy(minor)];
    expect(members).toHaveLength(3);

    // The editor's changes commit, but their queue messages go nowhere.
    const lost = capturingQueue();
    expect((await send(editor, 'POST', `/api/stories/${archived}/archive`, { reason: 'Nhân vật rút lại sự đồng ý.' }, lost.queue)).status).toBe(200);
    // Edits of published stories wait for a second editor: the approval is what goes public.
    for (const [story, changes] of [
      [edited, { title: 'Số liệu đã sửa', correctionNote: 'Sửa số liệu.' }],
      [minor, { hashtags: ['LanToa'] }],
    ] as const) {
      const sentBefore = lost.sent.length;
      const patched = await send(editor, 'PATCH', `/api/stories/${story}`, { revision: 1, ...changes }, lost.queue);
      expect(patched.status).toBe(200);
      const { story: pending } = (await patched.json()) as { story: { pendingRevision: number } };
      expect(lost.sent, 'a pending edit announces nothing').toHaveLength(sentBefore);
      const approved = await send(second, 'POST', `/api/stories/${story}/approve`, { revision: pending.pendingRevision }, lost.queue);
      expect(approved.status, await approved.clone().text()).toBe(200);
    }
    expect(lost.sent).toHaveLength(2);

    // Within the grace period the queue may still deliver: the sweep waits.
    expect((await owedCorrections(db(), Date.now())).filter((m) => [archived, edited].includes(m.storyId))).toEqual([]);

    const later = Date.now() + SWEEP_GRACE_MS + 1_000;
    const resent = capturingQueue();
    await sweepOwedCorrections({ ...env, CORRECTIONS_QUEUE: resent.queue }, later);
    const ours = (resent.sent as { storyId: number; kind: string; note: string }[]).filter((m) => [archived, edited, minor].includes(m.storyId));
    expect(ours).toHaveLength(2);
    expect(ours.find((m) => m.storyId === archived)).toMatchObject({ kind: 'withdrawn', note: 'Nhân vật rút lại sự đồng ý.' });
    expect(ours.find((m) => m.storyId === edited)).toMatchObject({ kind: 'corrected' });

    expect((await deliver(...ours)).retryMessages).toEqual([]);
    for (const story of [archived, edited]) {
      expect(await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, story))).toHaveLength(1);
      expect(await db().select().from(memberNotices).where(eq(memberNotices.storyId, story))).toHaveLength(1);
    }
    expect((await owedCorrections(db(), later)).filter((m) => [archived, edited].includes(m.storyId))).toEqual([]);

    // The original messages arrive after all (a replay, a slow retry): same correction, nothing added.
    await deliver(...lost.sent);
    for (const story of [archived, edited]) {
      expect(await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, story))).toHaveLength(1);
      expect(await db().select().from(memberNotices).where(eq(memberNotices.storyId, story))).toHaveLength(1);
    }
    // The approval's audit entry carries the correction note, so the sweep already had it.
    expect(await db().select({ note: storyCorrections.note }).from(storyCorrections).where(eq(storyCorrections.storyId, edited))).toEqual([{ note: 'Sửa số liệu.' }]);
    expect(await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, minor))).toEqual([]);
  });

  it('does nothing while D1 is down (the cron job fails and runs again next minute)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const resent = capturingQueue();
    await expect(sweepOwedCorrections({ ...env, DB: failingD1('all'), CORRECTIONS_QUEUE: resent.queue }, Date.now())).rejects.toThrow();
    expect(resent.sent).toEqual([]);
  });
});
