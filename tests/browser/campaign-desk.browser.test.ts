// An editor builds a campaign by search, on a phone and on a laptop: creates it, finds two
// published stories by typing unaccented fragments of their titles, adds them, reorders them
// with the up/down buttons (and by dragging), uploads a cover, activates it, and reads the
// public page in that order. Every desk step is checked by checkDeskPage (axe, no overflow,
// 44 px tap targets on the phone) and saved as a screenshot under .tmp/browser-shots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

// tests/browser/campaign-fixtures.ts publishes these two.
const HAI_CHAU = 'Đội sơ cứu tình nguyện phường Hải Châu';
const DO_MIEN_PHI = 'Những chuyến đò miễn phí trên sông Hương';
// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Titles in the campaign's list, in order. */
const listed = (page: Page) => page.locator('.cm-story-list .cm-story .cm-story-title').allTextContents();

/** Type an unaccented fragment and add the result with that title, as a person would. */
async function findAndAdd(page: Page, typed: string, title: string, step: string, viewport: (typeof VIEWPORTS)[number]) {
  await page.fill('#cf-story', '');
  await page.locator('#cf-story').pressSequentially(typed, { delay: 30 });
  const result = page.locator('#cm-results .cm-result', { hasText: title });
  await result.waitFor();
  await expect(page.locator('#cm-find-count').textContent()).resolves.toMatch(/Tìm thấy \d+ câu chuyện/);
  await checkDeskPage(page, step, viewport);
  await Promise.all([page.waitForURL((url) => url.searchParams.get('done') === 'storyAdded' && url.searchParams.get('q') === typed), result.getByRole('button', { name: `Thêm: ${title}` }).click()]);
}

describe('an editor builds a campaign by search', () => {
  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width} px: create, find, add, reorder, cover, publish`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      try {
        // The machine running the suite is often shared: give each page load room.
        context.setDefaultTimeout(60_000);
        const page = await signIn(context, baseURL, 'editor@lantoa.local');
        await page.goto(`${baseURL}/editor/campaigns`);
        await checkDeskPage(page, 'campaign-list', viewport);

        // Create a draft with a target; stories and cover come next, on its own page.
        const title = `Tuổi trẻ sống đẹp ${viewport.name} ${Date.now()}`;
        await page.fill('#cf-title', title);
        await page.fill('#cf-targetShares', '200');
        await Promise.all([page.waitForURL(/\/editor\/campaigns\/\d+\?done=created$/), page.getByRole('button', { name: 'Tạo bản nháp' }).click()]);
        await checkDeskPage(page, 'campaign-created', viewport);
        await expect(page.locator('textarea[name=stories]').count()).resolves.toBe(0);

        // Found while typing, without accents; picked with "Thêm".
        await findAndAdd(page, 'hai chau', HAI_CHAU, 'campaign-search', viewport);
        await findAndAdd(page, 'do mien ph', DO_MIEN_PHI, 'campaign-search-2', viewport);
        await expect(listed(page)).resolves.toEqual([HAI_CHAU, DO_MIEN_PHI]);

        // One step up with the named button.
        await Promise.all([page.waitForURL(/done=storyMoved/), page.getByRole('button', { name: `Đưa lên: ${DO_MIEN_PHI}` }).click()]);
        await expect(listed(page)).resolves.toEqual([DO_MIEN_PHI, HAI_CHAU]);
        await checkDeskPage(page, 'campaign-reordered', viewport);

        // The cover: chosen, previewed, described, uploaded.
        await page.setInputFiles('#cf-file', { name: 'anh-bia.png', mimeType: 'image/png', buffer: PNG });
        await page.locator('#cm-cover-preview').waitFor({ state: 'visible' });
        await page.fill('#cf-alt', 'Đoàn viên thanh niên ra quân tình nguyện');
        await Promise.all([page.waitForURL(/done=cover/), page.getByRole('button', { name: 'Tải ảnh lên' }).click()]);
        await expect(page.locator('.cm-cover-current img').getAttribute('alt')).resolves.toBe('Đoàn viên thanh niên ra quân tình nguyện');
        await checkDeskPage(page, 'campaign-cover', viewport);

        // Public: activate, then the public page shows the cover and the stories in this order.
        await Promise.all([page.waitForURL(/done=activated/), page.getByRole('button', { name: 'Kích hoạt chiến dịch' }).click()]);
        await Promise.all([page.waitForURL(/\/campaigns\/[a-z0-9-]+$/), page.getByRole('link', { name: 'Xem trang công khai' }).click()]);
        const publicTitles = await page.locator('.campaign-stories .campaign-story h3').allTextContents();
        expect(publicTitles).toEqual([DO_MIEN_PHI, HAI_CHAU]);
        await expect(page.locator('img.campaign-cover').getAttribute('alt')).resolves.toBe('Đoàn viên thanh niên ra quân tình nguyện');
        await checkDeskPage(page, 'campaign-public', viewport);

        // Drag (pointer) puts the order back; the script saves it through PUT /api/campaigns/:id/stories.
        await page.goBack();
        await page.reload();
        const handle = page.locator(`.cm-story:has-text("${HAI_CHAU}") .cm-drag-handle`);
        const target = page.locator(`.cm-story:has-text("${DO_MIEN_PHI}")`);
        await handle.waitFor();
        await handle.scrollIntoViewIfNeeded();
        const from = await handle.boundingBox();
        const to = await target.boundingBox();
        if (!from || !to) throw new Error('drag handles not laid out');
        await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
        await page.mouse.down();
        await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 8 });
        await Promise.all([page.waitForEvent('load'), page.mouse.up()]);
        await expect(listed(page)).resolves.toEqual([HAI_CHAU, DO_MIEN_PHI]);
        await checkDeskPage(page, 'campaign-dragged', viewport);
      } finally {
        await context.close();
      }
    }, 300_000);
  }
});
