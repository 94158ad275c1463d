// Check before posting in a real browser, at 390 px and 1280 px: pasting a known false claim
// (its link, or its text retyped without accents) brings up the verdict, the rebuttal and its
// share kit ("Chia sẻ bài này thay thế"), with JavaScript (fetch, same rendering put in place)
// and without (the form posts, the server renders the same findings, the typed text kept).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { CHECK_LINK, CHECK_STORY } from './check-fixtures';
import { checkDeskPage, contextAt, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The fixture's claim as a forwarded message: no accents, capitals, a call to share. */
const RETYPED = 'CHIA SE GAP!!! thanh pho se cat dien toan bo ba ngay lien tu thu hai de bao tri luoi dien, nguoi dan phai tich tru nen va nuoc';

describe('check before posting', () => {
  for (const viewport of VIEWPORTS) {
    it(`with JavaScript: a retyped false claim brings up the rebuttal's share kit without leaving the page (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await context.newPage();
      await page.goto(`${baseURL}/kiem-tra`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kiểm tra trước khi đăng');
      await expect(page.locator('.check-privacy').textContent()).resolves.toContain('không lưu, không ghi nhật ký');
      await checkDeskPage(page, 'check-form', viewport);

      await page.getByLabel('Nội dung').fill(RETYPED);
      const answered = page.waitForResponse((res) => res.url().endsWith('/api/check') && res.request().method() === 'POST');
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      expect((await answered).status()).toBe(200);
      const known = page.locator('.check-known');
      await known.waitFor();
      // Still on the same page: JavaScript put the findings in place.
      expect(new URL(page.url()).pathname).toBe('/kiem-tra');
      await expect(known.textContent()).resolves.toContain('Kết luận: Sai sự thật');
      await expect(known.getByRole('link', { name: CHECK_STORY.title }).getAttribute('href')).resolves.toBe(`/stories/${CHECK_STORY.slug}`);
      await expect(known.textContent()).resolves.toContain('Chia sẻ bài này thay thế');
      await expect(known.locator('[data-share-kit]').getAttribute('data-story')).resolves.toBe(String(CHECK_STORY.id));
      await expect(page.getByLabel('Nội dung').inputValue()).resolves.toBe(RETYPED);
      await checkDeskPage(page, 'check-known-js', viewport);
      await context.close();
    }, 180_000);

    it(`without JavaScript: the pasted link is checked by a form post, the same findings and share kit, the text kept (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseURL}/kiem-tra`);
      const typed = `Xem cái này rồi chia sẻ: ${viewport.name}`;
      await page.getByLabel('Nội dung').fill(typed);
      await page.getByLabel('Đường link (nếu có)').fill(`${CHECK_LINK}?fbclid=IwAR0browser&mibextid=abc`);
      const [res] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Kiểm tra', exact: true }).click()]);
      expect(res?.status()).toBe(200);
      const known = page.locator('.check-known');
      await expect(known.textContent()).resolves.toContain('Kết luận: Sai sự thật');
      await expect(known.textContent()).resolves.toContain('Đường link này đã được báo cáo và kiểm chứng.');
      await expect(known.textContent()).resolves.toContain(CHECK_STORY.summary);
      await expect(known.locator('[data-share-kit]').count()).resolves.toBe(1);
      // The share kit without JavaScript is a form posting to /share.
      await expect(known.locator('form[action="/share"]').count()).resolves.toBe(1);
      await expect(page.getByLabel('Nội dung').inputValue()).resolves.toBe(typed);
      await expect(page.getByRole('button', { name: 'Báo cáo tin này' }).count()).resolves.toBe(1);
      await page.screenshot({ path: `.tmp/browser-shots/check-known-nojs-${viewport.name}.png`, fullPage: true });
      await context.close();

      // axe needs a script in the page: the same server-rendered answer, opened with JavaScript on.
      const axeContext = await contextAt(browser, viewport);
      const axePage = await axeContext.newPage();
      await axePage.goto(`${baseURL}/kiem-tra`);
      await axePage.getByLabel('Đường link (nếu có)').fill(CHECK_LINK);
      await axePage.locator('form[data-check-form]').evaluate((form: HTMLFormElement) => HTMLFormElement.prototype.submit.call(form));
      await axePage.locator('.check-known').waitFor();
      await checkDeskPage(axePage, 'check-known-posted', viewport);
      await axeContext.close();
    }, 180_000);

    it(`says "no problems found" with the checklist for an ordinary text, in English on /check (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await context.newPage();
      await page.goto(`${baseURL}/check?lang=en`);
      await page.getByLabel('Text').fill('Tomorrow morning the youth union cleans the river bank; bring gloves and water.');
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.locator('.check-clear').waitFor();
      await expect(page.locator('.check-clear').textContent()).resolves.toContain('No problems found');
      await expect(page.locator('#check-verify').count()).resolves.toBe(1);
      await checkDeskPage(page, 'check-clear-en', viewport);
      await context.close();
    }, 180_000);
  }
});
