// The story page on a 390×844 phone (issue 11): the share bar is on screen at once and never
// covers the story; "Chia sẻ" hands the card (a PNG file) and the caption to the share sheet;
// without file sharing, Zalo copies caption + hashtags + link and shows how to paste; Facebook
// is sharer.php (no FB_APP_ID in the dev server's vars).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { horizontalOverflow, SHOTS_DIR } from './desk';
import { PHONE_STORY as story } from './share-fixtures';

const baseURL = inject('baseURL');
const PHONE = { width: 390, height: 844 };
const TRACKED = new RegExp(`${baseURL.replace(/[.]/g, '\\.')}/l/[A-Za-z0-9_-]{8}`);
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

type Recorded = { files: { name: string; type: string; size: number; isFile: boolean }[]; text: string; title: string; url: string };

/**
 * A phone whose share sheet is stubbed: `navigator.share` records what it was given;
 * `canShare` says yes to files when `files` is true, and is absent otherwise.
 */
async function phone(files: boolean): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  await context.addInitScript((withFiles: boolean) => {
    const w = window as unknown as { __shared: unknown[] };
    w.__shared = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: { files?: File[]; text?: string; title?: string; url?: string }) => {
        w.__shared.push({
          files: (data.files ?? []).map((f) => ({ name: f.name, type: f.type, size: f.size, isFile: f instanceof File })),
          text: data.text ?? '',
          title: data.title ?? '',
          url: data.url ?? '',
        });
        return Promise.resolve();
      },
    });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: withFiles ? () => true : undefined });
  }, files);
  const page = await context.newPage();
  expect((await page.goto(`${baseURL}/stories/${story.slug}`))?.status()).toBe(200);
  return { context, page };
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SHOTS_DIR, `story-share-${name}-phone.png`), fullPage });

/** Buttons and links of the bar, the kit and the related list smaller than 44×44 CSS px. */
function smallShareTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.share-bar button, .share-kit__channels button, .related a, .share-hint a, .share-hint button'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.width < 44 || r.height < 44);
      })
      .map((el) => `${el.textContent?.trim()} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
  );
}

describe('the story page on a 390×844 phone', () => {
  it('shows the share bar at once, never over the story, and the full kit open below the story', async (ctx) => {
    if (!browser) return ctx.skip();
    const { context, page } = await phone(true);
    const bar = page.locator('[data-share-bar]');
    const box = await bar.boundingBox();
    expect(box, 'the bar is rendered').not.toBeNull();
    // On screen without scrolling, along the bottom edge, with every action a thumb can hit.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(PHONE.height);
    for (const name of ['Chia sẻ', 'Zalo', 'Facebook', 'Sao chép']) {
      await expect(bar.getByRole('button', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    }
    await expect(page.locator('[data-save-slot]').count(), 'a spot for "Lưu để chia sẻ sau"').resolves.toBe(1);
    await shot(page, 'top');

    // The story's last paragraph, brought into view, sits above the bar, not under it.
    const last = page.locator('.story-body p').last();
    await expect(last.textContent()).resolves.toBe(story.paragraphs.at(-1));
    await last.scrollIntoViewIfNeeded();
    await last.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const lastBox = await last.boundingBox();
    const barTop = (await bar.boundingBox())?.y ?? 0;
    expect((lastBox?.y ?? 0) + (lastBox?.height ?? 0), 'last paragraph above the bar').toBeLessThanOrEqual(barTop + 0.5);
    await shot(page, 'last-paragraph');

    // At the very end of the page, the footer's last line clears the bar too (the page is padded).
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footerBottom = await page.locator('.site-footer').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(footerBottom).toBeLessThanOrEqual(barTop + 0.5);
    await shot(page, 'end');

    // The kit is open: captions, both cards and the checklist are on the page, not behind a fold.
    const kit = page.locator('[data-share-kit]');
    await expect(kit.locator('details').count()).resolves.toBe(0);
    await expect(kit.locator('#share-caption-0').isVisible()).resolves.toBe(true);
    await expect(kit.locator('.verify-checklist').isVisible()).resolves.toBe(true);
    await expect(kit.locator('[data-download]').count()).resolves.toBe(2);
    // Related stories, as small items with thumbnails.
    await expect(page.locator('[data-related] li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-related] .story-thumb').first().isVisible()).resolves.toBe(true);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallShareTargets(page)).toEqual([]);
    await shot(page, 'full', true);
    await context.close();
  });

  it('"Chia sẻ" hands a PNG of the card and the caption to the share sheet', async (ctx) => {
    if (!browser) return ctx.skip();
    const { context, page } = await phone(true);
    await page.locator('[data-share-bar]').getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __shared: unknown[] }).__shared.length > 0, undefined, { timeout: 20_000 });
    const [shared] = await page.evaluate(() => (window as unknown as { __shared: Recorded[] }).__shared);
    expect(shared?.files).toHaveLength(1);
    expect(shared?.files[0]).toMatchObject({ type: 'image/png', isFile: true });
    expect(shared?.files[0]?.name).toMatch(/\.png$/);
    expect(shared?.files[0]?.size ?? 0).toBeGreaterThan(1000);
    expect(shared?.text).toContain(story.captions[0]);
    expect(shared?.text).toContain('#LanTỏa');
    expect(shared?.title).toBe(story.title);
    expect(shared?.url).toMatch(TRACKED);
    await context.close();
  });

  it('with all five buttons ("Chia sẻ" and "Lưu để chia sẻ sau" shown) the bar stays one row, within the page\'s padding, no label clipped', async (ctx) => {
    if (!browser) return ctx.skip();
    const { context, page } = await phone(true);
    await page.locator('[data-share-sheet]').waitFor({ state: 'visible' });
    await page.locator('[data-save-button]').waitFor({ state: 'visible' });
    const bar = await page.evaluate(() => {
      const buttons = Array.from(document.querySelectorAll<HTMLElement>('.share-bar button:not([hidden])'));
      return {
        count: buttons.length,
        height: document.querySelector('.share-bar')!.getBoundingClientRect().height,
        padding: parseFloat(getComputedStyle(document.body).paddingBottom),
        tops: new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size,
        clipped: buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent),
      };
    });
    expect(bar.count).toBe(5);
    expect(bar.tops, 'one row').toBe(1);
    expect(bar.height, 'no taller than the space the page keeps for it').toBeLessThanOrEqual(bar.padding);
    expect(bar.clipped).toEqual([]);
    await shot(page, 'bar-five');
    await context.close();
  });

  it('without file sharing, Zalo copies caption, hashtags and link together, shows how to paste, then opens Zalo', async (ctx) => {
    if (!browser) return ctx.skip();
    const { context, page } = await phone(false);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await context.route('https://zalo.me/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>zalo</title>' }));
    const [zalo] = await Promise.all([context.waitForEvent('page'), page.locator('[data-share-bar] [data-bar-channel="zalo"]').click()]);
    await zalo.waitForURL('https://zalo.me/');
    await page.bringToFront();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(story.captions[0] ?? '-'), copied).toBe(true);
    expect(copied).toContain('#LanTỏa #LaiChâu');
    expect(copied).toMatch(new RegExp(`\\n\\n${TRACKED.source}$`));

    const hint = page.locator('[data-zalo-hint]');
    await expect(hint.isVisible()).resolves.toBe(true);
    await expect(hint.locator('h2').textContent()).resolves.toBe('Đã sao chép lời dẫn, hashtag và liên kết');
    await expect(hint.textContent()).resolves.toContain('chọn “Dán”');
    const hintBox = await hint.boundingBox();
    const barTop = (await page.locator('[data-share-bar]').boundingBox())?.y ?? 0;
    expect(hintBox?.y ?? -1, 'the hint is on screen').toBeGreaterThanOrEqual(0);
    expect((hintBox?.y ?? 0) + (hintBox?.height ?? 0), 'above the bar').toBeLessThanOrEqual(barTop);
    expect(await smallShareTargets(page)).toEqual([]);
    await shot(page, 'zalo-hint');
    await hint.getByRole('button', { name: 'Đóng' }).click();
    await expect(hint.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('Facebook opens sharer.php with a tracked link when no FB_APP_ID is set', async (ctx) => {
    if (!browser) return ctx.skip();
    const { context, page } = await phone(false);
    await context.route('https://www.facebook.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>fb</title>' }));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.locator('[data-share-bar] [data-bar-channel="facebook"]').click()]);
    await popup.waitForURL(/facebook\.com\/sharer\/sharer\.php/);
    expect(new URL(popup.url()).searchParams.get('u')).toMatch(new RegExp(`^${TRACKED.source}$`));
    await context.close();
  });

  it('works without JavaScript: the bar’s Facebook button posts the kit’s form to the hand-off page', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    await context.route('https://www.facebook.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>fb</title>' }));
    const page = await context.newPage();
    await page.goto(`${baseURL}/stories/${story.slug}`);
    await expect(page.locator('[data-share-sheet]').isVisible(), '"Chia sẻ" needs the script').resolves.toBe(false);
    const [handoff] = await Promise.all([context.waitForEvent('page'), page.locator('[data-bar-channel="facebook"]').click()]);
    await handoff.waitForURL(/facebook\.com\/sharer/);
    expect(new URL(handoff.url()).searchParams.get('u')).toMatch(new RegExp(`^${TRACKED.source}$`));
    await context.close();
  });

  it('on a 1280 px laptop, the bar heads the kit beside the story, on the first screen, over nothing', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/stories/${story.slug}`);
    const bar = page.locator('[data-share-bar]');
    const box = await bar.boundingBox();
    const article = await page.locator('article.story').boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0), 'on the first screen').toBeLessThanOrEqual(900);
    expect(box?.x ?? 0, 'beside the story, not over it').toBeGreaterThanOrEqual((article?.x ?? 0) + (article?.width ?? 0));
    expect(await bar.evaluate((el) => getComputedStyle(el).position)).not.toBe('fixed');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS_DIR, 'story-share-top-laptop.png') });
    await context.close();
  });
});
