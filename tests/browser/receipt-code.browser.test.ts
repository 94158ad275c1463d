// The receipt's short code on a phone: copy the private link, then find the report again by typing the code.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { contextAt, horizontalOverflow, SHOTS_DIR, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the short code on the receipt page', () => {
  for (const viewport of VIEWPORTS) {
    it(`copies the link and finds the report again by its code (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      ctx.onTestFinished(() => context.close());
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      const page = await context.newPage();
      await page.goto(`${baseURL}/report`);
      await page.getByLabel('Đường link', { exact: true }).fill(`https://example.com/ma-tra-cuu-${viewport.name}`);
      await page.getByLabel('Lừa đảo').check();
      await Promise.all([page.waitForURL(/\/report\/[A-Za-z0-9_-]{43}$/), page.getByRole('button', { name: 'Gửi báo cáo' }).click()]);
      const receiptUrl = page.url();
      const code = (await page.locator('.receipt-code').textContent()) ?? '';
      expect(code).toMatch(/^LT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

      const copy = page.getByRole('button', { name: 'Sao chép đường link' });
      const box = await copy.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await copy.click();
      await expect(page.locator('.copy-status').textContent()).resolves.toBe('Đã sao chép đường link.');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(receiptUrl);
      mkdirSync(SHOTS_DIR, { recursive: true });
      await page.screenshot({ path: join(SHOTS_DIR, `receipt-code-${viewport.name}.png`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      // Read aloud and typed on another device: lower case, spaces instead of dashes.
      await page.goto(`${baseURL}/tra-cuu`);
      await page.getByLabel('Mã tra cứu').fill(code.toLowerCase().replace(/-/g, ' '));
      await Promise.all([page.waitForURL(/\/tra-cuu\?ma=/), page.getByRole('button', { name: 'Tra cứu' }).click()]);
      await expect(page.locator('h1').textContent()).resolves.toBe('Đã nhận báo cáo của bạn');
      await expect(page.locator('.receipt-code').textContent()).resolves.toBe(code);
      await expect(page.locator('.reported-url').textContent()).resolves.toBe(`https://example.com/ma-tra-cuu-${viewport.name}`);

      // One symbol wrong: a page that says so, with the form and what was typed.
      const wrong = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
      const res = await page.goto(`${baseURL}/tra-cuu?ma=${wrong}`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy báo cáo');
      await expect(page.getByLabel('Mã tra cứu').inputValue()).resolves.toBe(wrong);
      await page.screenshot({ path: join(SHOTS_DIR, `receipt-code-not-found-${viewport.name}.png`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});
