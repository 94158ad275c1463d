import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

// The units desk at 390 px and 1280 px: admin2@ (an admin of Đà Nẵng) adds a unit under a seeded
// one, edits it and deletes it; editor2@ (TP. Hồ Chí Minh) reads its units; admin@ (national)
// chooses a province. Each run adds and removes its own uniquely named unit.
const baseURL = inject('baseURL');
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the units desk', () => {
  for (const viewport of VIEWPORTS) {
    it(`a provincial admin adds, edits and deletes a unit (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const name = `Chi bộ khu phố ${viewport.width}-${Date.now() % 100_000}`;
      const context = await contextAt(browser, viewport);
      context.setDefaultTimeout(STEP_TIMEOUT);
      const page = await signIn(context, baseURL, 'admin2@lantoa.local');
      await page.goto(`${baseURL}/editor`);
      await Promise.all([page.waitForURL(/\/editor\/units/), page.click('a[href="/editor/units"]')]);
      await expect(page.locator('h1').textContent()).resolves.toBe('Đơn vị');
      expect(await page.content()).toContain('Tỉnh, thành phố của bạn: Đà Nẵng');
      await expect(page.locator('.unit-tree .unit-tree .unit-name strong', { hasText: 'Chi bộ khu phố 3' }).count()).resolves.toBe(1);
      await checkDeskPage(page, 'units-tree', viewport);

      // Add a unit under "Đảng bộ phường Hải Châu".
      await page.fill('#f-name', name);
      await page.selectOption('#f-kind', 'party_cell');
      await page.selectOption('#f-parentId', { label: 'Đảng bộ phường Hải Châu' });
      await Promise.all([page.waitForURL(/done=created/), page.click('form[action="/editor/units"] button[type=submit]')]);
      const item = page.locator('li.unit-item', { hasText: name }).last();
      await expect(item.locator('.muted').first().textContent()).resolves.toBe('0 thành viên');
      expect(await item.locator('a', { hasText: 'Mời thành viên' }).getAttribute('href')).toMatch(/^\/editor\/invites\?unit=\d+$/);
      await checkDeskPage(page, 'units-created', viewport);

      // Its own page: rename it, then delete it (no members, nothing below).
      await Promise.all([page.waitForURL(/\/editor\/units\/\d+$/), item.locator('a', { hasText: 'Sửa' }).click()]);
      await checkDeskPage(page, 'units-edit', viewport);
      await page.fill('#f-name', `${name} mới`);
      await Promise.all([page.waitForURL(/done=updated/), page.click('form.unit-form button[type=submit]')]);
      expect(await page.content()).toContain(`${name} mới`);
      await Promise.all([page.waitForURL(/\/editor\/units\/\d+$/), page.locator('li.unit-item', { hasText: `${name} mới` }).last().locator('a', { hasText: 'Sửa' }).click()]);
      await Promise.all([page.waitForURL(/done=deleted/), page.click('form[action$="/delete"] button[type=submit]')]);
      expect(await page.content()).not.toContain(`${name} mới`);
      await context.close();
    });

    it(`a provincial editor reads the units; a national admin chooses a province (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const editorContext = await contextAt(browser, viewport);
      editorContext.setDefaultTimeout(STEP_TIMEOUT);
      const editor = await signIn(editorContext, baseURL, 'editor2@lantoa.local');
      await editor.goto(`${baseURL}/editor/units`);
      expect(await editor.content()).toContain('Tỉnh, thành phố của bạn: TP. Hồ Chí Minh');
      await expect(editor.locator('form[method="post"][action="/editor/units"]').count()).resolves.toBe(0);
      await expect(editor.locator('a', { hasText: 'Mời thành viên' }).count()).resolves.toBeGreaterThan(0);
      await checkDeskPage(editor, 'units-readonly', viewport);
      await editorContext.close();

      const adminContext = await contextAt(browser, viewport);
      adminContext.setDefaultTimeout(STEP_TIMEOUT);
      const admin = await signIn(adminContext, baseURL, 'admin@lantoa.local');
      await admin.goto(`${baseURL}/editor/units`);
      await admin.selectOption('#f-province', 'HNI');
      await Promise.all([admin.waitForURL(/province=HNI/), admin.click('form.filter-form button[type=submit]')]);
      expect(await admin.content()).toContain('Ban Tuyên giáo Thành ủy Hà Nội');
      await checkDeskPage(admin, 'units-national', viewport);
      await adminContext.close();
    });
  }
});
