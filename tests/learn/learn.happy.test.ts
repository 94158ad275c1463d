import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoLesson, DEMO_LESSON_SLUG } from '../../scripts/seed/lesson-data';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { answersWith, ATTEMPTS_URL, countAll, LESSON_PATH, postQuiz, rowsOf, unitIdOf } from './helpers';

const ALL_RIGHT = answersWith(demoLesson.questions.length);
const BEN_NGHE_3 = 'Đảng bộ phường Bến Nghé / Chi bộ khu phố 3';

beforeAll(async () => {
  await seedDemo();
});

const member = async () => signedInAs('member', { provinceCode: 'HCM', unitId: await unitIdOf('HCM', BEN_NGHE_3), unit: BEN_NGHE_3 });

describe('reading lessons', () => {
  it('/hoc lists the published demo lesson; /learn is the same list with the canonical on /hoc', async () => {
    for (const path of ['/hoc', '/learn']) {
      const res = await fetchApp(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Năm việc khi dùng mạng xã hội');
      expect(html).toContain(`href="${path}/${DEMO_LESSON_SLUG}"`);
      expect(html).toContain('<link rel="canonical" href="https://lantoa.test/hoc"');
    }
  });

  it('/learn is in English unless the reader chose Vietnamese; /hoc is Vietnamese', async () => {
    expect(await (await fetchApp('/learn')).text()).toContain('Learn the rules for going online');
    expect(await (await fetchApp('/hoc')).text()).toContain('Học quy tắc khi lên mạng');
    expect(await (await fetchApp('/learn?lang=vi')).text()).toContain('Học quy tắc khi lên mạng');
  });

  it('the lesson page shows the body and the quiz as radio groups, with no right answer or explanation in it', async () => {
    const html = await (await fetchApp(LESSON_PATH)).text();
    expect(html).toContain('Luật An ninh mạng năm 2018');
    expect(html.match(/<fieldset/g)).toHaveLength(demoLesson.questions.length);
    expect(html.match(/<legend>/g)).toHaveLength(demoLesson.questions.length);
    expect(html).toContain(`action="${LESSON_PATH}"`);
    for (const q of demoLesson.questions) for (const o of q.options) expect(html).not.toContain(o.explanation);
    expect(html).toContain('Đăng nhập để được ghi nhận');
    expect(html).toContain('/js/learn.js');
  });

  it('the JSON lesson carries prompts and options only', async () => {
    const body = await readJson<{ questions: Record<string, unknown>[]; passPercent: number }>(await fetchApp(`/api/learn/lessons/${DEMO_LESSON_SLUG}`));
    expect(body.passPercent).toBe(80);
    expect(body.questions).toHaveLength(demoLesson.questions.length);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/"correct"|"explanation"/);
    for (const q of demoLesson.questions) for (const o of q.options) expect(text).not.toContain(o.explanation);
    expect(body.questions[0]).toEqual({ prompt: demoLesson.questions[0]?.prompt, options: demoLesson.questions[0]?.options.map((o) => ({ text: o.text })) });
  });
});

describe('taking the quiz without JavaScript (form post)', () => {
  it('an anonymous reader gets the results page: score, passed in words, every answer explained, retake; nothing is stored', async () => {
    const before = await countAll('lesson_attempts');
    const res = await postQuiz(answersWith(6));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('6/7 — 85 %');
    expect(html).toContain('Đạt: bạn đã trả lời đúng từ 80 % trở lên.');
    for (const q of demoLesson.questions) for (const o of q.options) expect(html).toContain(o.explanation);
    expect(html).toContain('Bạn chọn');
    expect(html).toContain('Đáp án đúng');
    expect(html).toContain(`href="${LESSON_PATH}?retake=1#quiz"`);
    expect(html).toContain('Làm lại');
    expect(html).toContain('Kết quả này không được lưu vì bạn chưa đăng nhập.');
    expect(await countAll('lesson_attempts')).toBe(before);
  });

  it('a score under 80 % says so, in words', async () => {
    const html = await (await postQuiz(answersWith(5))).text();
    expect(html).toContain('5/7 — 71 %');
    expect(html).toContain('Chưa đạt');
  });

  it('an unanswered question re-renders the form with the message next to it and every choice kept (400)', async () => {
    const answers: (number | null)[] = [...ALL_RIGHT];
    answers[2] = null;
    const res = await postQuiz(answers);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="q-2-error"');
    expect(html).toContain('Hãy chọn một đáp án cho câu này.');
    expect(html).toContain('href="#q-2-0"');
    const checked = [...html.matchAll(/id="q-(\d+)-(\d+)"[^>]*checked/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(checked).toEqual(ALL_RIGHT.map((a, i) => [i, a]).filter(([i]) => i !== 2));
  });

  it('/learn/:slug posts and answers on its own path', async () => {
    const res = await postQuiz(ALL_RIGHT, {}, `/learn/${DEMO_LESSON_SLUG}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`href="/learn/${DEMO_LESSON_SLUG}?retake=1#quiz"`);
  });

  it('a signed-in member’s form post is kept and, at 80 % or more, completes the lesson', async () => {
    const m = await member();
    const html = await (await postQuiz(ALL_RIGHT, m.headers)).text();
    expect(html).toContain('7/7 — 100 %');
    expect(html).toContain('Đã ghi nhận');
    expect(await rowsOf('lesson_attempts', m.id)).toHaveLength(1);
    expect(await rowsOf('lesson_completions', m.id)).toHaveLength(1);
  });
});

describe('attempts of a signed-in member (JSON)', () => {
  it('a fail is kept as an attempt only; the first pass completes once (unit and province snapshot); a retake keeps the first', async () => {
    const m = await member();
    const unitId = await unitIdOf('HCM', BEN_NGHE_3);

    const fail = await readJson<Record<string, unknown>>(await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(4) }, m.headers));
    expect(fail).toMatchObject({ correct: 4, total: 7, percent: 57, passed: false, recorded: true, firstPass: false });
    expect(await rowsOf('lesson_completions', m.id)).toHaveLength(0);

    const pass = await readJson<{ firstPass: boolean; results: { correct: number; explanations: string[] }[] }>(
      await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(6) }, m.headers),
    );
    expect(pass).toMatchObject({ percent: 85, passed: true, recorded: true, firstPass: true });
    expect(pass.results.map((r) => r.correct)).toEqual(demoLesson.questions.map((q) => q.correct));
    expect(pass.results[0]?.explanations).toEqual(demoLesson.questions[0]?.options.map((o) => o.explanation));
    const [first] = await rowsOf('lesson_completions', m.id);
    expect(first).toMatchObject({ unit_id: unitId, province_code: 'HCM', percent: 85 });

    // Retake: a better score is kept as an attempt; the completion stays the first pass.
    const again = await readJson<Record<string, unknown>>(await sendJson('POST', ATTEMPTS_URL, { answers: ALL_RIGHT }, m.headers));
    expect(again).toMatchObject({ percent: 100, passed: true, firstPass: false });
    expect(await rowsOf('lesson_completions', m.id)).toEqual([first]);
    const attempts = await rowsOf('lesson_attempts', m.id);
    expect(attempts.map((a) => a.percent)).toEqual([57, 85, 100]);
    expect(attempts.map((a) => a.unit_id)).toEqual([unitId, unitId, unitId]);
    expect(JSON.parse(String(attempts[2]?.answers))).toEqual(ALL_RIGHT);
  });

  it('an anonymous submission is scored but not stored', async () => {
    const before = [await countAll('lesson_attempts'), await countAll('lesson_completions')];
    const body = await readJson<Record<string, unknown>>(await sendJson('POST', ATTEMPTS_URL, { answers: ALL_RIGHT }));
    expect(body).toMatchObject({ passed: true, recorded: false, firstPass: false });
    expect([await countAll('lesson_attempts'), await countAll('lesson_completions')]).toEqual(before);
  });

  it('the lesson list and /me show the member’s completion; /me lists lessons not yet completed too', async () => {
    const m = await member();
    const meBefore = await (await fetchApp('/me', { headers: { ...m.headers, accept: 'text/html' } })).text();
    expect(meBefore).toContain('Bài học');
    expect(meBefore).toMatch(/data-me-lessons="todo"[\s\S]*Năm việc khi dùng mạng xã hội/);
    expect(meBefore).toContain('Bạn chưa hoàn thành bài học nào.');

    await sendJson('POST', ATTEMPTS_URL, { answers: ALL_RIGHT }, m.headers);
    const me = await (await fetchApp('/me', { headers: { ...m.headers, accept: 'text/html' } })).text();
    expect(me).toMatch(/data-me-lessons="done"[\s\S]*Năm việc khi dùng mạng xã hội[\s\S]*Hoàn thành ngày \d{2}\/\d{2}\/\d{4} với 100 %/);
    const list = await readJson<{ items: { slug: string; completion: { percent: number } | null }[] }>(await fetchApp('/api/learn/lessons', { headers: m.headers }));
    expect(list.items.find((i) => i.slug === DEMO_LESSON_SLUG)?.completion?.percent).toBe(100);
  });
});

describe('what readers see is the published row', () => {
  it('an edit waiting in pending_content is not shown; drafts are not found', async () => {
    const now = Date.now();
    const questions = JSON.stringify(demoLesson.questions);
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO lessons (slug, title, summary, body, body_html, questions, status, pending_content, published_at, created_at, updated_at) VALUES ('bai-co-ban-sua', 'Tiêu đề đang đăng', '', '', '<p>Nội dung đang đăng</p>', ?, 'published', ?, ?, ?, ?)",
      ).bind(questions, JSON.stringify({ title: 'Tiêu đề chờ duyệt', summary: '', body: 'Nội dung chờ duyệt', questions: demoLesson.questions }), now, now, now),
      env.DB.prepare(
        "INSERT INTO lessons (slug, title, summary, body, body_html, questions, status, created_at, updated_at) VALUES ('bai-nhap', 'Bản nháp', '', '', '', ?, 'draft', ?, ?)",
      ).bind(questions, now, now),
    ]);
    const html = await (await fetchApp('/hoc/bai-co-ban-sua')).text();
    expect(html).toContain('Tiêu đề đang đăng');
    expect(html).toContain('Nội dung đang đăng');
    expect(html).not.toContain('chờ duyệt');
    expect((await fetchApp('/hoc/bai-nhap')).status).toBe(404);
    expect((await fetchApp('/api/learn/lessons/bai-nhap')).status).toBe(404);
    expect((await sendJson('POST', '/api/learn/lessons/bai-nhap/attempts', { answers: ALL_RIGHT })).status).toBe(404);
    const list = await (await fetchApp('/hoc')).text();
    expect(list).not.toContain('Bản nháp');
  });
});
