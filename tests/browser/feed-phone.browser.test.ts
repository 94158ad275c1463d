// The feed on a 390×844 phone (and a 1280 laptop): the first story's picture and title on the
// first screen, signed in or not; filters folded into one row; active filters as chips that
// remove themselves; every tap target on the public pages at least 44×44 CSS px.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, horizontalOverflow, signIn, smallTapTargets, SHOTS_DIR, VIEWPORTS, type Viewport } from './desk';

const baseURL = inject('baseURL');
const [PHONE] = VIEWPORTS;
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Bottom edge (CSS px from the top of the page) of the first story's thumbnail box and title. */
async function firstStoryBottoms(page: Page): Promise<{ thumb: number; title: number }> {
  const card = page.locator('.story-card').first();
  const thumb = await card.locator('.story-card-thumb').boundingBox();
  const title = await card.locator('.story-card-title').boundingBox();
  if (!thumb || !title) throw new Error('the first story has no thumbnail box or title on screen');
  return { thumb: thumb.y + thumb.height, title: title.y + title.height };
}

async function open(viewport: Viewport, path: string, member = false): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const context = await contextAt(browser, viewport);
  const page = member ? await signIn(context, baseURL, 'member@lantoa.local') : await context.newPage();
  await page.goto(`${baseURL}${path}`);
  return page;
}

describe('the first screen of the feed', () => {
  for (const viewport of VIEWPORTS) {
    for (const member of [false, true]) {
      const who = member ? 'signed in as a member' : 'signed out';
      it(`shows the first story's picture and title without scrolling (${viewport.name}, ${who})`, async (ctx) => {
        if (!browser) return ctx.skip();
        const page = await open(viewport, '/', member);
        if (member) await expect(page.locator('form[action="/logout"]').count(), 'signed in').resolves.toBe(1);
        const { thumb, title } = await firstStoryBottoms(page);
        expect(thumb, 'thumbnail box').toBeLessThanOrEqual(viewport.height);
        expect(title, 'title').toBeLessThanOrEqual(viewport.height);
        // The search box stays on top, above the first story.
        const search = await page.getByRole('searchbox', { name: 'Tìm câu chuyện' }).boundingBox();
        expect(search?.y ?? Infinity).toBeLessThan(thumb);
        const step = `feed-first-screen-${member ? 'member' : 'anon'}`;
        // What the reader sees before scrolling, for a person to look at (checkDeskPage saves the full page).
        mkdirSync(SHOTS_DIR, { recursive: true });
        await page.screenshot({ path: join(SHOTS_DIR, `${step}-${viewport.name}-viewport.png`) });
        await checkDeskPage(page, step, viewport);
        await page.context().close();
      });
    }
  }
});

describe('the filters on a phone', () => {
  it('are closed by default, open by tapping their row, and work without JavaScript', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    const province = page.getByLabel('Tỉnh, thành phố');
    await expect(province.isVisible()).resolves.toBe(false);
    await page.getByText('Lọc theo tỉnh, chuyên mục').click();
    await expect(province.isVisible()).resolves.toBe(true);
    await province.selectOption('HNI');
    await Promise.all([page.waitForURL(/province=HNI/), page.getByRole('button', { name: 'Xem kết quả' }).click()]);
    expect(new Set(await page.locator('.story-card-province').allTextContents())).toEqual(new Set(['Hà Nội']));
    // The chosen filter is a chip now, and the folded row says how many are on.
    await expect(page.getByRole('link', { name: 'Bỏ lọc: Hà Nội' }).count()).resolves.toBe(1);
    await expect(page.locator('.feed-more-filters > summary').textContent()).resolves.toContain('(1)');
    expect(await smallTapTargets(page), 'tap targets').toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('show a chosen filter as a chip; removing it brings the whole feed back and keeps the other filters', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await open(PHONE, '/?province=DNG&tag=tinh-nguyen');
    const chips = page.getByRole('navigation', { name: 'Bộ lọc đang dùng' });
    const province = chips.getByRole('link', { name: 'Bỏ lọc: Đà Nẵng' });
    const tag = chips.getByRole('link', { name: 'Bỏ lọc: Tình nguyện' });
    await expect(province.count()).resolves.toBe(1);
    await expect(tag.count()).resolves.toBe(1);
    for (const chip of [province, tag, chips.getByRole('link', { name: 'Bỏ lọc', exact: true })]) {
      const box = await chip.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    }
    await checkDeskPage(page, 'feed-chips', PHONE);
    await Promise.all([page.waitForURL((url) => !url.search.includes('province')), province.click()]);
    expect(new URL(page.url()).search).toBe('?tag=tinh-nguyen');
    const provinces = new Set(await page.locator('.story-card-province').allTextContents());
    expect(provinces.size).toBeGreaterThan(1);
    await Promise.all([page.waitForURL((url) => url.search === ''), page.getByRole('link', { name: 'Bỏ lọc', exact: true }).click()]);
    await expect(page.getByRole('navigation', { name: 'Bộ lọc đang dùng' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('tap targets of at least 44×44 px on the public pages', () => {
  for (const viewport of VIEWPORTS) {
    it(`on a story page, /report, /guidelines and /campaigns (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const feed = await open(viewport, '/?tag=tinh-nguyen');
      const href = (await feed.locator('.story-card-title a').first().getAttribute('href')) ?? '/';
      await feed.goto(`${baseURL}${href}`);
      // Tag names, not slugs, in the story's tag list.
      await expect(feed.locator('.tag-list').getByRole('link', { name: 'Tình nguyện' }).count()).resolves.toBe(1);
      await checkDeskPage(feed, 'story-page', viewport);
      for (const path of ['/report', '/guidelines', '/campaigns']) {
        await feed.goto(`${baseURL}${path}`);
        await checkDeskPage(feed, `public${path.replace('/', '-')}`, viewport);
      }
      await feed.context().close();
    });
  }
});
