import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the hub in a real browser', () => {
  it('shows an accessible Vietnamese 404 page with self-hosted styles and fonts', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL) && !req.url().startsWith('data:')) external.push(req.url());
    });
    const res = await page.goto(`${baseURL}/khong-ton-tai`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy trang');
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('Be Vietnam Pro');
    expect(external, 'no request may leave the hub (no CDN)').toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
