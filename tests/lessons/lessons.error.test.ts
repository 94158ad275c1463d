import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { lessonContent, questionsOf } from './helpers';

type Problem = { status: number; errors?: { path: string; message: string }[]; currentRevision?: number; currentState?: string };

let editor: TestUser;
let other: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
  other = await signedInAs('editor', { provinceCode: null });
});

async function refused(body: unknown) {
  const res = await sendJson('POST', '/api/lessons', body, editor.headers);
  const problem = await readJson<Problem>(res);
  expect(res.status, JSON.stringify(problem)).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return problem.errors ?? [];
}

describe('a lesson that breaks the quiz rules is refused, naming the field', () => {
  it('fewer than 5 questions', async () => {
    expect(await refused(lessonContent({ questions: questionsOf(4) }))).toContainEqual({ path: 'questions', message: 'At least 5 questions' });
  });

  it('more than 10 questions', async () => {
    expect(await refused(lessonContent({ questions: questionsOf(11) }))).toContainEqual({ path: 'questions', message: 'At most 10 questions' });
  });

  it('a question without a correct answer (missing, or pointing past the last answer)', async () => {
    const questions = questionsOf(5);
    const noCorrect = { ...questions[2], correct: undefined };
    const past = { ...questions[3], correct: 3 };
    const errors = await refused(lessonContent({ questions: [questions[0], questions[1], noCorrect, past, questions[4]] as never }));
    expect(errors).toContainEqual({ path: 'questions.2.correct', message: 'Mark the one correct answer' });
    expect(errors).toContainEqual({ path: 'questions.3.correct', message: 'Mark the one correct answer' });
  });

  it('an answer without its explanation', async () => {
    const questions = questionsOf(5);
    questions[1]!.options[2]!.explanation = '  ';
    expect(await refused(lessonContent({ questions }))).toContainEqual({ path: 'questions.1.options.2.explanation', message: 'Explain why this answer is right or wrong' });
  });

  it('one answer only, or seven', async () => {
    const questions = questionsOf(5);
    questions[0]!.options = questions[0]!.options.slice(0, 1);
    questions[0]!.correct = 0;
    const seven = Array.from({ length: 7 }, (_, i) => ({ text: `Phương án ${i}`, explanation: 'Vì sao' }));
    questions[4]!.options = seven;
    const errors = await refused(lessonContent({ questions }));
    expect(errors).toContainEqual({ path: 'questions.0.options', message: 'At least 2 answers' });
    expect(errors).toContainEqual({ path: 'questions.4.options', message: 'At most 6 answers' });
  });

  it('too long: title, body, a question, an answer', async () => {
    const questions = questionsOf(5);
    questions[0]!.prompt = 'x'.repeat(301);
    questions[1]!.options[0]!.text = 'x'.repeat(201);
    const errors = await refused(lessonContent({ title: 'T'.repeat(161), body: 'b'.repeat(20_001), questions }));
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['title', 'body', 'questions.0.prompt', 'questions.1.options.0.text']));
  });

  it('an empty body and unknown fields', async () => {
    const errors = await refused({ ...lessonContent({ body: '' }), status: 'published' });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['body', 'status']));
  });

  it('a reason too short to send a lesson back', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', lessonContent(), editor.headers));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, editor.headers);
    const res = await sendJson('POST', `/api/lessons/${lesson.id}/reject`, { reason: 'x' }, other.headers);
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors).toContainEqual({ path: 'reason', message: 'Say why, in at least 3 characters' });
  });
});

describe('a stale or out-of-turn change answers 409 with where the lesson is now', () => {
  it('a save from an old revision', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', lessonContent(), editor.headers));
    expect((await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, summary: 'Bản thứ hai' }, editor.headers)).status).toBe(200);
    const res = await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, summary: 'Sửa trên bản cũ' }, other.headers);
    const problem = await readJson<Problem>(res);
    expect(res.status).toBe(409);
    expect(problem).toMatchObject({ currentRevision: 2, currentState: 'draft' });
  });

  it('an approval of a revision other than the one waiting', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', lessonContent(), editor.headers));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, editor.headers);
    const res = await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 7 }, other.headers);
    expect(res.status).toBe(409);
  });

  it('approving a draft, submitting twice, editing an archived lesson', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', lessonContent(), editor.headers));
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, other.headers)).status).toBe(409);
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, editor.headers);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, editor.headers)).status).toBe(409);
    await sendJson('POST', `/api/lessons/${lesson.id}/archive`, {}, other.headers);
    expect((await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, summary: 'x' }, editor.headers)).status).toBe(409);
  });

  it('an unknown lesson is 404', async () => {
    expect((await sendJson('PATCH', '/api/lessons/999999', { revision: 1, summary: 'x' }, editor.headers)).status).toBe(404);
  });
});
