import { beforeAll, describe, expect, it } from 'vitest';
import { demoLesson } from '../../scripts/seed/lesson-data';
import { QUIZ_LIMIT } from '../../workers/learn/learn-limits';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { answersWith, ATTEMPTS_URL, postQuiz, rowsOf } from './helpers';

type Problem = { status: number; errors?: { path: string; message: string }[] };

beforeAll(async () => {
  await seedDemo();
});

describe('bad submissions are refused with the field named, never a 500', () => {
  it.each([
    ['too few answers', { answers: [0, 1] }, 'answers'],
    ['too many answers', { answers: [...answersWith(7), 0] }, 'answers'],
    ['no answers', { answers: [] }, 'answers'],
    ['no list at all', {}, 'answers'],
    ['not numbers', { answers: ['a', 0, 0, 0, 0, 0, 0] }, 'answers.0'],
    ['a fraction', { answers: [0.5, 0, 0, 0, 0, 0, 0] }, 'answers.0'],
    ['a negative option', { answers: [0, -1, 0, 0, 0, 0, 0] }, 'answers.1'],
    ['an option the question lacks', { answers: [0, 0, 9, 0, 0, 0, 0] }, 'answers.2'],
  ])('%s → 400 naming %s', async (_name, body, path) => {
    const res = await sendJson('POST', ATTEMPTS_URL, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await readJson<Problem>(res);
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it('a wrong number of answers from a member stores nothing', async () => {
    const m = await signedInAs('member');
    expect((await sendJson('POST', ATTEMPTS_URL, { answers: [1, 1, 1] }, m.headers)).status).toBe(400);
    expect(await rowsOf('lesson_attempts', m.id)).toHaveLength(0);
  });

  it('an unknown lesson is 404 for the page, the JSON and a submission; a slug with pattern characters is refused', async () => {
    expect((await fetchApp('/hoc/khong-co-bai-nay')).status).toBe(404);
    expect((await fetchApp('/api/learn/lessons/khong-co-bai-nay')).status).toBe(404);
    expect((await sendJson('POST', '/api/learn/lessons/khong-co-bai-nay/attempts', { answers: answersWith(7) })).status).toBe(404);
    expect((await fetchApp('/api/learn/lessons/%25%25')).status).toBe(400);
  });
});

describe('rate limit', () => {
  it(`a member gets ${QUIZ_LIMIT.limit} submissions per window, then 429 (JSON) or the form with a message (no JS)`, async () => {
    const m = await signedInAs('member');
    for (let i = 0; i < QUIZ_LIMIT.limit; i++) {
      expect((await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(7) }, m.headers)).status).toBe(200);
    }
    const refused = await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(7) }, m.headers);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    const form = await postQuiz(answersWith(demoLesson.questions.length), m.headers);
    expect(form.status).toBe(429);
    const html = await form.text();
    expect(html).toContain('Bạn nộp bài quá nhanh');
    expect(html).toMatch(/id="q-0-\d"[^>]*checked/);
    expect(await rowsOf('lesson_attempts', m.id)).toHaveLength(QUIZ_LIMIT.limit);
  });
});
