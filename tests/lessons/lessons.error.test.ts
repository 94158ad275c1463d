import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
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

/** A draft that saves (201) and then is refused at submit (400): the complete rules, naming the fields. */
async function refusedAtSubmit(body: unknown) {
  const created = await sendJson('POST', '/api/lessons', body, editor.headers);
  const lesson = await readJson<{ id: number; status: string }>(created);
  expect(created.status, JSON.stringify(lesson)).toBe(201);
  const res = await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, editor.headers);
  const problem = await readJson<Problem>(res);
  expect(res.status, JSON.stringify(problem)).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const after = await readJson<{ status: string }>(await fetchApp(`/api/lessons/${lesson.id}`, { headers: editor.headers }));
  expect(after.status).toBe('draft');
  return problem.errors ?? [];
}

describe('a draft save keeps every type and length limit, naming the field', () => {
  it('more than 10 questions, or seven answers', async () => {
    expect(await refused(lessonContent({ questions: questionsOf(11) }))).toContainEqual({ path: 'questions', message: 'At most 10 questions' });
    const questions = questionsOf(2);
    questions[1]!.options = Array.from({ length: 7 }, (_, i) => ({ text: `Phương án ${i}`, explanation: 'Vì sao' }));
    expect(await refused(lessonContent({ questions }))).toContainEqual({ path: 'questions.1.options', message: 'At most 6 answers' });
  });

  it('a right answer pointing past the last answer, or not a whole number', async () => {
    const questions = questionsOf(3);
    const past = { ...questions[1]!, correct: 3 };
    const text = { ...questions[2]!, correct: '1' };
    const errors = await refused(lessonContent({ questions: [questions[0], past, text] as never }));
    expect(errors).toContainEqual({ path: 'questions.1.correct', message: 'Mark the one correct answer' });
    expect(errors).toContainEqual({ path: 'questions.2.correct', message: 'Mark the one correct answer' });
  });

  it('too long: title, body, a question, an answer, an explanation', async () => {
    const questions = questionsOf(2);
    questions[0]!.prompt = 'x'.repeat(301);
    questions[1]!.options[0]!.text = 'x'.repeat(201);
    questions[1]!.options[2]!.explanation = 'x'.repeat(501);
    const errors = await refused(lessonContent({ title: 'T'.repeat(161), body: 'b'.repeat(20_001), questions }));
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['title', 'body', 'questions.0.prompt', 'questions.1.options.0.text', 'questions.1.options.2.explanation']),
    );
  });

  it('no title, a title too short, unknown fields', async () => {
    expect((await refused({ questions: [] })).map((e) => e.path)).toContain('title');
    const errors = await refused({ title: 'ab', status: 'published' });
    expect(errors).toContainEqual({ path: 'title', message: 'At least 3 characters' });
    expect(errors.map((e) => e.path)).toContain('status');
  });

  it('the same limits on an edit (PATCH)', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', { title: 'Bản nháp dở dang' }, editor.headers));
    const questions = questionsOf(1);
    questions[0]!.options[0]!.text = 'x'.repeat(201);
    const res = await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, questions }, editor.headers);
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors).toContainEqual({ path: 'questions.0.options.0.text', message: 'At most 200 characters' });
  });
});

describe('a lesson that breaks the quiz rules is refused at submit, naming the field', () => {
  it('fewer than 5 questions', async () => {
    expect(await refusedAtSubmit(lessonContent({ questions: questionsOf(4) }))).toContainEqual({ path: 'questions', message: 'At least 5 questions' });
  });

  it('a question without a correct answer', async () => {
    const questions = questionsOf(5);
    const noCorrect = { ...questions[2]!, correct: undefined };
    const nulled = { ...questions[3]!, correct: null };
    const errors = await refusedAtSubmit(lessonContent({ questions: [questions[0], questions[1], noCorrect, nulled, questions[4]] as never }));
    expect(errors).toContainEqual({ path: 'questions.2.correct', message: 'Mark the one correct answer' });
    expect(errors).toContainEqual({ path: 'questions.3.correct', message: 'Mark the one correct answer' });
  });

  it('an answer without its explanation (blank, or left out)', async () => {
    const questions = questionsOf(5);
    questions[1]!.options[2]!.explanation = '  ';
    const errors = await refusedAtSubmit(lessonContent({ questions: [...questions.slice(0, 4), { ...questions[4]!, options: [{ text: 'Một' }, { text: 'Hai', explanation: 'Vì hai' }] }] as never }));
    expect(errors).toContainEqual({ path: 'questions.1.options.2.explanation', message: 'Explain why this answer is right or wrong' });
    expect(errors).toContainEqual({ path: 'questions.4.options.0.explanation', message: 'Explain why this answer is right or wrong' });
  });

  it('one answer only, an empty answer, an empty question', async () => {
    const questions = questionsOf(5);
    questions[0]!.options = questions[0]!.options.slice(0, 1);
    questions[0]!.correct = 0;
    questions[2]!.options[1]!.text = '';
    questions[3]!.prompt = '';
    const errors = await refusedAtSubmit(lessonContent({ questions }));
    expect(errors).toContainEqual({ path: 'questions.0.options', message: 'At least 2 answers' });
    expect(errors).toContainEqual({ path: 'questions.2.options.1.text', message: 'Write the answer' });
    expect(errors).toContainEqual({ path: 'questions.3.prompt', message: 'Write the question' });
  });

  it('an empty body, and fewer than 5 questions named together with the broken ones', async () => {
    const questions = questionsOf(2);
    questions[1]!.correct = null as never;
    const errors = await refusedAtSubmit(lessonContent({ body: '', questions }));
    expect(errors).toContainEqual({ path: 'body', message: 'Write the lesson text' });
    expect(errors).toContainEqual({ path: 'questions', message: 'At least 5 questions' });
    expect(errors).toContainEqual({ path: 'questions.1.correct', message: 'Mark the one correct answer' });
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
