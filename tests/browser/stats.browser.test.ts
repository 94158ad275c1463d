import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';

const baseURL = inject('baseURL');
let browser: Browser | null = null;
let editor: BrowserContext | null = null;
/** The editorial seed's demo admin (sees every province). */
const ADMIN = { email: 'admin@lantoa.local', password: 'lantoa-demo-2026' };

beforeAll(async () => {
  browser = await launchChromium();
  if (!browser) return;
  // Rows of campaignFixtureSql (tests/browser/campaign-fixtures.ts) are written by the global setup.
  // Signed in through the real form, sent back to the dashboard by `next`.
  editor = await browser.newContext();
  const page = await editor.newPage();
  await page.goto(`${baseURL}/login?next=%2Feditor%2Fstats`);
  await page.fill('#login-email', ADMIN.email);
  await page.fill('#login-password', ADMIN.password);
  await Promise.all([page.waitForURL(`${baseURL}/editor/stats`), page.click('form.stack-form button[type=submit]')]);
  await page.close();
});
afterAll(async () => {
  await editor?.close();
  await browser?.close();
});

describe('the reach dashboard in a real browser', () => {
  it('shows its charts as named images, with no serious accessibility violation and nothing from a CDN', async (ctx) => {
    if (!browser || !editor) return ctx.skip();
    const page = await editor.newPage();
    const external: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL) && !req.url().startsWith('data:')) external.push(req.url());
    });
    const res = await page.goto(`${baseURL}/editor/stats`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Thống kê lan tỏa');
    await expect(page.getByRole('img', { name: /Chia sẻ và lượt truy cập theo ngày/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('img', { name: /Theo kênh chia sẻ/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('img', { name: /Theo tỉnh, thành phố/ }).count()).resolves.toBe(1);
    // The line really is drawn, with one point per day of the default 30-day period.
    await expect(page.locator('#chart-daily-title ~ g.series-shares circle').count()).resolves.toBe(30);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(external, 'no request may leave the hub').toEqual([]);
    await page.close();
  });

  it('opens a chart’s table alternative and downloads its CSV with a BOM', async (ctx) => {
    if (!browser || !editor) return ctx.skip();
    const page = await editor.newPage();
    await page.goto(`${baseURL}/editor/stats`);
    await page.locator('summary', { hasText: 'Xem dạng bảng' }).first().click();
    const table = page.getByRole('table', { name: 'Chia sẻ và lượt truy cập theo ngày' });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.locator('tbody tr').count()).resolves.toBe(30);
    const href = await page.locator('.csv-link a').first().getAttribute('href');
    const csv = await page.request.get(`${baseURL}${href}`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('Ngày,Lượt chia sẻ,Lượt truy cập');
    await page.close();
  });

  it('narrows to a province through the filter form, without JavaScript', async (ctx) => {
    if (!browser) return ctx.skip();
    if (!editor) return ctx.skip();
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await editor.storageState() });
    const page = await context.newPage();
    await page.goto(`${baseURL}/editor/stats`);
    await page.selectOption('#stats-province', 'HNI');
    await Promise.all([page.waitForURL(/province=HNI/), page.getByRole('button', { name: 'Xem số liệu' }).click()]);
    const rows = await page.getByRole('table', { name: 'Theo tỉnh, thành phố' }).locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Hà Nội');
    await context.close();
  });
});

describe('the campaign editor in a real browser', () => {
  it('lists campaigns and edits one accessibly', async (ctx) => {
    if (!browser || !editor) return ctx.skip();
    const page = await editor.newPage();
    await page.goto(`${baseURL}/editor/campaigns`);
    await expect(page.getByRole('link', { name: 'Tháng Thanh niên: lan tỏa việc tốt' }).count()).resolves.toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tháng Thanh niên: lan tỏa việc tốt' }).click();
    await page.fill('#cf-targetShares', '150');
    await Promise.all([page.waitForURL(/done=saved$/), page.getByRole('button', { name: 'Lưu thay đổi' }).click()]);
    await expect(page.locator('#cf-targetShares').inputValue()).resolves.toBe('150');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('sharing from a campaign in a real browser', () => {
  it('opens the story’s share kit with the campaign hashtags and credits the share to the campaign', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseURL}/campaigns/thang-thanh-nien-lan-toa-viec-tot`);
    await Promise.all([
      page.waitForURL(/\/share\/browser-9001\?campaign=thang-thanh-nien-lan-toa-viec-tot$/, { waitUntil: 'domcontentloaded' }),
      page.getByRole('link', { name: /Mở bộ chia sẻ\s*: Người lính cứu hỏa/ }).click(),
    ]);
    await expect(page.locator('#share-caption-0').inputValue()).resolves.toContain('#ThangThanhNien');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const [request] = await Promise.all([
      page.waitForRequest((req) => req.url().endsWith('/api/shares') && req.method() === 'POST'),
      page.getByRole('button', { name: 'Sao chép liên kết' }).click(),
    ]);
    expect(JSON.parse(request.postData() ?? '{}')).toMatchObject({ story: 9001, channel: 'copy', campaign: 1 });
    const response = await request.response();
    expect(response?.status()).toBe(201);
    await context.close();
  });
});

describe('the feed of a signed-in member in a real browser', () => {
  it('highlights their city’s campaign, shows the correction notice, and lets them dismiss it', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/login`);
    await page.fill('#login-email', 'member@lantoa.local');
    await page.fill('#login-password', ADMIN.password);
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.click('form.stack-form button[type=submit]')]);
    await page.goto(`${baseURL}/`);
    await expect(page.getByRole('complementary', { name: 'Thành phố nghĩa tình' }).count()).resolves.toBe(1);
    await expect(page.locator('.correction-notice').textContent()).resolves.toContain('Sửa địa chỉ bếp ăn.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(`${baseURL}/`), page.getByRole('button', { name: 'Đã xem' }).click()]);
    await expect(page.locator('.correction-notice').count()).resolves.toBe(0);
    await page.goto(`${baseURL}/stories/browser-9002`);
    await expect(page.getByRole('region', { name: 'Đính chính' }).textContent()).resolves.toContain('Sửa địa chỉ bếp ăn.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the campaign pages in a real browser', () => {
  it('list and show the seeded campaigns accessibly', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(`${baseURL}/campaigns`);
    await expect(page.getByRole('heading', { name: 'Tháng Thanh niên: lan tỏa việc tốt' }).count()).resolves.toBe(1);
    await expect(page.getByRole('progressbar').count()).resolves.toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${baseURL}/campaigns/thang-thanh-nien-lan-toa-viec-tot`);
    await expect(page.getByRole('progressbar', { name: /Lượt chia sẻ/ }).count()).resolves.toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
