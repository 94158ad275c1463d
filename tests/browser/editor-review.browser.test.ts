// An editor reviews a pending edit and approves it, on a phone and on a laptop:
// the queue, filtered to edits; the review screen with the diff and the share card;
// the approval; and the public page with the new text. Every desk step passes
// checkDeskPage (axe clean, fits the screen, 44 px targets on the phone, screenshot).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';
import { REVIEW_STORIES } from './review-fixtures';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('an editor reviewing a pending edit', () => {
  for (const viewport of VIEWPORTS) {
    it(`filters the queue, reads the diff and the card, approves, and readers see the new text (${viewport.width} px)`, async (ctx) => {
      if (!browser) return ctx.skip();
      // CI retries a failed test once; the retry reviews its own story (see review-fixtures.ts).
      const attempt = Math.min(ctx.task.result?.retryCount ?? 0, 1);
      const story = REVIEW_STORIES.find((s) => s.viewport === viewport.name && s.attempt === attempt);
      if (!story) throw new Error(`no fixture story for ${viewport.name}`);
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'editor@lantoa.local');
      expect(new URL(page.url()).pathname).toBe('/editor');
      await checkDeskPage(page, 'review-1-queue', viewport);

      // Filter to edits of published stories (a plain GET form).
      await page.selectOption('#q-state', 'pending');
      await Promise.all([page.waitForURL(/state=pending/), page.click('form.queue-filters button[type=submit]')]);
      const titles = await page.locator('.queue-list .queue-title').allTextContents();
      expect(titles).toContain(story.liveTitle);
      expect(titles).not.toContain('Chờ duyệt: gương sáng hiến máu ở Hà Nội');
      const entry = page.locator('.queue-item', { hasText: story.liveTitle });
      await expect(entry.locator('.queue-waited').textContent()).resolves.toMatch(/chờ \d+ giờ/);
      await checkDeskPage(page, 'review-2-queue-filtered', viewport);

      // The review screen: whose edit, the diff with the changed words, the card of the edited text.
      await Promise.all([page.waitForURL(new RegExp(`/editor/stories/${story.id}/review$`)), entry.locator('a.queue-title').click()]);
      await expect(page.locator('#pending-h').textContent()).resolves.toContain('Bản sửa chờ duyệt');
      await expect(page.locator('.pending-edit').textContent()).resolves.toContain('Lê Thị Tập');
      // The rewritten paragraph, its changed words marked: "2.000" became "3.000, cả ngày lễ".
      await expect(page.locator('.pending-edit .diff-lines li.diff-add', { has: page.locator('ins') }).first().textContent()).resolves.toContain('3.000 lượt người bệnh, cả ngày lễ');
      await expect(page.locator('.pending-edit .diff-lines ins').allTextContents()).resolves.toContain(', cả ngày lễ');
      await expect(page.locator('.review-facts').textContent()).resolves.toContain('TP. Hồ Chí Minh');
      const card = page.locator('img.card-preview');
      await card.scrollIntoViewIfNeeded();
      await expect
        .poll(() => card.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 })
        .toBe(1200);
      await checkDeskPage(page, 'review-3-pending-edit', viewport);

      // One step: approve the edit.
      await Promise.all([page.waitForURL(/done=corrected$/), page.click('section[aria-labelledby="approve-edit-h"] button[type=submit]')]);
      await expect(page.locator('.done-notice').textContent()).resolves.toContain('Đã duyệt bản sửa');
      await checkDeskPage(page, 'review-4-approved', viewport);

      // Readers now see the edited text.
      const reader = await browser.newContext();
      const pub = await reader.newPage();
      await pub.goto(`${baseURL}/stories/${story.slug}`);
      await expect(pub.locator('h1').textContent()).resolves.toContain(story.editedTitle);
      await expect(pub.content()).resolves.toContain('3.000 lượt người bệnh, cả ngày lễ');
      await reader.close();
      await context.close();
    });
  }
});
