import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, SHOTS_DIR, signIn, VIEWPORTS } from './desk';
import { FAKE_PUSH_HOST, stubPushManager, type SubscribeCall } from './push-stub';

// member@ turns phone notifications on and off on /me, at 390 px and 1280 px. PushManager and
// the permission prompt are stubbed (push-stub.ts); the service worker, /js/push-optin.js and the
// server's /api/push routes are real (the browser server has VAPID keys: global-setup.ts).
const baseURL = inject('baseURL');
const STEP_TIMEOUT = 90_000;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Item = { id: string; host: string; topics: { campaigns: boolean; corrections: boolean; verdicts: boolean }; createdAt: string };

/** GET /api/push/subscriptions from the page (member@'s session, same origin). */
const serverList = (page: Page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/push/subscriptions', { headers: { accept: 'application/json' } });
    return { status: res.status, items: res.ok ? ((await res.json()) as { items: Item[] }).items : [] };
  });
const stateLine = (page: Page) => page.locator('[data-push-state]');
const deviceId = (page: Page) => page.evaluate(() => localStorage.getItem('lantoa-push-subscription'));

describe('/me phone notifications', () => {
  for (const viewport of VIEWPORTS) {
    it(`member@ turns them on with chosen topics, sees it on the server, and off again (${viewport.name})`, { timeout: 600_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      context.setDefaultTimeout(STEP_TIMEOUT);
      await stubPushManager(context);
      const page = await signIn(context, baseURL, 'member@lantoa.local');
      await page.goto(`${baseURL}/me`);
      const section = page.locator('[data-push-optin]');
      await expect(section.locator('h2').textContent()).resolves.toBe('Thông báo trên điện thoại');

      // Off on this fresh device: the state in words, the checkboxes and the one button that can work.
      await page.locator('[data-push-on]').waitFor({ state: 'visible' });
      await expect(stateLine(page).textContent()).resolves.toBe('Thông báo đang tắt trên máy này.');
      expect(await page.locator('[data-push-off]').isVisible()).toBe(false);
      expect(await page.locator('[data-push-nojs]').isVisible()).toBe(false);
      await checkDeskPage(page, 'push-optin-off', viewport);
      await section.screenshot({ path: join(SHOTS_DIR, `push-optin-off-section-${viewport.name}.png`) });

      // Tick topics: campaigns and corrections, not verdicts (the label is the tap target).
      await page.locator('label[for="push-verdicts"]').click();
      expect(await page.locator('#push-verdicts').isChecked()).toBe(false);
      await page.locator('[data-push-on]').click();
      await expect.poll(() => stateLine(page).textContent(), { timeout: 30_000 }).toBe('Thông báo đang bật trên máy này.');
      await page.locator('[data-push-off]').waitFor({ state: 'visible' });
      const calls = await page.evaluate(() => (window as unknown as { __subscribeCalls?: SubscribeCall[] }).__subscribeCalls ?? []);
      // The server's VAPID public key, decoded: 65 bytes of an uncompressed P-256 point.
      expect(calls).toEqual([{ userVisibleOnly: true, keyBytes: 65, keyFirstByte: 4 }]);

      // The server has this device's subscription, with the chosen topics.
      const id = await deviceId(page);
      expect(id).toBeTruthy();
      const on = await serverList(page);
      expect(on.status).toBe(200);
      expect(on.items.find((item) => item.id === id)).toMatchObject({ host: FAKE_PUSH_HOST, topics: { campaigns: true, corrections: true, verdicts: false } });
      await checkDeskPage(page, 'push-optin-on', viewport);
      await section.screenshot({ path: join(SHOTS_DIR, `push-optin-on-section-${viewport.name}.png`) });

      // A reload finds it on, with the same topics.
      await page.reload();
      await expect.poll(() => stateLine(page).textContent(), { timeout: 30_000 }).toBe('Thông báo đang bật trên máy này.');
      expect(await page.locator('#push-verdicts').isChecked()).toBe(false);
      expect(await page.locator('#push-campaigns').isChecked()).toBe(true);

      // The server loses the row (restored from a backup, say): the next visit to /me posts the
      // browser's subscription again, with the topics chosen here.
      const deleted = await page.evaluate(async (rowId) => (await fetch(`/api/push/subscriptions/${rowId}`, { method: 'DELETE' })).status, id);
      expect(deleted).toBe(204);
      expect((await serverList(page)).items.filter((item) => item.host === FAKE_PUSH_HOST)).toEqual([]);
      await page.reload();
      await expect.poll(() => stateLine(page).textContent(), { timeout: 30_000 }).toBe('Thông báo đang bật trên máy này.');
      const back = (await serverList(page)).items.filter((item) => item.host === FAKE_PUSH_HOST);
      expect(back).toEqual([expect.objectContaining({ id: await deviceId(page), topics: { campaigns: true, corrections: true, verdicts: false } })]);
      expect(await page.locator('#push-verdicts').isChecked()).toBe(false);

      // Off on this device: the server forgets it.
      await page.locator('[data-push-off]').click();
      await expect.poll(() => stateLine(page).textContent(), { timeout: 30_000 }).toBe('Thông báo đang tắt trên máy này.');
      const off = await serverList(page);
      expect(off.items.filter((item) => item.host === FAKE_PUSH_HOST)).toEqual([]);
      expect(await page.locator('[data-push-on]').isVisible()).toBe(true);
      await checkDeskPage(page, 'push-optin-after-off', viewport);
      await section.screenshot({ path: join(SHOTS_DIR, `push-optin-after-off-section-${viewport.name}.png`) });
      await context.close();
    });
  }

  it('explains what notifications need, with no control, when JavaScript is off (phone)', { timeout: 300_000 }, async (ctx) => {
    if (!browser) return ctx.skip();
    const viewport = VIEWPORTS[0];
    const scripted = await contextAt(browser, viewport);
    await (await signIn(scripted, baseURL, 'member@lantoa.local')).close();
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, javaScriptEnabled: false, storageState: await scripted.storageState() });
    await scripted.close();
    context.setDefaultTimeout(STEP_TIMEOUT);
    const page = await context.newPage();
    await page.goto(`${baseURL}/me`);
    const section = page.locator('[data-push-optin]');
    await expect(section.locator('[data-push-nojs]').isVisible()).resolves.toBe(true);
    await expect(section.locator('[data-push-nojs]').textContent()).resolves.toContain('Thông báo cần JavaScript');
    await expect(section.locator('.me-push-topics').textContent()).resolves.toContain('Chiến dịch mới ở tỉnh, thành phố của tôi');
    // No dead control: the buttons and checkboxes stay hidden without the script.
    for (const control of ['[data-push-on]', '[data-push-off]', '#push-campaigns']) {
      await expect(section.locator(control).isVisible(), control).resolves.toBe(false);
    }
    mkdirSync(SHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SHOTS_DIR, 'push-optin-nojs-phone.png'), fullPage: true });
    await section.screenshot({ path: join(SHOTS_DIR, 'push-optin-nojs-section-phone.png') });
    await context.close();
  });
});
