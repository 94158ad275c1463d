// The desk without JavaScript: forms post, the server re-renders with every typed value.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessons } from '../../schema';
import { createDb } from '../../workers/core/db';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { insertLesson } from './helpers';

let writer: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  writer = await signedInAs('editor', { provinceCode: null });
  reviewer = await signedInAs('editor', { provinceCode: null });
});

/** A filled form: `n` questions in slots 0…n-1, three answers each, the second one right. */
function filledForm(n: number, over: Record<string, string> = {}): URLSearchParams {
  const form = new URLSearchParams({ title: 'Bình luận có trách nhiệm', summary: 'Tóm tắt ngắn', body: 'Hãy **bình tĩnh** khi bình luận.' });
  for (let i = 0; i < n; i++) {
    form.set(`q${i}.prompt`, `Câu ${i + 1}: khi gặp tin sai nên làm gì?`);
    form.set(`q${i}.correct`, '1');
    for (let j = 0; j < 3; j++) {
      form.set(`q${i}.o${j}.text`, `Phương án ${j + 1} của câu ${i + 1}`);
      form.set(`q${i}.o${j}.explanation`, `Giải thích ${j + 1} của câu ${i + 1}`);
    }
  }
  for (const [k, v] of Object.entries(over)) form.set(k, v);
  return form;
}

const post = (path: string, user: TestUser, form: URLSearchParams) =>
  fetchApp(path, { method: 'POST', headers: { ...user.headers, accept: 'text/html' }, body: form, redirect: 'manual' });
const page = (path: string, user: TestUser) => fetchApp(path, { headers: { ...user.headers, accept: 'text/html' } });

describe('writing a lesson in the form', () => {
  it('saves a draft (blank slots ignored) and shows it with its state in words', async () => {
    const res = await post('/editor/lessons', writer, filledForm(5));
    expect(res.status, await res.clone().text()).toBe(303);
    const where = res.headers.get('location') ?? '';
    expect(where).toMatch(/^\/editor\/lessons\/\d+\?done=created$/);
    const id = Number(/\/(\d+)\?/.exec(where)?.[1]);
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, id)).get();
    expect(row?.questions).toHaveLength(5);
    expect(row?.questions[0]).toEqual({
      prompt: 'Câu 1: khi gặp tin sai nên làm gì?',
      options: [1, 2, 3].map((j) => ({ text: `Phương án ${j} của câu 1`, explanation: `Giải thích ${j} của câu 1` })),
      correct: 1,
    });
    expect(row?.bodyHtml).toContain('<strong>bình tĩnh</strong>');
    const html = await (await page(where, writer)).text();
    expect(html).toContain('Đã lưu bản nháp.');
    expect(html).toContain('Trạng thái: Bản nháp.');
    expect(html).not.toMatch(/>draft</);
  });

  it('saves an unfinished draft: 2 questions, one without its right answer, an answer without its explanation', async () => {
    const form = filledForm(2, { 'q0.o2.explanation': '' });
    form.delete('q1.correct');
    const res = await post('/editor/lessons', writer, form);
    expect(res.status, await res.clone().text()).toBe(303);
    const where = res.headers.get('location') ?? '';
    const id = Number(/\/(\d+)\?/.exec(where)?.[1]);
    const row = await createDb(env.DB).select().from(lessons).where(eq(lessons.id, id)).get();
    expect(row?.status).toBe('draft');
    expect(row?.questions).toHaveLength(2);
    expect(row?.questions[1]?.correct).toBeNull();
    expect(row?.questions[0]?.options[2]).toEqual({ text: 'Phương án 3 của câu 1', explanation: '' });
    const html = await (await page(where, writer)).text();
    expect(html).toContain('Đã lưu bản nháp.');
    expect(html).toMatch(/name="q0\.correct" value="1" checked/);
    expect(html).not.toMatch(/name="q1\.correct" value="\d" checked/);
  });

  it('a save still keeps every limit: every typed value kept, each message next to its field', async () => {
    // Question 3 is typed in slot 6 (slots 2–5 blank): errors must point at slot 6.
    const form = filledForm(2, { 'q6.prompt': 'Câu hỏi ở ô thứ bảy', 'q6.o0.text': 'x'.repeat(201), 'q6.o0.explanation': '', 'q6.o1.text': 'Hai', 'q6.o1.explanation': 'Vì hai' });
    form.delete('q1.correct');
    const res = await post('/editor/lessons', writer, form);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Chưa lưu được');
    expect(html).toMatch(/id="lf-q6-o0-text-error"[^>]*>Tối đa 200 ký tự/);
    expect(html).toContain('href="#lf-q6-o0-text"');
    // Unfinished is not wrong in a draft: no count, right-answer or explanation refusals.
    expect(html).not.toContain('Cần ít nhất 5 câu hỏi');
    expect(html).not.toContain('id="lf-q1-correct-error"');
    // Every value typed is back in its slot.
    expect(html).toContain('value="Bình luận có trách nhiệm"');
    expect(html).toContain('>Hãy **bình tĩnh** khi bình luận.</textarea>');
    expect(html).toContain('>Câu hỏi ở ô thứ bảy</textarea>');
    expect(html).toContain('value="Hai"');
    expect(html).toContain('>Giải thích 3 của câu 2</textarea>');
    expect(html).toMatch(/name="q0\.correct" value="1" checked/);
  });

  it('"send for review" refuses an incomplete draft with each message next to its field and the summary linking to it', async () => {
    const form = filledForm(2, { 'q0.o2.explanation': '' });
    form.delete('q1.correct');
    const created = await post('/editor/lessons', writer, form);
    const id = Number(/\/(\d+)\?/.exec(created.headers.get('location') ?? '')?.[1]);
    const res = await post(`/editor/lessons/${id}/submit`, writer, new URLSearchParams({ revision: '1' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Bài học chưa đủ để duyệt');
    expect(html).toMatch(/id="lf-questions-error"[^>]*>Cần ít nhất 5 câu hỏi/);
    expect(html).toMatch(/id="lf-q1-correct-error"[^>]*>Hãy chọn một đáp án đúng/);
    expect(html).toMatch(/id="lf-q0-o2-explanation-error"[^>]*>Hãy giải thích vì sao phương án này đúng hay sai/);
    expect(html).toContain('href="#lf-q1-correct"');
    expect(html).toContain('href="#lf-questions"');
    // The saved draft is on the page as it was.
    expect(html).toContain('>Giải thích 2 của câu 2</textarea>');
    expect((await createDb(env.DB).select().from(lessons).where(eq(lessons.id, id)).get())?.status).toBe('draft');
  });

  it('adds an answer box to one question without saving, and keeps what was typed', async () => {
    const res = await post('/editor/lessons', writer, filledForm(5, { more: '2', 'q4.o2.text': 'Giữ nguyên' }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="lf-q2-o4-text"');
    expect(html).not.toContain('id="lf-q1-o4-text"');
    expect(html).toContain('value="Giữ nguyên"');
    expect(html).not.toContain('Đã lưu bản nháp.');
    expect(html).not.toContain('Chưa lưu được');
  });

  it('lists lessons newest first with their state in words', async () => {
    const older = await insertLesson({ title: 'Bài cũ hơn', status: 'published', updatedAt: Date.now() - 60_000 });
    const newer = await insertLesson({ title: 'Bài mới hơn', status: 'submitted', updatedAt: Date.now() + 60_000 });
    const html = await (await page('/editor/lessons', writer)).text();
    expect(html.indexOf(`/editor/lessons/${newer}"`)).toBeLessThan(html.indexOf(`/editor/lessons/${older}"`));
    expect(html).toContain('Chờ duyệt');
    expect(html).toContain('Đã đăng');
  });
});

describe('review on the desk', () => {
  it('submit, then the writer sees why they cannot approve; a second editor approves', async () => {
    const created = await post('/editor/lessons', writer, filledForm(5));
    const id = Number(/\/(\d+)\?/.exec(created.headers.get('location') ?? '')?.[1]);
    expect((await post(`/editor/lessons/${id}/submit`, writer, new URLSearchParams({ revision: '1' }))).status).toBe(303);
    const mine = await (await page(`/editor/lessons/${id}`, writer)).text();
    expect(mine).toContain('Bạn là người sửa bài này lần cuối');
    expect(mine).not.toContain(`action="/editor/lessons/${id}/approve"`);
    const refused = await post(`/editor/lessons/${id}/approve`, writer, new URLSearchParams({ revision: '1' }));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Bạn là người sửa bài này lần cuối');

    const theirs = await (await page(`/editor/lessons/${id}`, reviewer)).text();
    expect(theirs).toContain(`action="/editor/lessons/${id}/approve"`);
    const approved = await post(`/editor/lessons/${id}/approve`, reviewer, new URLSearchParams({ revision: '1' }));
    expect(approved.headers.get('location')).toBe(`/editor/lessons/${id}?done=approved`);
    expect((await createDb(env.DB).select().from(lessons).where(eq(lessons.id, id)).get())?.status).toBe('published');
  });

  it('a rejection without a reason keeps the form and says why', async () => {
    const id = await insertLesson({ status: 'submitted', lastEditorId: writer.id });
    const res = await post(`/editor/lessons/${id}/reject`, reviewer, new URLSearchParams({ reason: 'x' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="lf-reason-error"[^>]*>Hãy nêu lý do, ít nhất 3 ký tự/);
    expect(html).toContain('>x</textarea>');
  });

  it('a save from a stale revision keeps the typed text and explains', async () => {
    const id = await insertLesson({ status: 'draft', revision: 3 });
    const res = await post(`/editor/lessons/${id}`, writer, filledForm(5, { revision: '2', title: 'Tiêu đề tôi vừa gõ' }));
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('vừa được người khác thay đổi (nay là bản sửa số 3');
    expect(html).toContain('value="Tiêu đề tôi vừa gõ"');
  });

  it('preview shows the rendered text, the right answers and every explanation', async () => {
    const id = await insertLesson({ status: 'draft', bodyHtml: '<p>Nội dung <strong>đậm</strong></p>' });
    const html = await (await page(`/editor/lessons/${id}/preview`, writer)).text();
    expect(html).toContain('<strong>đậm</strong>');
    expect(html).toContain('Đáp án đúng');
    expect(html).toContain('Đúng: kiểm chứng trước khi chia sẻ.');
  });

  it('the desk dashboard links to the lessons', async () => {
    const html = await (await page('/editor', writer)).text();
    expect(html).toContain('href="/editor/lessons"');
  });
});
