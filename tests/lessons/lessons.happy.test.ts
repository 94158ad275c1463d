import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, lessons } from '../../schema';
import { createDb } from '../../workers/core/db';
import { and, eq } from 'drizzle-orm';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { lessonContent } from './helpers';

type Lesson = { id: number; slug: string; status: string; revision: number; title: string; bodyHtml: string; pendingContent: unknown; mayApprove: boolean; url: string };

let writer: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  writer = await signedInAs('editor', { provinceCode: 'HCM' });
  reviewer = await signedInAs('editor', { provinceCode: null });
});

async function auditActions(id: number) {
  const rows = await createDb(env.DB).select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.target, `lesson:${id}`)).all();
  return rows.map((r) => r.action);
}

describe('a lesson from draft to published, through the JSON API', () => {
  it('is written, submitted, approved by a second editor, and every step is audited', async () => {
    const created = await sendJson('POST', '/api/lessons', lessonContent(), writer.headers);
    const lesson = await readJson<Lesson>(created);
    expect(created.status, JSON.stringify(lesson)).toBe(201);
    expect(lesson.status).toBe('draft');
    expect(lesson.slug).toMatch(/^kiem-chung-truoc-khi-chia-se/);
    expect(lesson.url).toBe(`/hoc/${lesson.slug}`);
    // Rendered on save with the story renderer.
    expect(lesson.bodyHtml).toContain('<strong>kiểm chứng</strong>');
    expect(lesson.bodyHtml).toContain('<li>Ai viết?</li>');

    const submitted = await readJson<Lesson>(await sendJson('POST', `/api/lessons/${lesson.id}/submit`, { revision: 1 }, writer.headers));
    expect(submitted.status).toBe('submitted');
    expect(submitted.mayApprove).toBe(false);

    const seen = await readJson<Lesson>(await fetchApp(`/api/lessons/${lesson.id}`, { headers: reviewer.headers }));
    expect(seen.mayApprove).toBe(true);
    const approved = await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, reviewer.headers);
    const live = await readJson<Lesson>(approved);
    expect(approved.status, JSON.stringify(live)).toBe(200);
    expect(live.status).toBe('published');

    expect(await auditActions(lesson.id)).toEqual(['lesson.create', 'lesson.submit', 'lesson.approve']);
    const list = await readJson<{ items: { id: number; status: string }[] }>(await fetchApp('/api/lessons', { headers: reviewer.headers }));
    expect(list.items.find((i) => i.id === lesson.id)?.status).toBe('published');
  });

  it('keeps an edit of a published lesson pending: readers see the live version until a second editor approves', async () => {
    const lesson = await readJson<Lesson>(await sendJson('POST', '/api/lessons', lessonContent({ title: 'Bình luận lịch sự' }), writer.headers));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, writer.headers);
    await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, reviewer.headers);

    const edited = await readJson<Lesson>(await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, title: 'Bình luận lịch sự, có trách nhiệm' }, writer.headers));
    expect(edited.status).toBe('published');
    expect(edited.title).toBe('Bình luận lịch sự');
    expect(edited.pendingContent).toMatchObject({ title: 'Bình luận lịch sự, có trách nhiệm' });
    expect(edited.revision).toBe(2);
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, lesson.id)).get();
    expect(row?.title).toBe('Bình luận lịch sự');

    const approved = await readJson<Lesson>(await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 2 }, reviewer.headers));
    expect(approved.title).toBe('Bình luận lịch sự, có trách nhiệm');
    expect(approved.pendingContent).toBeNull();
    expect(approved.slug).toBe(lesson.slug);
  });

  it('sends a lesson back with a reason, which goes back to draft on the next edit, and archives it', async () => {
    const lesson = await readJson<Lesson>(await sendJson('POST', '/api/lessons', lessonContent({ title: 'Không đăng tài liệu nội bộ' }), writer.headers));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, writer.headers);
    const rejected = await readJson<Lesson & { rejectionReason: string }>(
      await sendJson('POST', `/api/lessons/${lesson.id}/reject`, { reason: 'Thêm một câu về nguồn tin' }, reviewer.headers),
    );
    expect(rejected.status).toBe('rejected');
    expect(rejected.rejectionReason).toBe('Thêm một câu về nguồn tin');
    const redrafted = await readJson<Lesson>(await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, summary: 'Có thêm câu về nguồn tin.' }, writer.headers));
    expect(redrafted.status).toBe('draft');
    const archived = await readJson<Lesson>(await sendJson('POST', `/api/lessons/${lesson.id}/archive`, {}, reviewer.headers));
    expect(archived.status).toBe('archived');
    const rows = await createDb(env.DB).select().from(auditLog).where(and(eq(auditLog.target, `lesson:${lesson.id}`), eq(auditLog.action, 'lesson.reject'))).all();
    expect(rows[0]?.after).toMatchObject({ reason: 'Thêm một câu về nguồn tin' });
  });
});
