import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLesson, DEMO_LESSON_SLUG } from '../../scripts/seed/lesson-data';
import { launchChromium } from './browser';
import { checkDeskPage, signIn, VIEWPORTS, type Viewport } from './desk';

// Taking the demo lesson's quiz on a phone (390 px), with JavaScript (results swapped in place by
// /js/learn.js) and without (the form posts, the server answers with the results page), then a
// signed-in member whose pass shows on /me. Every step: axe clean, fits the screen, 44 px targets.

const baseURL = inject('baseURL');
const LESSON = `${baseURL}/hoc/${DEMO_LESSON_SLUG}`;
const [PHONE, LAPTOP] = VIEWPORTS as unknown as [Viewport, Viewport];
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Choose `right` right answers (the first questions get a wrong one), by tapping the labels. */
async function answer(page: Page, right: number) {
  const qs = demoLesson.questions;
  for (const [i, q] of qs.entries()) {
    const option = i < qs.length - right ? (q.correct + 1) % q.options.length : q.correct;
    await page.locator(`label[for="q-${i}-${option}"]`).click();
  }
}

/**
 * axe and the layout checks run scripts in the page, which a JavaScript-disabled context refuses:
 * the very HTML the no-JS page got is served again (same URL, same styles) to a scripted page of
 * the same size and checked there.
 */
async function checkNoJsPage(page: Page, step: string, viewport: Viewport) {
  if (!browser) return;
  const html = await page.content();
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const copy = await context.newPage();
  await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await copy.goto(page.url());
  await checkDeskPage(copy, step, viewport);
  await context.close();
}

const submit = (page: Page) => page.getByRole('button', { name: 'Nộp bài' }).click();

describe('the quiz on a phone', () => {
  it('with JavaScript: results with every answer explained appear in place; “Làm lại” brings the empty form back', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/hoc`);
    await checkDeskPage(page, 'learn-list', PHONE);
    await page.getByRole('link', { name: demoLesson.title }).click();
    await page.waitForURL(LESSON);
    await expect(page.locator('fieldset').count()).resolves.toBe(demoLesson.questions.length);
    await checkDeskPage(page, 'learn-lesson', PHONE);

    await answer(page, 6);
    await submit(page);
    const title = page.locator('[data-learn-result-title]');
    await title.waitFor();
    await expect(title.textContent()).resolves.toContain('6/7 — 85 %');
    expect(page.url(), 'no navigation: the results came in place').toBe(LESSON);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-learn-result-title'))).resolves.toBe(true);
    const body = await page.locator('[data-learn-quiz]').innerText();
    expect(body).toContain('Đạt');
    expect(body).toContain(demoLesson.questions[0]?.options[0]?.explanation);
    expect(body).toContain('Kết quả này không được lưu vì bạn chưa đăng nhập.');
    await checkDeskPage(page, 'learn-results-js', PHONE);

    await page.getByRole('link', { name: 'Làm lại' }).click();
    await page.getByRole('button', { name: 'Nộp bài' }).waitFor();
    await expect(page.locator('input[type=radio]:checked').count()).resolves.toBe(0);
    await context.close();
  });

  it('without JavaScript: the form posts, the results page explains each answer, and retake opens the form again', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    // An unanswered question: the form comes back with the message beside it and the other choices kept.
    await page.locator('label[for="q-0-0"]').click();
    await submit(page);
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('#q-0-0').isChecked()).resolves.toBe(true);
    await expect(page.locator('#q-1-error').textContent()).resolves.toContain('Hãy chọn một đáp án');
    await checkNoJsPage(page, 'learn-missing-nojs', PHONE);

    await answer(page, 5);
    await submit(page);
    await page.locator('[data-learn-result-title]').waitFor();
    const body = await page.locator('[data-learn-quiz]').innerText();
    expect(body).toContain('5/7 — 71 %');
    expect(body).toContain('Chưa đạt');
    expect(body).toContain('Bạn chọn');
    expect(body).toContain('Đáp án đúng');
    for (const o of demoLesson.questions[6]?.options ?? []) expect(body).toContain(o.explanation);
    await checkNoJsPage(page, 'learn-results-nojs', PHONE);

    await Promise.all([page.waitForURL(/retake=1/), page.getByRole('link', { name: 'Làm lại' }).click()]);
    await page.getByRole('button', { name: 'Nộp bài' }).waitFor();
    await expect(page.locator('input[type=radio]:checked').count()).resolves.toBe(0);
    await context.close();
  });

  it('a signed-in member passes, is counted, and sees the lesson completed on /me (phone and laptop)', async (ctx) => {
    if (!browser) return ctx.skip();
    for (const viewport of [PHONE, LAPTOP]) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await signIn(context, baseURL, 'member@lantoa.local');
      await page.goto(LESSON);
      await answer(page, 7);
      await submit(page);
      const results = page.locator('[data-learn-results]');
      await results.waitFor();
      const text = await results.innerText();
      expect(text).toContain('7/7 — 100 %');
      expect(text).toMatch(/Đã ghi nhận|đã hoàn thành bài này từ trước/);
      await checkDeskPage(page, 'learn-results-member', viewport);
      await page.goto(`${baseURL}/me`);
      const lessons = await page.locator('.me-lessons').innerText();
      expect(lessons).toMatch(/Đã hoàn thành\s+Năm việc khi dùng mạng xã hội\s+— Hoàn thành ngày \d{2}\/\d{2}\/\d{4} với 100 %/);
      await context.close();
    }
  });
});
