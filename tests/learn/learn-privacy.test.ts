import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LESSON_SLUG } from '../../scripts/seed/lesson-data';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { answersWith, ATTEMPTS_URL, rowsOf } from './helpers';

beforeAll(async () => {
  await seedDemo();
});

type Export = { lessonAttempts: { lesson: { slug: string }; answers: number[]; percent: number; passed: boolean }[]; lessonCompletions: { lesson: { slug: string }; percent: number }[] };

describe('quiz attempts are personal data', () => {
  it('the personal-data export lists every attempt and the completion', async () => {
    const m = await signedInAs('member');
    await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(3) }, m.headers);
    await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(7) }, m.headers);
    const data = await readJson<Export>(await fetchApp('/api/me/export', { headers: m.headers }));
    expect(data.lessonAttempts.map((a) => [a.lesson.slug, a.percent, a.passed])).toEqual([
      [DEMO_LESSON_SLUG, 100, true],
      [DEMO_LESSON_SLUG, 42, false],
    ]);
    expect(data.lessonAttempts[0]?.answers).toEqual(answersWith(7));
    expect(data.lessonCompletions).toEqual([expect.objectContaining({ lesson: expect.objectContaining({ slug: DEMO_LESSON_SLUG }), percent: 100 })]);
  });

  it('erasing the account removes its attempts and completions', async () => {
    const m = await signedInAs('member', { deletionRequestedAt: Date.now() });
    await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(7) }, m.headers);
    expect(await rowsOf('lesson_attempts', m.id)).toHaveLength(1);
    const admin = await signedInAs('admin', { provinceCode: null });
    expect((await sendJson('POST', `/api/users/${m.id}/erase`, {}, admin.headers)).status).toBe(200);
    expect(await rowsOf('lesson_attempts', m.id)).toHaveLength(0);
    expect(await rowsOf('lesson_completions', m.id)).toHaveLength(0);
  });
});
