// The hub on a phone with no signal: installable (manifest, service worker), a story saved
// with "Lưu để chia sẻ sau" opens and is shared offline from the saved list, the last feed
// page opens with a banner, other pages get the offline page, and nothing private is kept.
// Every test makes its own context: its service worker and caches die with it, so no other
// test file ever runs under one.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, SHOTS_DIR, signIn, VIEWPORTS } from './desk';
import { SHARE_STORY as story } from './share-fixtures';

const baseURL = inject('baseURL');
const PHONE = VIEWPORTS[0];
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type ShareCall = { title?: string; text?: string; files: { name: string; type: string; size: number; signature: number[] }[] };

/** A phone context whose share sheet is a stub that records what it was handed. */
async function phoneWithShareSheet(b: Browser): Promise<BrowserContext> {
  const context = await b.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, locale: 'vi-VN' });
  await context.addInitScript(() => {
    const calls: unknown[] = [];
    Object.defineProperty(window, '__shareCalls', { value: calls });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: { files?: File[] }) => Array.isArray(data.files) });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: { title?: string; text?: string; files?: File[] }) => {
        const files = await Promise.all(
          (data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, size: f.size, signature: [...new Uint8Array(await f.slice(0, 8).arrayBuffer())] })),
        );
        calls.push({ title: data.title, text: data.text, files });
      },
    });
  });
  return context;
}

/** Wait until the service worker is active and controls `page` (it claims open pages at once). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Wait until a request is in one of the page's caches (the worker stores after answering). */
async function cached(page: Page, key: string): Promise<void> {
  await page.waitForFunction(async (k) => (await caches.match(k)) !== undefined, key, { polling: 100 });
}

describe('offline, installable', () => {
  it('links a valid manifest whose icons load, and the service worker controls the page after a reload', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('/manifest.webmanifest');
      expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#b91c1c');
      const res = await page.request.get(`${baseURL}${href}`);
      expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      const manifest = (await res.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose?: string }[] };
      expect(manifest).toMatchObject({ name: 'Lan Tỏa', start_url: '/', display: 'standalone' });
      for (const icon of manifest.icons) {
        const size = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return `${img.naturalWidth}x${img.naturalHeight}`;
        }, icon.src);
        expect(size, icon.src).toBe(icon.sizes);
      }

      await controlled(page);
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${baseURL}/sw.js`);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${baseURL}/`);
    } finally {
      await context.close();
    }
  });

  it('saves a story, then offline lists it, shares its card and caption, shows the last feed with a banner, and clears', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await phoneWithShareSheet(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await controlled(page);
      // Seen under the worker: this feed page is the one kept for offline.
      await page.reload();
      await cached(page, '/__offline/last-feed');
      const feedTitle = (await page.locator('main a[href^="/stories/"]').first().textContent())?.trim() ?? '';
      expect(feedTitle).not.toBe('');

      await page.goto(`${baseURL}/stories/${story.slug}`);
      const save = page.locator('[data-save-button]');
      await expect(save.textContent()).resolves.toBe('Lưu để chia sẻ sau');
      expect(await save.evaluate((b) => b.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
      await save.click();
      await page.waitForFunction(() => document.querySelector('[data-save-status]')?.textContent?.startsWith('Đã lưu bài này'), null, { timeout: 20_000 });
      await expect(save.textContent()).resolves.toBe('Bỏ lưu bài này');
      mkdirSync(SHOTS_DIR, { recursive: true });
      await page.locator('[data-save-slot]').screenshot({ path: join(SHOTS_DIR, 'offline-save-button-phone.png') });

      await context.setOffline(true);

      // The saved list opens with no connection, with the story, its card and caption.
      await page.goto(`${baseURL}/da-luu`);
      const item = page.locator(`[data-saved-item="/stories/${story.slug}"]`);
      await item.waitFor();
      await expect(item.locator('h2').textContent()).resolves.toBe(story.title);
      expect(await item.locator('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(1080);
      await expect(item.locator('.saved-item__caption').textContent()).resolves.toContain(story.captions[0]);
      await expect(page.locator('[data-saved-usage]').textContent()).resolves.toMatch(/^Đã lưu 1 bài \(\d+(,\d)? (KB|MB)\) trên máy này\. Tối đa 30 bài hoặc 20 MB/);
      await checkDeskPage(page, 'offline-saved-list', PHONE);

      // Sharing works offline: the share sheet gets the card as a PNG file and the caption with the link.
      await item.locator('[data-saved-share]').click();
      await page.waitForFunction(() => (window as unknown as { __shareCalls: unknown[] }).__shareCalls.length > 0);
      const [call] = await page.evaluate(() => (window as unknown as { __shareCalls: ShareCall[] }).__shareCalls);
      expect(call?.files).toHaveLength(1);
      expect(call?.files[0]).toMatchObject({ type: 'image/png', name: `lan-toa-${story.slug}.png` });
      expect(call?.files[0]?.signature, 'a real PNG').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(call?.files[0]?.size).toBeGreaterThan(1000);
      expect(call?.text).toContain(story.captions[0]);
      expect(call?.text).toContain(`/stories/${story.slug}`);

      // The saved story itself opens offline, marked as a saved copy.
      await page.goto(`${baseURL}/stories/${story.slug}`);
      await expect(page.locator('h1').textContent()).resolves.toBe(story.title);
      await expect(page.locator('[data-offline-banner]').textContent()).resolves.toContain('Bạn đang ngoại tuyến — đây là bản đã lưu lúc');

      // The home screen's start page: the last feed page seen, with a banner saying so.
      await page.goto(`${baseURL}/`);
      const banner = page.locator('[data-offline-banner]');
      await expect(banner.textContent()).resolves.toMatch(/Bạn đang ngoại tuyến — đây là trang đã xem lúc \d\d:\d\d\./);
      await expect(page.locator('main a[href^="/stories/"]').first().textContent()).resolves.toContain(feedTitle);
      await checkDeskPage(page, 'offline-feed', PHONE);

      // A page never seen: the offline page, pointing to the saved stories.
      const unknown = await page.goto(`${baseURL}/campaigns/chua-tung-mo`);
      expect(unknown?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('Bạn đang ngoại tuyến');
      await checkDeskPage(page, 'offline-page', PHONE);
      await page.locator('a[href="/da-luu"]').first().click();
      await item.waitFor();

      // "Xoá dữ liệu đã lưu" asks once, then empties the list (still offline).
      await page.locator('[data-saved-clear-ask]').click();
      await expect(page.locator('[data-saved-clear-question]').textContent()).resolves.toContain('Xoá hết 1 bài đã lưu');
      await page.locator('[data-saved-clear-yes]').click();
      await page.locator('[data-saved-empty]').waitFor();
      expect(await page.locator('[data-saved-item]').count()).toBe(0);
      await expect(page.locator('[data-saved-status]').textContent()).resolves.toBe('Đã xoá toàn bộ dữ liệu đã lưu trên máy này.');
      await page.reload();
      await page.locator('[data-saved-empty]').waitFor();
      expect(await page.locator('[data-saved-item]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a new deploy reaches the reader at the next visit: the new worker takes over and deletes the old caches', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await controlled(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.updateViaCache)).toBe('none');
      const before = await page.evaluate(() => caches.keys());
      const oldStatic = before.find((n) => /^lantoa-static-[0-9a-f]{10}$/.test(n));
      expect(oldStatic, before.join(', ')).toBeTruthy();

      // "Deploy" a worker whose VERSION changed, as scripts/sw-version.ts writes after any change.
      await context.route(`${baseURL}/sw.js`, async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(/const VERSION = '[0-9a-f]{10}';/, "const VERSION = 'fedcba9876';");
        await route.fulfill({ response: res, body });
      });
      await page.reload(); // the next visit checks /sw.js (no-cache, updateViaCache 'none')
      await page.waitForFunction(
        async (old) => {
          const names = await caches.keys();
          return names.includes('lantoa-static-fedcba9876') && !names.includes(old);
        },
        oldStatic ?? '',
        { polling: 200 },
      );
      // Online, the page itself is always the server's answer of now, never a kept copy.
      expect(await page.locator('[data-offline-banner]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('sweeps caches an older worker left behind at the next page request, never the saved stories', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await controlled(page);
      await page.evaluate(async () => {
        for (const name of ['lantoa-assets-0123456789', 'lantoa-pages-0123456789', 'lantoa-saved-v1']) {
          await (await caches.open(name)).put(`/__test/${name}`, new Response('x'));
        }
      });
      await page.reload();
      await page.waitForFunction(async () => !(await caches.keys()).some((n) => n.endsWith('-0123456789')), null, { polling: 200 });
      expect(await page.evaluate(() => caches.has('lantoa-saved-v1'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keeps nothing private: a signed-in member’s feed is not stored, so offline it is the offline page', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    try {
      const page = await signIn(context, baseURL, 'member@lantoa.local');
      await page.goto(`${baseURL}/`);
      await controlled(page);
      await page.reload();
      await page.goto(`${baseURL}/account`);
      // The saved list's shell is kept as a signed-out reader gets it, never this member's page.
      await cached(page, '/da-luu');
      const shell = await page.evaluate(async () => (await (await caches.match('/da-luu'))?.text()) ?? '');
      expect(shell).toContain('href="/login"');
      expect(shell).not.toContain('/logout');
      const kept = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
        return urls;
      });
      expect(kept).not.toContain('/__offline/last-feed');
      expect(kept.filter((p) => /^\/(?:editor|account|login|logout|api)(?:\/|$)/.test(p))).toEqual([]);

      await context.setOffline(true);
      await page.goto(`${baseURL}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Bạn đang ngoại tuyến');
    } finally {
      await context.close();
    }
  });
});
