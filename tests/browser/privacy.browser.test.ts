import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

// A member downloads their data and asks for deletion on /account; the provincial admin of
// their province (admin2@, Đà Nẵng) sees the request on /editor/users and confirms it; the
// person can no longer sign in. At 390 px and 1280 px, with a throwaway account per run.
const baseURL = inject('baseURL');
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('personal data: download, deletion request, erasure', () => {
  for (const viewport of VIEWPORTS) {
    it(`a member asks, the provincial admin confirms (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const email = `xoa-${viewport.name}-${Date.now()}@example.vn`;
      const password = `mat-khau-xoa-${Date.now()}`;

      const adminContext = await contextAt(browser, viewport);
      adminContext.setDefaultTimeout(STEP_TIMEOUT);
      const admin = await signIn(adminContext, baseURL, 'admin2@lantoa.local');
      await admin.goto(`${baseURL}/editor/users`);
      await admin.fill('#new-email', email);
      await admin.fill('#new-name', 'Người Muốn Xoá');
      await admin.fill('#new-password', password);
      await Promise.all([admin.waitForURL(/done=created$/), admin.click('form[action="/editor/users"] button[type=submit]')]);

      const personContext = await contextAt(browser, viewport);
      personContext.setDefaultTimeout(STEP_TIMEOUT);
      const person = await signIn(personContext, baseURL, email, password);
      await person.goto(`${baseURL}/account`);
      await checkDeskPage(person, 'privacy-account', viewport);
      const download = await Promise.all([person.waitForEvent('download'), person.getByRole('link', { name: 'Tải dữ liệu của tôi' }).click()]);
      expect(download[0].suggestedFilename()).toMatch(/^lantoa-du-lieu-cua-toi-\d{4}-\d{2}-\d{2}\.json$/);
      await person.fill('#f-password', password);
      await Promise.all([person.waitForURL(/done=deletion$/), person.getByRole('button', { name: 'Yêu cầu xoá tài khoản' }).click()]);
      await checkDeskPage(person, 'privacy-requested', viewport);

      await admin.goto(`${baseURL}/editor/users`);
      await expect(admin.locator('#deletion-h').textContent()).resolves.toBe('Yêu cầu xoá tài khoản đang chờ');
      await checkDeskPage(admin, 'privacy-admin-requests', viewport);
      await Promise.all([admin.waitForURL(/done=erased$/), admin.getByRole('button', { name: 'Xác nhận xoá tài khoản của Người Muốn Xoá' }).first().click()]);
      expect(await admin.content()).not.toContain(email);
      await adminContext.close();

      await person.goto(`${baseURL}/account`);
      expect(new URL(person.url()).pathname).toBe('/login');
      await personContext.close();
    });
  }
});
