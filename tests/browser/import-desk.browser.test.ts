import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

// An admin checks a small member file (dry run), reads the errors on a phone, imports it,
// and sees the finished import with its links download: at 390 px and at 1280 px.
// Rows are of Hà Nội, admin@'s province (so they pass whether admin@ is national or scoped).
const baseURL = inject('baseURL');
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function smallFile(tag: string): string {
  const rows = [
    'Họ và tên;Email;Số điện thoại;Tỉnh/Thành;Đơn vị;Vai trò',
    `Nguyễn Văn Thử ${tag};thu.${tag}@donvi.vn;;Hà Nội;;thành viên`,
    `"Trần Thị
Hai Dòng ${tag}";;09${tag.slice(-8).padStart(8, '0')};HNI;;cộng tác viên`,
    `=CÔNG THỨC;cong.thuc.${tag}@donvi.vn;;Hà Nội;;`,
    `Sai Số ${tag};sai.so.${tag}@donvi.vn;0905 12;Hà Nội;;`,
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

describe('the member import page', () => {
  for (const viewport of VIEWPORTS) {
    it(`an admin checks a file, sees its errors by line, then imports it (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const tag = `${viewport.width}${String(Date.now()).slice(-5)}`;
      const dir = join(process.cwd(), '.tmp', 'import-files');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `danh-sach-${tag}.csv`);
      writeFileSync(file, smallFile(tag));

      const context = await contextAt(browser, viewport);
      context.setDefaultTimeout(STEP_TIMEOUT);
      const page = await signIn(context, baseURL, 'admin@lantoa.local');
      await page.goto(`${baseURL}/editor/users/import`);
      await checkDeskPage(page, 'import-form', viewport);

      await page.setInputFiles('#f-file', file);
      await Promise.all([page.waitForLoadState('load'), page.click('button[name=dryRun][value="1"]')]);
      await page.waitForSelector('#dry-heading');
      const status = await page.locator('[role=status]').first().textContent();
      expect(status).toContain('4 dòng: 2 người mới, 0 cập nhật, 0 không đổi, 2 lỗi.');
      const errors = await page.locator('.import-errors li').allTextContents();
      expect(errors[0]).toContain('Dòng 5');
      expect(errors[0]).toContain('giống công thức');
      expect(errors[1]).toContain('Dòng 6');
      expect(errors[1]).toContain('Số điện thoại không hợp lệ');
      await checkDeskPage(page, 'import-dry-run', viewport);

      await Promise.all([page.waitForURL(/\/editor\/users\/import\/[0-9a-f-]{36}$/), page.click('button:has-text("Nhập 2 dòng hợp lệ")')]);
      await expect(page.locator('.done-notice').textContent()).resolves.toContain('Đã nhập xong');
      await checkDeskPage(page, 'import-job', viewport);

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('form[action$="/links"] button[type=submit]')]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const csv = readFileSync(path, 'utf8');
      expect(csv.split('\r\n')[1]).toContain(`Nguyễn Văn Thử ${tag},thu.${tag}@donvi.vn`);
      expect(csv).toContain('/dat-mat-khau/');
      await context.close();
    });
  }
});
