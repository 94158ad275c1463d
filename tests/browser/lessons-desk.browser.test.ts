// The lessons desk on a phone and a laptop: a provincial editor (editor2@, HCM) writes a lesson
// with its quiz in the no-JS form, saves an unfinished draft of 4 questions, meets the "at least
// 5 questions" refusal when sending it for review (the draft kept, the message by the questions),
// completes it, saves, submits; the national editor (editor@) previews and approves it (four-eyes). Every
// step goes through checkDeskPage (axe, no overflow, 44 px tap targets on the phone).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Question `i` (slot i): a prompt, two answers with explanations, the second one right. */
async function fillQuestion(page: Page, i: number) {
  await page.fill(`#lf-q${i}-prompt`, `Câu ${i + 1}: trước khi chia sẻ một tin, bạn làm gì?`);
  await page.fill(`#lf-q${i}-o0-text`, 'Chia sẻ ngay cho nhanh');
  await page.fill(`#lf-q${i}-o0-explanation`, 'Chưa kiểm chứng thì chưa chia sẻ.');
  await page.fill(`#lf-q${i}-o1-text`, 'Kiểm tra nguồn tin trước');
  await page.fill(`#lf-q${i}-o1-explanation`, 'Đúng: suy nghĩ và kiểm chứng trước khi chia sẻ.');
  await page.check(`#lf-q${i}-o1-correct`);
}

describe('a lesson written, submitted and approved by a second editor', () => {
  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width} px`, async (ctx) => {
      if (!browser) return ctx.skip();
      const writerContext = await contextAt(browser, viewport);
      const reviewerContext = await contextAt(browser, viewport);
      try {
        writerContext.setDefaultTimeout(60_000);
        reviewerContext.setDefaultTimeout(60_000);
        const page = await signIn(writerContext, baseURL, 'editor2@lantoa.local');
        await page.goto(`${baseURL}/editor`);
        await Promise.all([page.waitForURL(/\/editor\/lessons$/), page.getByRole('link', { name: 'Bài học', exact: true }).click()]);
        await checkDeskPage(page, 'lessons-list', viewport);
        await Promise.all([page.waitForURL(/\/editor\/lessons\/new$/), page.getByRole('link', { name: 'Viết bài học mới' }).click()]);
        await checkDeskPage(page, 'lesson-new', viewport);

        const title = `Kiểm chứng trước khi chia sẻ ${viewport.name} ${Date.now()}`;
        await page.fill('#lf-title', title);
        await page.fill('#lf-summary', 'Năm câu hỏi ngắn về việc kiểm chứng tin.');
        await page.fill('#lf-body', 'Trước khi chia sẻ, hãy **suy nghĩ** và kiểm chứng.\n\n- Ai đăng tin?\n- Nguồn ở đâu?');
        for (let i = 0; i < 4; i++) await fillQuestion(page, i);
        // Four questions: an unfinished draft saves.
        await Promise.all([page.waitForURL(/\/editor\/lessons\/\d+\?done=created$/), page.locator('.ld-save-top button').click()]);
        const lessonUrl = page.url().replace(/\?.*$/, '');
        await expect(page.locator('.ld-state').textContent()).resolves.toContain('Trạng thái: Bản nháp.');
        await checkDeskPage(page, 'lesson-created', viewport);

        // Sending it for review is refused: the message next to the questions, in the summary, the draft kept.
        await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Gửi duyệt' }).click()]);
        await expect(page.locator('#error-summary').textContent()).resolves.toContain('Bài học chưa đủ để duyệt');
        await expect(page.locator('#lf-questions-error').textContent()).resolves.toContain('Cần ít nhất 5 câu hỏi');
        await expect(page.inputValue('#lf-title')).resolves.toBe(title);
        await expect(page.inputValue('#lf-q3-o1-explanation')).resolves.toBe('Đúng: suy nghĩ và kiểm chứng trước khi chia sẻ.');
        await expect(page.locator('.ld-state').textContent()).resolves.toContain('Trạng thái: Bản nháp.');
        await checkDeskPage(page, 'lesson-error', viewport);

        await fillQuestion(page, 4);
        await Promise.all([page.waitForURL(/\/editor\/lessons\/\d+\?done=saved$/), page.locator('.ld-save-top button').click()]);
        await expect(page.locator('.done-notice').textContent()).resolves.toContain('Đã lưu.');

        await Promise.all([page.waitForURL(/done=submitted/), page.getByRole('button', { name: 'Gửi duyệt' }).click()]);
        await expect(page.locator('.ld-state').textContent()).resolves.toContain('Chờ duyệt');
        // A provincial editor submits but does not decide: told so, no approve button.
        await expect(page.getByText('Chỉ biên tập viên và quản trị viên toàn quốc').count()).resolves.toBe(1);
        await expect(page.getByRole('button', { name: 'Duyệt và đăng' }).count()).resolves.toBe(0);
        await checkDeskPage(page, 'lesson-submitted', viewport);

        const review = await signIn(reviewerContext, baseURL, 'editor@lantoa.local');
        await review.goto(`${lessonUrl}/preview`);
        await expect(review.locator('.ld-preview strong').first().textContent()).resolves.toBe('suy nghĩ');
        await expect(review.locator('.ld-right-badge').count()).resolves.toBe(5);
        await checkDeskPage(review, 'lesson-preview', viewport);
        await review.goto(lessonUrl);
        await Promise.all([review.waitForURL(/done=approved/), review.getByRole('button', { name: 'Duyệt và đăng' }).click()]);
        await expect(review.locator('.done-notice').textContent()).resolves.toContain('Đã duyệt');
        await expect(review.locator('.ld-state').textContent()).resolves.toContain('Đã đăng');
        await checkDeskPage(review, 'lesson-approved', viewport);

        await review.goto(`${baseURL}/editor/lessons`);
        await expect(review.locator('.ld-item', { hasText: title }).locator('.ld-status').textContent()).resolves.toBe('Đã đăng');
      } finally {
        await writerContext.close();
        await reviewerContext.close();
      }
      // Two accounts, nine checked pages: more than the default minute on a shared machine.
    }, 300_000);
  }
});
