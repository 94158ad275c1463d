import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memberNotices, shareLinks, storyCorrections, users } from '../../schema';
import worker from '../../workers/index';
import { correctionMessageFor, queueCorrectionNotice, type CorrectionMessage } from '../../workers/notices/notices.queue';
import type { StoryEvent } from '../../workers/stories/events';
import { db, insertStory } from '../campaigns/fixtures';
import { signedInAs } from '../helpers/auth';
import { fetchApp, sendJson } from '../helpers/http';

const QUEUE = 'lan-toa-corrections';

async function insertMember(): Promise<string> {
  const id = crypto.randomUUID();
  await db().insert(users).values({ id, email: `${id}@test.lantoa.local`, name: 'Thành viên', passwordHash: 'x', role: 'member' });
  return id;
}

let counter = 0;
async function share(storyId: number, userId: string | null) {
  await db()
    .insert(shareLinks)
    .values({ code: `c${++counter}-${crypto.randomUUID().slice(0, 8)}`, storyId, channel: 'facebook', userId, createdAt: Date.now() });
}

function message(m: CorrectionMessage, attempts = 1) {
  return { id: crypto.randomUUID(), timestamp: new Date(), attempts, body: m };
}

/** Runs a batch through the Worker's real queue() entry point and reports acks and retries. */
async function deliver(...bodies: unknown[]) {
  const batch = createMessageBatch(QUEUE, bodies.map((body) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body })));
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
}

const noticesOf = (storyId: number) => db().select().from(memberNotices).where(eq(memberNotices.storyId, storyId));

describe('story events that become corrections', () => {
  it('are substantive edits (corrected) and archives (withdrawn), not minor edits or publishing', () => {
    const at = 1_780_000_000_000;
    const events: StoryEvent[] = [
      { kind: 'edited', storyId: 4, actorId: 'e1', substantive: true, note: 'Sửa số liệu: 120 chứ không phải 210 người.' },
      { kind: 'archived', storyId: 4, actorId: 'e1', reason: 'Nhân vật không đồng ý xuất hiện.' },
      { kind: 'edited', storyId: 4, actorId: 'e1', substantive: false },
      { kind: 'published', storyId: 4, actorId: 'e1' },
    ];
    expect(events.map((e) => correctionMessageFor(e, 'evt-123456', at))).toEqual([
      { eventId: 'evt-123456', storyId: 4, kind: 'corrected', note: 'Sửa số liệu: 120 chứ không phải 210 người.', actorId: 'e1', at },
      { eventId: 'evt-123456', storyId: 4, kind: 'withdrawn', note: 'Nhân vật không đồng ý xuất hiện.', actorId: 'e1', at },
      null,
      null,
    ]);
  });

  it('are sent to the corrections queue by the story event handler', async () => {
    const sent: unknown[] = [];
    const queue: Queue = {
      send: async (body: unknown) => {
        sent.push(body);
      },
      sendBatch: async () => {},
      metrics: async () => ({ backlogCount: 0, backlogBytes: 0 }),
    } as unknown as Queue;
    await queueCorrectionNotice({ kind: 'archived', storyId: 9, actorId: null, reason: 'Gỡ' }, { ...env, CORRECTIONS_QUEUE: queue });
    await queueCorrectionNotice({ kind: 'edited', storyId: 9, actorId: null, substantive: false }, { ...env, CORRECTIONS_QUEUE: queue });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ storyId: 9, kind: 'withdrawn', note: 'Gỡ' });
  });
});

describe('the corrections consumer', () => {
  let storyId: number;
  let sharers: string[];
  let bystander: string;
  beforeAll(async () => {
    storyId = await insertStory({ title: 'Câu chuyện cần đính chính' });
    sharers = [await insertMember(), await insertMember()];
    bystander = await insertMember();
    await share(storyId, sharers[0] ?? null);
    await share(storyId, sharers[0] ?? null); // shared twice: still one notice
    await share(storyId, sharers[1] ?? null);
    await share(storyId, null); // anonymous: nobody to tell
    await share(await insertStory(), bystander); // another story
  });

  it('records a dated correction and one notice per member who shared the story', async () => {
    const at = Date.now();
    const result = await deliver({ eventId: 'evt-first-correction', storyId, kind: 'corrected', note: 'Đã sửa tên xã.', actorId: null, at });
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    const corrections = await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, storyId));
    expect(corrections).toMatchObject([{ kind: 'corrected', note: 'Đã sửa tên xã.', createdAt: at }]);
    const notices = await noticesOf(storyId);
    expect(notices.map((n) => n.userId).sort()).toEqual([...sharers].sort());
    expect(notices.every((n) => n.correctionId === corrections[0]?.id && n.seenAt === null)).toBe(true);
  });

  it('creates nothing new when the same message is delivered again', async () => {
    const body = { eventId: 'evt-redelivered', storyId, kind: 'withdrawn' as const, note: 'Gỡ bài.', actorId: null, at: Date.now() };
    await deliver(body);
    const before = (await noticesOf(storyId)).length;
    const again = await deliver(body, body);
    expect(again.explicitAcks).toHaveLength(2);
    expect((await noticesOf(storyId)).length).toBe(before);
    expect(await db().select().from(storyCorrections).where(eq(storyCorrections.eventId, 'evt-redelivered'))).toHaveLength(1);
  });

  it('gives each new correction its own notice to the same members', async () => {
    const story = await insertStory();
    const member = await insertMember();
    await share(story, member);
    await deliver({ eventId: 'evt-second-1', storyId: story, kind: 'corrected', note: '1', actorId: null, at: Date.now() });
    await deliver({ eventId: 'evt-second-2', storyId: story, kind: 'corrected', note: '2', actorId: null, at: Date.now() });
    expect(await noticesOf(story)).toHaveLength(2);
  });

  it('ignores stories that were never published', async () => {
    const draft = await insertStory({ status: 'draft', publishedAt: null });
    await deliver({ eventId: 'evt-draft-archived', storyId: draft, kind: 'withdrawn', note: '', actorId: null, at: Date.now() });
    expect(await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, draft))).toEqual([]);
  });

  it('acks malformed messages instead of retrying them forever', async () => {
    const result = await deliver({ storyId: 'not a number' }, 'garbage');
    expect(result.explicitAcks).toHaveLength(2);
    expect(result.retryMessages).toEqual([]);
  });

  it('retries a message whose write fails', async () => {
    const batch = createMessageBatch(QUEUE, [message({ eventId: 'evt-will-fail', storyId, kind: 'corrected', note: '', actorId: null, at: Date.now() })]);
    const ctx = createExecutionContext();
    const broken = { ...env, DB: { ...env.DB, batch: () => Promise.reject(new Error('D1 is down')) } as unknown as D1Database };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await worker.queue(batch, broken, ctx);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages).toHaveLength(1);
    expect(result.explicitAcks).toEqual([]);
  });
});

describe('from an editor’s edit or archive to a member’s notice', () => {
  it('goes through the editorial API and the real corrections queue, note included', async () => {
    const editor = await signedInAs('editor');
    // Edits of a published story go live (and are announced) only when a second editor approves them.
    const approver = await signedInAs('editor');
    const provenance = { sourceType: 'document', sourceDetail: 'Công văn của UBND phường', consent: true } as const;
    const edited = await insertStory({ title: 'Số liệu cần sửa', ...provenance });
    const archived = await insertStory({ title: 'Bài sẽ bị gỡ' });
    const minor = await insertStory({ title: 'Chỉ sửa hashtag', ...provenance });
    const viaForm = await insertStory({ title: 'Sửa qua biểu mẫu', summary: 'Tóm tắt cũ', categoryCode: 'humane_story', provinceCode: 'HUE' });
    const member = await insertMember();
    for (const story of [edited, archived, minor, viaForm]) await share(story, member);

    // The editor's no-JS story form shows the note field for a published story, and sends it.
    const formPage = await (await fetchApp(`/editor/stories/${viaForm}`, { headers: editor.headers })).text();
    expect(formPage).toContain('name="correctionNote"');
    const form = await fetchApp(`/editor/stories/${viaForm}`, {
      method: 'POST',
      headers: { ...editor.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        revision: '1',
        intent: 'save',
        title: 'Sửa qua biểu mẫu',
        summary: 'Tóm tắt mới, đúng ngày',
        body: 'Nội dung.',
        categoryCode: 'humane_story',
        provinceCode: 'HUE',
        sourceType: provenance.sourceType,
        sourceDetail: provenance.sourceDetail,
        consent: 'yes',
        correctionNote: 'Sửa ngày diễn ra: 12/6 chứ không phải 21/6.',
      }).toString(),
      redirect: 'manual',
    });
    expect(form.status, await form.clone().text()).toBe(303);

    const patch = await sendJson(
      'PATCH',
      `/api/stories/${edited}`,
      { revision: 1, title: 'Số liệu đã sửa', correctionNote: 'Sửa số người được giúp: 120, không phải 210.' },
      editor.headers,
    );
    expect(patch.status, await patch.clone().text()).toBe(200);
    const archive = await sendJson('POST', `/api/stories/${archived}/archive`, { reason: 'Nhân vật rút lại sự đồng ý.' }, editor.headers);
    expect(archive.status, await archive.clone().text()).toBe(200);
    const notSubstantive = await sendJson('PATCH', `/api/stories/${minor}`, { revision: 1, hashtags: ['LanToa'] }, editor.headers);
    expect(notSubstantive.status).toBe(200);
    for (const id of [edited, minor, viaForm]) {
      const approval = await sendJson('POST', `/api/stories/${id}/approve`, { revision: 2 }, approver.headers);
      expect(approval.status, await approval.clone().text()).toBe(200);
    }

    await vi.waitFor(
      async () => {
        expect(await noticesOf(edited)).toHaveLength(1);
        expect(await noticesOf(archived)).toHaveLength(1);
        expect(await noticesOf(viaForm)).toHaveLength(1);
      },
      { timeout: 15_000, interval: 250 },
    );
    const corrections = await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, edited));
    expect(corrections).toMatchObject([{ kind: 'corrected', note: 'Sửa số người được giúp: 120, không phải 210.', actorId: approver.id }]);
    const withdrawn = await db().select().from(storyCorrections).where(eq(storyCorrections.storyId, archived));
    expect(withdrawn).toMatchObject([{ kind: 'withdrawn', note: 'Nhân vật rút lại sự đồng ý.' }]);
    expect(await noticesOf(minor)).toEqual([]);
    const formNote = await db().select({ note: storyCorrections.note }).from(storyCorrections).where(eq(storyCorrections.storyId, viaForm));
    expect(formNote).toEqual([{ note: 'Sửa ngày diễn ra: 12/6 chứ không phải 21/6.' }]);
  });
});
