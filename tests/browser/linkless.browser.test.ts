// Reporting a rumour that has no link (a message copied from a chat), in a real browser
// at 390 px and 1280 px; then the editor sees it on the desk.
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

const message = (viewport: string) =>
  `Tin nhắn Zalo (${viewport}): từ mai mọi tài khoản ngân hàng chưa cập nhật căn cước sẽ bị khóa, hãy gửi mã OTP cho số tổng đài 0909 000 000 để giữ tài khoản.`;

describe('a report without a link', () => {
  for (const viewport of VIEWPORTS) {
    it(`is refused in words with what was typed kept, then sent as a copied message (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      // axe needs scripts in the page; the form itself posts and re-renders on the server (no-JS runs: reports.browser.test.ts).
      const context = await contextAt(browser, viewport);
      const page = await context.newPage();
      await page.goto(`${baseURL}/report`);
      await expect(page.locator('#report-url').getAttribute('required')).resolves.toBeNull();
      await expect(page.locator('#url-hint').textContent()).resolves.toContain('Chép lại nội dung tin');
      await checkDeskPage(page, 'linkless-form', viewport);

      await page.getByLabel('Lừa đảo').check();
      await page.getByLabel('Nội dung tin, hoặc mô tả thêm').fill('Quá ngắn');
      await page.getByLabel('Cách liên hệ với bạn (không bắt buộc)').fill('toi@example.vn');
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Gửi báo cáo' }).click()]);
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('Dán đường link, hoặc chép lại nội dung (ít nhất 20 ký tự), hoặc đính kèm ảnh chụp màn hình');
      await expect(page.getByLabel('Nội dung tin, hoặc mô tả thêm').inputValue()).resolves.toBe('Quá ngắn');
      await expect(page.getByLabel('Cách liên hệ với bạn (không bắt buộc)').inputValue()).resolves.toBe('toi@example.vn');
      await expect(page.getByLabel('Lừa đảo').isChecked()).resolves.toBe(true);
      await checkDeskPage(page, 'linkless-form-error', viewport);

      await page.getByLabel('Nội dung tin, hoặc mô tả thêm').fill(message(viewport.name));
      await Promise.all([page.waitForURL(/\/report\/[A-Za-z0-9_-]{43}$/), page.getByRole('button', { name: 'Gửi báo cáo' }).click()]);
      await expect(page.locator('.reported-text').textContent()).resolves.toContain(`Tin nhắn Zalo (${viewport.name})`);
      await expect(page.locator('.receipt-facts').textContent()).resolves.toContain('Không có đường link');
      await expect(page.content()).resolves.not.toContain('claim:');
      await checkDeskPage(page, 'linkless-receipt', viewport);
      await context.close();
    }, 180_000);
  }

  for (const viewport of VIEWPORTS) {
    it(`reads as the message, with “no link”, on the desk list and the case page (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'editor@lantoa.local');
      await page.goto(`${baseURL}/editor/cases?sort=recent&q=${encodeURIComponent(`Tin nhắn Zalo (${viewport.name})`)}`);
      const row = page.locator('.cases-table tbody tr').first();
      await expect(row.textContent()).resolves.toContain('Không có đường link');
      await expect(page.content()).resolves.not.toContain('claim:');
      await checkDeskPage(page, 'linkless-desk', viewport);
      await Promise.all([page.waitForURL(/\/editor\/cases\/\d+$/), row.locator('a').first().click()]);
      await expect(page.locator('.canonical-url').textContent()).resolves.toContain(`Tin nhắn Zalo (${viewport.name})`);
      await expect(page.content()).resolves.not.toContain('claim:');
      await checkDeskPage(page, 'linkless-case', viewport);
      await context.close();
    }, 180_000);
  }
});
