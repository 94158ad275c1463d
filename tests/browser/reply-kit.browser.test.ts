// The reply kit on a rebuttal (issue 15): on a 390 px phone and a 1280 px laptop the story page
// shows "Trả lời bài sai sự thật" first in its share kit, each reply copies (with the member's
// tracked link) at a tap, and without JavaScript the replies are plain text to select, each
// ending with the story's link. The editor's form and review page with the reply kit fit both screens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';
import { REPLY_STORY } from './reply-kit-fixtures';

const baseURL = inject('baseURL');
const TRACKED = new RegExp(`^${baseURL.replace(/[.]/g, '\\.')}/l/[A-Za-z0-9_-]{8}$`);
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the reply kit on a rebuttal', () => {
  for (const viewport of VIEWPORTS) {
    it(`comes first in the share kit and copies a reply with the tracked link (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      const page = await context.newPage();
      expect((await page.goto(`${baseURL}/stories/${REPLY_STORY.slug}`))?.status()).toBe(200);
      const kit = page.locator('[data-reply-kit]');
      await expect(kit.getByRole('heading', { name: 'Trả lời bài sai sự thật' }).isVisible()).resolves.toBe(true);
      // First: above the card preview and the captions.
      const kitTop = (await kit.boundingBox())?.y ?? Infinity;
      expect(kitTop).toBeLessThan((await page.locator('.share-kit__card').boundingBox())?.y ?? -1);
      await expect(kit.locator('.reply-kit__text').first().innerText()).resolves.toContain(REPLY_STORY.replies[0]);
      // Selectable in one tap (no JS needed for that), and the no-JS hint gives way to the buttons.
      await expect(kit.locator('.reply-kit__text').first().evaluate((el) => getComputedStyle(el).userSelect)).resolves.toBe('all');
      await expect(kit.locator('[data-reply-hint]').isVisible()).resolves.toBe(false);

      const copy = kit.getByRole('button', { name: 'Sao chép câu trả lời 1' });
      await copy.scrollIntoViewIfNeeded();
      await copy.click();
      await expect.poll(() => kit.locator('[data-reply-status]').innerText()).toContain('Đã sao chép câu trả lời');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const [text, link] = copied.split('\n');
      expect(text).toBe(REPLY_STORY.replies[0]);
      expect(link).toMatch(TRACKED);

      await kit.screenshot({ path: `.tmp/browser-shots/reply-kit-block-${viewport.name}.png` });
      await checkDeskPage(page, 'reply-kit-1-story', viewport);
      expect((await page.goto(`${baseURL}/share/${REPLY_STORY.slug}`))?.status()).toBe(200);
      await expect(page.locator('[data-reply-kit] .reply-kit__text').count()).resolves.toBe(2);
      await checkDeskPage(page, 'reply-kit-2-share-page', viewport);
      await context.close();
    });

    it(`without JavaScript: each reply is selectable text ending with the story link, no copy button (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseURL}/stories/${REPLY_STORY.slug}`);
      // Locators only: with JavaScript off, page.evaluate (axe, computed styles) cannot run; the JS test checks those.
      const first = page.locator('[data-reply-kit] .reply-kit__text').first();
      const shown = (await first.textContent()) ?? '';
      expect(shown).toContain(REPLY_STORY.replies[0]);
      expect(shown.trim().endsWith(`/stories/${REPLY_STORY.slug}`)).toBe(true);
      await expect(page.locator('[data-copy-reply]').first().isVisible()).resolves.toBe(false);
      await expect(page.getByText('Chạm giữ vào đoạn chữ để chọn và sao chép.').isVisible()).resolves.toBe(true);
      await page.locator('[data-reply-kit]').screenshot({ path: `.tmp/browser-shots/reply-kit-3-no-js-${viewport.name}.png` });
      await context.close();
    });

    it(`the editor's form and review page show the reply kit and fit the screen (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'editor@lantoa.local');
      await page.goto(`${baseURL}/editor/stories/${REPLY_STORY.id}`);
      await expect(page.locator('#f-reply-0').inputValue()).resolves.toBe(REPLY_STORY.replies[0]);
      await expect(page.getByText('Bài này là bài phản bác của một hồ sơ').isVisible()).resolves.toBe(true);
      await page.locator('#f-reply-2').scrollIntoViewIfNeeded();
      await checkDeskPage(page, 'reply-kit-4-editor-form', viewport);
      await page.goto(`${baseURL}/editor/stories/${REPLY_STORY.id}/review`);
      await expect(page.locator('#reply-review').isVisible()).resolves.toBe(true);
      await checkDeskPage(page, 'reply-kit-5-review', viewport);
      await context.close();
    });
  }
});
