import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';
import { SHARE_STORY } from './share-fixtures';

// member@ opens "Của tôi" from the menu and reads what their sharing achieved, at 390 px and
// 1280 px (rows from tests/browser/me-fixtures.ts). Read-only: nothing is dismissed or changed.
const baseURL = inject('baseURL');
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('/me for a member', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows shares, clicks, campaigns, corrections and the unit's place (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      context.setDefaultTimeout(STEP_TIMEOUT);
      const page = await signIn(context, baseURL, 'member@lantoa.local');

      // Through the menu, as a member would (behind the "Danh mục" button on a phone).
      if (viewport.name === 'phone') await page.click('summary.nav-toggle');
      await Promise.all([page.waitForURL(/\/me$/), page.click('nav a[href="/me"]')]);
      await expect(page.locator('h1').textContent()).resolves.toBe('Kết quả lan tỏa của bạn');

      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(SHARE_STORY.title);
      expect(text).toContain('Zalo: 1 lượt chia sẻ, 1.250 lượt bấm');
      expect(text).toMatch(/Lần gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(text).toContain('Lượt bấm vào đọc');
      expect(text).toContain('Tháng Thanh niên');
      expect(text).toMatch(/Đơn vị của bạn đứng thứ \d+\/\d+ ở TP\. Hồ Chí Minh về lượt bấm mỗi thành viên\./);
      expect(text).toContain('Đính chính đang chờ bạn');
      // member@'s unit row is marked in words, not colour alone.
      await expect(page.locator('tr.leaderboard-mine').first().innerText()).resolves.toContain('Đơn vị của bạn');
      // Nobody is named: only units and figures.
      expect(text).not.toContain('Thành viên thử');

      await checkDeskPage(page, 'me', viewport);
      await context.close();
    });
  }
});
