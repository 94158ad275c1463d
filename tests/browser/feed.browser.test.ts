import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, locale: 'vi-VN' });
  const page = await context.newPage();
  const res = await page.goto(`${baseURL}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

const cardProvinces = (page: Page) => page.locator('.story-card-province').allTextContents();

describe('a reader on the feed', () => {
  it('filters by a province, searches, and opens a story with full link-preview metadata', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Câu chuyện tích cực đã được kiểm duyệt');
    expect(await page.locator('.story-card').count()).toBeGreaterThanOrEqual(20);

    await page.getByText('Lọc theo tỉnh, chuyên mục').click();
    await page.getByLabel('Tỉnh, thành phố').selectOption('DNG');
    await Promise.all([page.waitForURL(/province=DNG/), page.getByRole('button', { name: 'Xem kết quả' }).click()]);
    const provinces = await cardProvinces(page);
    expect(provinces.length).toBeGreaterThan(0);
    expect(new Set(provinces)).toEqual(new Set(['Đà Nẵng']));

    await Promise.all([page.waitForURL((url) => !url.search.includes('province')), page.getByRole('link', { name: 'Bỏ lọc: Đà Nẵng' }).click()]);
    await page.getByRole('searchbox', { name: 'Tìm câu chuyện' }).fill('guong sang');
    await Promise.all([page.waitForURL(/q=guong\+sang/), page.getByRole('button', { name: 'Tìm', exact: true }).click()]);
    await expect(page.locator('#feed-list-title').textContent()).resolves.toBe('Kết quả tìm kiếm cho “guong sang”');
    const firstTitle = page.locator('.story-card-title a').first();
    await expect(firstTitle.textContent()).resolves.toMatch(/Gương sáng/);

    await Promise.all([page.waitForURL(/\/stories\//), firstTitle.click()]);
    const title = (await page.locator('h1').textContent()) ?? '';
    expect(title).toMatch(/Gương sáng/);
    expect(await page.title()).toBe(`${title} · Lan Tỏa`);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toBe(title);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:locale"]')).toBe('vi_VN');
    expect(await meta('meta[property="og:url"]')).toBe(page.url());
    expect(await meta('meta[name="description"]')).toBeTruthy();
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(page.url());
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'Article', headline: title, url: page.url() });
  });

  it('can use the filters and the "more" link without JavaScript', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await open('/?limit=5', { javaScript: false });
    await page.getByText('Lọc theo tỉnh, chuyên mục').click();
    await page.getByLabel('Chuyên mục').selectOption('rebuttal');
    await Promise.all([page.waitForURL(/category=rebuttal/), page.getByRole('button', { name: 'Xem kết quả' }).click()]);
    expect(await page.locator('.story-card').count()).toBe(4);
    const more = await open('/?limit=5', { javaScript: false });
    await Promise.all([more.waitForURL(/cursor=/), more.getByRole('link', { name: 'Xem thêm câu chuyện' }).click()]);
    expect(await more.locator('.story-card').count()).toBe(5);
  });

  it('gets RSS and a sitemap that the browser parses as XML', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await open('/guidelines');
    const parsed = await page.evaluate(async () => {
      const out: Record<string, { root: string; errors: number; items: number }> = {};
      for (const path of ['/feed.xml', '/sitemap.xml']) {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'application/xml');
        out[path] = {
          root: doc.documentElement.nodeName,
          errors: doc.getElementsByTagName('parsererror').length,
          items: doc.getElementsByTagName(path === '/feed.xml' ? 'item' : 'url').length,
        };
      }
      return out;
    });
    expect(parsed['/feed.xml']).toEqual({ root: 'rss', errors: 0, items: 30 });
    expect(parsed['/sitemap.xml']).toMatchObject({ root: 'urlset', errors: 0 });
    expect(parsed['/sitemap.xml']?.items).toBeGreaterThan(40);
  });
});

describe('accessibility (axe-core: no serious or critical violations)', () => {
  for (const path of ['/', '/?q=da+nang&province=DNG', '/guidelines', '/?lang=en']) {
    it(`on ${path}`, async (ctx) => {
      if (!browser) return ctx.skip();
      const page = await open(path);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  it('on a story page, in normal and high-contrast mode', async (ctx) => {
    if (!browser) return ctx.skip();
    const feed = await open('/?category=rebuttal');
    const href = await feed.locator('.story-card-title a').first().getAttribute('href');
    const page = await open(href ?? '/');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
