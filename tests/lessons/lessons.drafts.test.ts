// Unfinished drafts: a save needs only a title and well-formed pieces; the complete quiz rules
// apply when the lesson goes to review, to an edit waiting for approval, and again at approval,
// so readers never get a lesson with fewer than 5 valid questions.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessons, type LessonQuestion } from '../../schema';
import { createDb } from '../../workers/core/db';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { lessonContent, questionsOf } from './helpers';

type Lesson = { id: number; slug: string; status: string; revision: number; title: string; questions: LessonQuestion[]; pendingContent: unknown };
type Problem = { status: number; errors?: { path: string; message: string }[] };

let writer: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  writer = await signedInAs('editor', { provinceCode: null });
  reviewer = await signedInAs('editor', { provinceCode: null });
});

async function create(body: unknown): Promise<Lesson> {
  const res = await sendJson('POST', '/api/lessons', body, writer.headers);
  const lesson = await readJson<Lesson>(res);
  expect(res.status, JSON.stringify(lesson)).toBe(201);
  return lesson;
}

async function publishedLesson(title: string): Promise<Lesson> {
  const lesson = await create(lessonContent({ title }));
  expect((await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, writer.headers)).status).toBe(200);
  expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, reviewer.headers)).status).toBe(200);
  return lesson;
}

const paths = async (res: Response) => ((await readJson<Problem>(res)).errors ?? []).map((e) => e.path);

describe('an unfinished draft saves, and goes to review only once complete', () => {
  it('a draft of 2 questions (one without its right answer or an explanation) saves; submitting it is refused naming `questions`; completed, it submits', async () => {
    const [first, second] = questionsOf(2);
    const unfinished = { ...second!, correct: undefined, options: [{ text: 'Chỉ mới nghĩ ra một phương án' }] };
    const lesson = await create({ title: 'Bản nháp chưa xong', questions: [first, unfinished] });
    expect(lesson.status).toBe('draft');
    expect(lesson.questions).toHaveLength(2);
    expect(lesson.questions[1]).toEqual({ prompt: second!.prompt, options: [{ text: 'Chỉ mới nghĩ ra một phương án', explanation: '' }], correct: null });

    // A title alone is a draft too, and a PATCH may keep it unfinished.
    const titleOnly = await create({ title: 'Chỉ có tiêu đề' });
    expect(titleOnly.questions).toEqual([]);
    const patched = await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, body: '', questions: questionsOf(3) }, writer.headers);
    expect(patched.status, await patched.clone().text()).toBe(200);

    const refused = await sendJson('POST', `/api/lessons/${lesson.id}/submit`, { revision: 2 }, writer.headers);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<Problem>(refused)).errors).toEqual(
      expect.arrayContaining([
        { path: 'body', message: 'Write the lesson text' },
        { path: 'questions', message: 'At least 5 questions' },
      ]),
    );
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, lesson.id)).get();
    expect(row?.status).toBe('draft');
    expect(row?.submittedAt).toBeNull();

    const done = await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 2, body: 'Nội dung đầy đủ.', questions: questionsOf(5) }, writer.headers);
    expect(done.status).toBe(200);
    const submitted = await sendJson('POST', `/api/lessons/${lesson.id}/submit`, { revision: 3 }, writer.headers);
    expect(submitted.status, await submitted.clone().text()).toBe(200);
    expect((await readJson<Lesson>(submitted)).status).toBe('submitted');
  });

  it('a lesson waiting for review keeps the complete rules on every save', async () => {
    const lesson = await create(lessonContent({ title: 'Đang chờ duyệt' }));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, writer.headers);
    const res = await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, questions: questionsOf(2) }, writer.headers);
    expect(res.status).toBe(400);
    expect(await paths(res)).toContain('questions');
  });
});

describe('a published lesson never has fewer than 5 valid questions', () => {
  it('an edit of a published lesson (it waits for approval) is checked when saved', async () => {
    const lesson = await publishedLesson('Đã đăng, sửa dở');
    const questions: LessonQuestion[] = questionsOf(5);
    questions[2]!.correct = null;
    const res = await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, questions }, writer.headers);
    expect(res.status).toBe(400);
    expect(await paths(res)).toEqual(['questions.2.correct']);
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, lesson.id)).get();
    expect(row?.pendingContent).toBeNull();
  });

  it('approval checks again: a submitted lesson whose questions became incomplete is refused, naming the field, and readers never see it', async () => {
    const lesson = await create(lessonContent({ title: 'Hỏng trước khi duyệt' }));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, writer.headers);
    // E.g. a row written before these rules, or by hand: the approval must not trust the submit.
    await createDb(env.DB).update(lessons).set({ questions: questionsOf(4) }).where(eq(lessons.id, lesson.id)).run();

    const res = await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, reviewer.headers);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<Problem>(res)).errors).toEqual([{ path: 'questions', message: 'At least 5 questions' }]);
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, lesson.id)).get();
    expect(row?.status).toBe('submitted');
    expect(row?.publishedAt).toBeNull();
    expect((await fetchApp(`/hoc/${lesson.slug}`)).status).toBe(404);
    const list = await readJson<{ items: { slug: string }[] }>(await fetchApp('/api/learn/lessons'));
    expect(list.items.map((i) => i.slug)).not.toContain(lesson.slug);
  });

  it('approval of a pending edit checks it too; readers keep the live version', async () => {
    const lesson = await publishedLesson('Bản sửa hỏng');
    const broken = questionsOf(5);
    broken[1]!.options[0]!.explanation = '';
    await createDb(env.DB)
      .update(lessons)
      .set({ pendingContent: { ...lessonContent({ title: 'Bản sửa hỏng' }), questions: broken }, pendingBy: writer.id, revision: 2 })
      .where(eq(lessons.id, lesson.id))
      .run();
    const res = await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 2 }, reviewer.headers);
    expect(res.status).toBe(400);
    expect(await paths(res)).toEqual(['questions.1.options.0.explanation']);
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, lesson.id)).get();
    expect(row?.questions[1]?.options[0]?.explanation).not.toBe('');
    expect(row?.pendingContent).not.toBeNull();
  });
});
