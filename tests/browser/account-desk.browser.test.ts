import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

// An admin passes a one-time reset link to a person, who sets a password with it and
// signs in: at 390 px and at 1280 px. Each run makes its own throwaway account
// through the /editor/users form, so no demo account (or other test) is touched.
const baseURL = inject('baseURL');
/** The shared machine is often loaded: a page's `load` can take longer than playwright's 30 s default. */
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the account desk: reset link and sessions', () => {
  for (const viewport of VIEWPORTS) {
    it(`an admin issues a reset link and the person sets a password with it (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const email = `tam-thoi-${viewport.name}-${Date.now()}@example.vn`;
      const password = `mat-khau-moi-${Date.now()}`;

      // The admin creates the throwaway account.
      const adminContext = await contextAt(browser, viewport);
      adminContext.setDefaultTimeout(STEP_TIMEOUT);
      const admin = await signIn(adminContext, baseURL, 'admin@lantoa.local');
      await admin.goto(`${baseURL}/editor/users`);
      await admin.fill('#new-email', email);
      await admin.fill('#new-name', 'Người Thử Tạm');
      await admin.fill('#new-password', `mat-khau-cu-${Date.now()}`);
      await admin.selectOption('#new-role', 'contributor');
      await admin.selectOption('#new-province', 'CTO');
      await Promise.all([admin.waitForURL(/done=created$/), admin.click('form[action="/editor/users"] button[type=submit]')]);
      await checkDeskPage(admin, 'account-users', viewport);

      // …opens its card and issues the link, shown once on the page.
      const card = admin.locator('li.account-card', { hasText: email });
      await card.locator('summary').click();
      await Promise.all([admin.waitForURL(/\/reset-link$/), card.locator('form[action$="/reset-link"] button[type=submit]').click()]);
      await expect(admin.locator('.token-once').textContent()).resolves.toContain(email);
      const link = await admin.inputValue('#reset-link');
      expect(link).toMatch(/\/dat-mat-khau\/[A-Za-z0-9_-]{43}$/);
      await checkDeskPage(admin, 'account-reset-link', viewport);
      await admin.goto(`${baseURL}/editor/users`);
      expect(await admin.content(), 'the link is shown once').not.toContain(link);
      await adminContext.close();

      // The person, in another browser, opens the link and sets a password.
      const personContext = await contextAt(browser, viewport);
      personContext.setDefaultTimeout(STEP_TIMEOUT);
      const person = await personContext.newPage();
      await person.goto(link);
      await expect(person.locator('h1').textContent()).resolves.toBe('Đặt mật khẩu mới');
      await checkDeskPage(person, 'account-set-password', viewport);
      await person.fill('#f-password', password);
      await Promise.all([person.waitForURL(/\/login\?done=reset/), person.click('form.stack-form button[type=submit]')]);
      await expect(person.locator('.done-notice').textContent()).resolves.toContain('Đã đặt mật khẩu mới');
      await checkDeskPage(person, 'account-login-after-reset', viewport);

      // …signs in with it and lands on the account page with their session.
      await person.fill('#login-email', email);
      await person.fill('#login-password', password);
      await Promise.all([person.waitForURL(`${baseURL}/account`), person.click('form.stack-form button[type=submit]')]);
      await expect(person.locator('.session-item').first().textContent()).resolves.toContain('Thiết bị này');
      await expect(person.locator('.session-item').first().textContent()).resolves.toContain('Chrome');
      await checkDeskPage(person, 'account-page', viewport);

      // The link is spent.
      await person.goto(link);
      await expect(person.locator('h1').textContent()).resolves.toBe('Liên kết này không còn dùng được');
      await checkDeskPage(person, 'account-link-used', viewport);
      await personContext.close();
    });
  }
});
