// What a reader's phone downloads: the first visit to the feed at most 90 KB on the wire
// (HTML, styles, scripts and fonts; images left out), at most 60 KB of it fonts; the next
// page at most 15 KB (styles, scripts and fonts come from the cache, versioned and immutable).
// And Vietnamese set in the subset font: no missing glyphs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { contextAt, SHOTS_DIR, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
const PHONE = VIEWPORTS[0];
const FIRST_VISIT = 90 * 1024;
const FONTS = 60 * 1024;
const NEXT_PAGE = 15 * 1024;

type Transfer = { url: string; type: string; bytes: number; status: number };

/** Everything the page pulls over the network while `visit` runs, from Chromium's own accounting (CDP). */
async function transfers(cdp: CDPSession, visit: () => Promise<unknown>): Promise<Transfer[]> {
  const seen = new Map<string, Transfer>();
  const onRequest = (e: { requestId: string; request: { url: string }; type?: string }) =>
    seen.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', bytes: 0, status: 0 });
  const onResponse = (e: { requestId: string; response: { status: number } }) => {
    const t = seen.get(e.requestId);
    if (t) t.status = e.response.status;
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const t = seen.get(e.requestId);
    if (t) t.bytes = e.encodedDataLength;
  };
  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  try {
    await visit();
  } finally {
    cdp.off('Network.requestWillBeSent', onRequest);
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.loadingFinished', onFinished);
  }
  return [...seen.values()];
}

const isImage = (t: Transfer) => t.type === 'Image' || /\.(png|jpe?g|webp|gif|avif)(\?|$)/.test(new URL(t.url).pathname) || /\/cards?\//.test(t.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (list: Transfer[]) => list.reduce((sum, t) => sum + t.bytes, 0);
const describeList = (list: Transfer[]) => list.map((t) => `${new URL(t.url).pathname} ${t.status} ${kb(t.bytes)}`).join(', ');

async function visit(page: Page, cdp: CDPSession, path: string) {
  const list = await transfers(cdp, async () => {
    const res = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
    expect(res?.status(), path).toBe(200);
    await page.evaluate(() => document.fonts.ready);
  });
  return list.filter((t) => !isImage(t) && !t.url.startsWith('data:'));
}

let browser: Awaited<ReturnType<typeof launchChromium>> = null;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a reader’s first visit on a phone', () => {
  it('costs at most 90 KB for the feed (fonts at most 60 KB), then at most 15 KB for a story', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await contextAt(browser, PHONE);
    ctx.onTestFinished(() => context.close());
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');

    const first = await visit(page, cdp, '/');
    mkdirSync(SHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SHOTS_DIR, 'weight-feed-first-visit-phone.png') });
    const fonts = first.filter((t) => t.url.includes('/fonts/'));
    if (process.env.WEIGHT_LOG) console.log(`/ ${kb(total(first))}: ${describeList(first)}`);
    expect(fonts.length, 'the feed draws its text with the web font').toBeGreaterThan(0);
    expect(total(fonts), describeList(fonts)).toBeLessThanOrEqual(FONTS);
    expect(total(first), describeList(first)).toBeLessThanOrEqual(FIRST_VISIT);
    // Styles and scripts come by versioned URL: nothing to revalidate on the next page.
    for (const t of first.filter((x) => x.type === 'Stylesheet' || x.type === 'Script')) expect(new URL(t.url).pathname).toMatch(/^\/v\/[0-9a-f]{10}\//);

    const story = await page.locator('main a[href^="/stories/"]').first().getAttribute('href');
    expect(story).toBeTruthy();
    const next = await visit(page, cdp, story ?? '/');
    if (process.env.WEIGHT_LOG) console.log(`${story} ${kb(total(next))}: ${describeList(next)}`);
    expect(total(next), describeList(next)).toBeLessThanOrEqual(NEXT_PAGE);
    // Nothing already fetched is fetched again: styles, scripts and fonts come from the cache (0 bytes on the wire).
    const again = next.filter((t) => first.some((f) => f.url === t.url) && t.bytes > 0);
    expect(describeList(again), 'downloaded again').toBe('');
  });

  it('sets every Vietnamese letter in the subset font: “Ẵ ặ ữ ỗ Đ” renders with no missing glyph', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await contextAt(browser, PHONE);
    ctx.onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.goto(`${baseURL}/guidelines`);
    await page.evaluate(() => {
      const h = document.querySelector('main h1');
      if (h) h.textContent = 'Ẵ ặ ữ ỗ Đ — Tiếng Việt';
    });
    await page.evaluate(() => document.fonts.ready);
    // The font that drew the heading: Chromium reports the platform font actually used per run of text.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName)).toEqual(['Be Vietnam Pro']);
    mkdirSync(SHOTS_DIR, { recursive: true });
    await page.locator('main h1').screenshot({ path: join(SHOTS_DIR, 'vietnamese-subset-heading-phone.png') });
  });
});
