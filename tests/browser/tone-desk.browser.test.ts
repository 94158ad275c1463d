// The tone list on the desk as editor@ meets it: a refused line is named next to the field with
// everything typed kept; a fixed list is saved. The list is emptied again at the end, so the
// next screen size (and other browser files) start from the same state.
import type { Browser } from 'playwright-core';
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

describe('words to rewrite, on the desk', () => {
  VIEWPORTS.forEach((viewport) => {
    it(`an editor adds a word, a bad line is refused at the field (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'editor@lantoa.local');

      await page.goto(`${baseURL}/editor/settings/tone`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Từ ngữ cần viết lại');
      await checkDeskPage(page, 'tone-desk-1-empty', viewport);

      const typed = 'đồ bịp bợm = người đưa tin sai\nlũ xảo trá';
      await page.fill('#tone-words', typed);
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu danh sách' }).click()]);
      await expect(page.locator('#tone-words-error').textContent()).resolves.toContain('Dòng 2');
      await expect(page.locator('#tone-words').inputValue()).resolves.toBe(typed);
      await checkDeskPage(page, 'tone-desk-2-refused', viewport);

      await page.fill('#tone-words', 'đồ bịp bợm = người đưa tin sai\nlũ xảo trá = những người chưa trung thực');
      await Promise.all([page.waitForURL(/\/editor\/settings\/tone\?saved=1$/), page.getByRole('button', { name: 'Lưu danh sách' }).click()]);
      await expect(page.locator('.notice.saved').textContent()).resolves.toContain('Đã lưu');
      await page.locator('.tone-builtin summary').click();
      await checkDeskPage(page, 'tone-desk-3-saved', viewport);

      await page.fill('#tone-words', '');
      await Promise.all([page.waitForURL(/saved=1$/), page.getByRole('button', { name: 'Lưu danh sách' }).click()]);
      await context.close();
    });
  });
});
