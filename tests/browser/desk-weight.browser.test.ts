// Page weight of the desk on a phone: after the first visit, each desk page costs at most
// 60 KB on the wire (HTML plus revalidated styles and scripts, images left out), and fits
// a 390 px screen without sideways scrolling.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { contextAt, horizontalOverflow, signIn, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
const PHONE = VIEWPORTS[0];
/** The budget of a repeat visit, in bytes on the wire (headers included), images excluded. */
const BUDGET = 60 * 1024;

type Transfer = { url: string; type: string; bytes: number; status: number; cached: boolean };

/** Everything the page pulls over the network while `visit` runs, from Chromium's own accounting (CDP). */
async function transfers(cdp: CDPSession, visit: () => Promise<unknown>): Promise<Transfer[]> {
  const seen = new Map<string, Transfer>();
  const onRequest = (e: { requestId: string; request: { url: string }; type?: string }) =>
    seen.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', bytes: 0, status: 0, cached: false });
  const onResponse = (e: { requestId: string; response: { status: number; fromDiskCache?: boolean } }) => {
    const t = seen.get(e.requestId);
    if (t) Object.assign(t, { status: e.response.status, cached: e.response.fromDiskCache === true });
  };
  const onCache = (e: { requestId: string }) => {
    const t = seen.get(e.requestId);
    if (t) t.cached = true;
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const t = seen.get(e.requestId);
    if (t) t.bytes = e.encodedDataLength;
  };
  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.requestServedFromCache', onCache);
  cdp.on('Network.loadingFinished', onFinished);
  try {
    await visit();
  } finally {
    cdp.off('Network.requestWillBeSent', onRequest);
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.requestServedFromCache', onCache);
    cdp.off('Network.loadingFinished', onFinished);
  }
  return [...seen.values()];
}

const isImage = (t: Transfer) => t.type === 'Image' || /\.(png|jpe?g|webp|gif|avif|svg)(\?|$)/.test(new URL(t.url).pathname);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A desk page's repeat visit: its bytes (images left out) and what they were, for the failure message. */
async function repeatVisit(page: Page, cdp: CDPSession, path: string) {
  const list = await transfers(cdp, async () => {
    const res = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
    expect(res?.status(), path).toBe(200);
  });
  const counted = list.filter((t) => !isImage(t) && !t.url.startsWith('data:'));
  const bytes = counted.reduce((sum, t) => sum + t.bytes, 0);
  const detail = counted.map((t) => `${new URL(t.url).pathname} ${t.status}${t.cached ? ' (cache)' : ''} ${kb(t.bytes)}`).join(', ');
  return { bytes, detail, counted };
}

/** The first link on `path` whose href matches `pattern` (ids differ with the seed). */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(`${baseURL}${path}`);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${path}`);
  return href;
}

let browser: Awaited<ReturnType<typeof launchChromium>> = null;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each role's desk pages; `discover` finds the pages whose ids come from the seed. */
const ROLES: { email: string; pages: string[]; discover?: [string, RegExp][] }[] = [
  {
    email: 'editor@lantoa.local',
    pages: ['/editor', '/editor/cases', '/editor/audit', '/editor/stats', '/editor/campaigns'],
    discover: [
      ['/editor', /^\/editor\/stories\/\d+\/review$/],
      ['/editor/cases', /^\/editor\/cases\/\d+$/],
    ],
  },
  { email: 'contributor@lantoa.local', pages: ['/editor', '/editor/stories/new'] },
  { email: 'admin@lantoa.local', pages: ['/editor/users'] },
];

describe('desk pages on a phone: weight of a repeat visit and fit', () => {
  for (const role of ROLES) {
    it(`${role.email}: every desk page is at most 60 KB on a repeat visit and fits 390 px`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context: BrowserContext = await contextAt(browser, PHONE);
      try {
        const page = await signIn(context, baseURL, role.email);
        const paths = [...role.pages];
        for (const [from, pattern] of role.discover ?? []) paths.push(await firstLink(page, from, pattern));
        // First visits fill the browser cache, as a working day's first hour would.
        for (const path of paths) await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        for (const path of paths) {
          const { bytes, detail, counted } = await repeatVisit(page, cdp, path);
          expect(counted.length, `${path}: the page itself was measured`).toBeGreaterThan(0);
          // DESK_WEIGHT_LOG=1 prints what each repeat visit transferred (the README's figures).
          if (process.env.DESK_WEIGHT_LOG) console.info(`${role.email} ${path}: ${kb(bytes)} — ${detail}`);
          expect(bytes, `${path}: ${kb(bytes)} on a repeat visit: ${detail}`).toBeLessThanOrEqual(BUDGET);
          // Styles and scripts come from the cache or as a bodiless 304, never again in full.
          const refetched = counted.filter((t) => /\.(css|js)$/.test(new URL(t.url).pathname) && t.status === 200 && !t.cached && t.bytes > 1024);
          expect(refetched.map((t) => t.url), `${path}: styles and scripts downloaded again`).toEqual([]);
          expect(await horizontalOverflow(page), `${path}: fits 390 px`).toBeLessThanOrEqual(0);
        }
      } finally {
        await context.close();
      }
    });
  }
});
