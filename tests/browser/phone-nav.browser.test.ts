// The header on a phone: its links wait behind one "Danh mục" button (a <details>, no script),
// open as a list of 44 px rows; a laptop shows them in a row with no button. Signed in or not.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, horizontalOverflow, signIn, smallTapTargets, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
const [PHONE, LAPTOP] = VIEWPORTS;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the header on a phone', () => {
  it('keeps the links behind the menu button, and opens them as 44 px rows without JavaScript', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Báo tin sai sự thật' }).isVisible()).resolves.toBe(false);
    await page.getByText('Danh mục', { exact: true }).click();
    const links = nav.getByRole('link');
    await expect(links.count()).resolves.toBe(8); // feed, campaigns, report, check before posting, guide, learn, saved, sign in
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    expect(await smallTapTargets(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('signed in: the menu holds the desk link and the sign-out form, and signing out works from it', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    const page = await signIn(context, baseURL, 'contributor@lantoa.local'); // lands on /editor
    await page.locator('.nav-toggle').click();
    await checkDeskPage(page, 'phone-nav-open', PHONE);
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Biên tập' }).isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForURL(`${baseURL}/`), page.getByRole('button', { name: 'Đăng xuất' }).click()]);
    await expect(page.getByText('Danh mục', { exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('on a laptop shows the links in a row and no menu button', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: LAPTOP.width, height: LAPTOP.height } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page.getByText('Danh mục', { exact: true }).isVisible()).resolves.toBe(false);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Báo tin sai sự thật' }).isVisible()).resolves.toBe(true);
    const tops = await nav.getByRole('link').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one row').toBe(1);
    await context.close();
  });
});
