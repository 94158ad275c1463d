import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';
import { JOIN_UNIT } from './join-fixtures';

// An admin creates an invitation link to a unit; a new person opens it on their phone (and on a
// laptop), joins with a number typed the Vietnamese way (`0905 …`) and signs in with the `+84…`
// spelling of the same number.
const baseURL = inject('baseURL');
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh mobile number per run: `0905 abc def`. */
function freshNumber(): { typed: string; e164: string } {
  const digits = String(Date.now() % 1_000_000).padStart(6, '0');
  return { typed: `0905 ${digits.slice(0, 3)} ${digits.slice(3)}`, e164: `+84905${digits}` };
}

describe('joining through an invitation', () => {
  for (const viewport of VIEWPORTS) {
    it(`an admin creates a link, a new person joins with 0905 … and signs in with +84 … (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const unitPath = JOIN_UNIT.names.join(' / ');

      // The admin creates the invitation; the link is shown once.
      const adminContext = await contextAt(browser, viewport);
      adminContext.setDefaultTimeout(STEP_TIMEOUT);
      const admin = await signIn(adminContext, baseURL, 'admin@lantoa.local');
      await admin.goto(`${baseURL}/editor/invites`);
      await checkDeskPage(admin, 'invites-desk', viewport);
      await admin.selectOption('#f-unitId', { label: unitPath });
      await admin.fill('#f-maxUses', '30');
      await admin.fill('#f-expiresInDays', '7');
      await Promise.all([admin.waitForLoadState('load'), admin.click('form[action="/editor/invites"] button[type=submit]')]);
      const link = await admin.inputValue('#invite-link');
      expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{24}$/);
      await expect(admin.locator('.invite-once').textContent()).resolves.toContain(unitPath);
      await checkDeskPage(admin, 'invites-created', viewport);
      await admin.goto(`${baseURL}/editor/invites`);
      expect(await admin.content(), 'the link is shown once').not.toContain(link);
      await expect(admin.locator('.invite-item', { hasText: unitPath }).first().textContent()).resolves.toContain('Đã dùng 0/30');
      await adminContext.close();

      // A new person opens the link in another browser and joins with a phone number.
      const number = freshNumber();
      const password = `mat-khau-moi-${Date.now()}`;
      const personContext = await contextAt(browser, viewport);
      personContext.setDefaultTimeout(STEP_TIMEOUT);
      const person = await personContext.newPage();
      await person.goto(link);
      await expect(person.locator('h1').textContent()).resolves.toBe('Tham gia Lan Tỏa');
      await expect(person.locator('.join-target').textContent()).resolves.toContain(unitPath);
      await checkDeskPage(person, 'join-form', viewport);
      await person.fill('#f-name', 'Đỗ Thị Lan Anh');
      await person.fill('#f-email', number.typed);
      await person.fill('#f-password', password);
      await Promise.all([person.waitForLoadState('load'), person.click('form.stack-form button[type=submit]')]);
      await expect(person.locator('h1').textContent()).resolves.toBe('Tài khoản đã sẵn sàng');
      expect(await person.inputValue('#login-email')).toBe(number.typed);
      await checkDeskPage(person, 'join-ready', viewport);

      // …and signs in with the +84 spelling of the same number.
      await person.goto(`${baseURL}/login`);
      await person.fill('#login-email', number.e164);
      await person.fill('#login-password', password);
      await Promise.all([person.waitForURL((url) => url.pathname !== '/login'), person.click('form.stack-form button[type=submit]')]);
      await person.goto(`${baseURL}/account`);
      const account = (await person.locator('main').textContent()) ?? '';
      expect(account).toContain(number.typed);
      expect(account).not.toContain('phone.invalid');
      await checkDeskPage(person, 'join-account', viewport);
      await personContext.close();
    });
  }
});
