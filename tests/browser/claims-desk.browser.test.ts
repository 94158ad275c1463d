// "Có thể cùng nội dung" as editor@ meets it: the seeded rumour told twice (demo cases 4 and 5,
// scripts/seed/reports.ts) is offered as a candidate; one tap merges, the page says so, and
// "Tách lại" splits them again (so the next screen size starts from the same state).
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

describe('possibly the same claim, on the case desk', () => {
  VIEWPORTS.forEach((viewport) => {
    it(`merges a candidate in one tap and splits it again (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'editor@lantoa.local');

      await page.goto(`${baseURL}/editor/cases`);
      await expect(page.locator('.candidate-badge').first().textContent()).resolves.toContain('có thể trùng');

      await page.goto(`${baseURL}/editor/cases/5`);
      const section = page.locator('.case-candidates');
      await expect(section.locator('h2').textContent()).resolves.toBe('Có thể cùng nội dung');
      await expect(section.locator('.candidate-score').textContent()).resolves.toContain('58%');
      await expect(section.locator('.candidate-score').textContent()).resolves.toContain('Giống chữ');
      await expect(section.locator('mark').count()).resolves.toBeGreaterThan(3);
      await checkDeskPage(page, 'claims-desk-1-candidate', viewport);

      await Promise.all([page.waitForURL(/\/editor\/cases\/4\?done=merged$/), section.getByRole('button', { name: 'Gộp hồ sơ này vào hồ sơ #4' }).click()]);
      await expect(page.locator('.notice.saved').textContent()).resolves.toContain('Đã gộp hai hồ sơ');
      await expect(page.locator('.case-facts .report-count').textContent()).resolves.toBe('2');
      await checkDeskPage(page, 'claims-desk-2-merged', viewport);

      await Promise.all([page.waitForURL(/\/editor\/cases\/4\?done=unmerged$/), page.getByRole('button', { name: 'Tách lại hồ sơ #5' }).click()]);
      await expect(page.locator('.notice.saved').textContent()).resolves.toContain('Đã tách lại hai hồ sơ');
      await expect(page.locator('.case-facts .report-count').textContent()).resolves.toBe('1');
      await expect(page.locator('.case-candidates .candidate').count()).resolves.toBe(1);
      await checkDeskPage(page, 'claims-desk-3-split', viewport);
      await context.close();
    });
  });
});
