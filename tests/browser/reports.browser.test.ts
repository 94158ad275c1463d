import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { launchChromium, seriousAxeViolations } from './browser';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Sign in as the seeded demo editor through the real login page; the session cookie stays in `context`. */
async function signInAsEditor(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/login`);
  await page.fill('#login-email', 'editor@lantoa.local');
  await page.fill('#login-password', DEMO_PASSWORD);
  await Promise.all([page.waitForURL(`${baseURL}/editor`), page.click('form.stack-form button[type=submit]')]);
  await page.close();
}

async function editorContext(): Promise<BrowserContext> {
  const context = await browser!.newContext();
  await signInAsEditor(context);
  return context;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('reporting misinformation in a real browser', () => {
  it('works without JavaScript: the form submits, with a screenshot, and lands on the receipt page', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/report`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Báo tin sai sự thật');
    await expect(page.getByText('Kiểm chứng trước khi chia sẻ').count()).resolves.toBe(1);
    await page.getByLabel('Đường link').fill('https://www.facebook.com/story.php?story_fbid=424242&id=100064&mibextid=abc');
    await page.getByLabel('Lừa đảo').check();
    await page.getByLabel('Nội dung tin, hoặc mô tả thêm').fill('Trang giả mạo ngân hàng xin mã OTP.');
    await page.getByLabel('Tỉnh, thành phố liên quan (không bắt buộc)').selectOption('DNG');
    await page.locator('#report-screenshot').setInputFiles({ name: 'anh-chup.png', mimeType: 'image/png', buffer: PNG });
    await Promise.all([page.waitForURL(/\/report\/[A-Za-z0-9_-]{43}$/), page.getByRole('button', { name: 'Gửi báo cáo' }).click()]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Đã nhận báo cáo của bạn');
    await expect(page.locator('.badge').first().textContent()).resolves.toBe('Mới');
    await expect(page.locator('.receipt-code').textContent()).resolves.toMatch(/^LT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    // Without a script there is no copy button; the link is there to select by hand.
    await expect(page.locator('button.copy-link').isVisible()).resolves.toBe(false);
    await expect(page.locator('#receipt-link').inputValue()).resolves.toBe(page.url());
    await context.close();
  });

  it('shows field errors on the form when the link is refused, still without JavaScript', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/report`);
    // type=url lets any scheme through; the server refuses what it must.
    await page.getByLabel('Đường link').fill('http://192.168.1.1/admin');
    await page.getByLabel('Tin sai sự thật').check();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Gửi báo cáo' }).click()]);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Đường link không hợp lệ');
    await expect(page.getByLabel('Đường link').inputValue()).resolves.toBe('http://192.168.1.1/admin');
    await context.close();
  });

  it('has no serious accessibility problems on the form and a receipt page', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(`${baseURL}/report`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${baseURL}/report/demo-receipt-000000000000000000000000000007`);
    // The demo case 3 is decided: the heading gives the verdict in words.
    await expect(page.locator('h1').textContent()).resolves.toBe('Đã có kết luận: Gây hiểu lầm');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the triage desk in a real browser', () => {
  it('lets an editor filter, open a case, see its reports, and move it to review', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await editorContext();
    const page = await context.newPage();
    const res = await page.goto(`${baseURL}/editor/cases`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('Bàn xử lý báo cáo');
    // Most reported first: the demo Facebook case has four reports.
    await expect(page.locator('.cases-table tbody tr').first().locator('.count').textContent()).resolves.toBe('4');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Nền tảng').selectOption('tiktok');
    await Promise.all([page.waitForURL(/platform=tiktok/), page.getByRole('button', { name: 'Lọc' }).click()]);
    const rows = page.locator('.cases-table tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(/\/editor\/cases\/\d+$/), rows.first().locator('a').click()]);
    await expect(page.locator('.case-report').count()).resolves.toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Trạng thái mới').selectOption('reviewing');
    await page.getByLabel('Ghi chú nội bộ').fill('Đang xác minh với ngân hàng.');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Lưu' }).click()]);
    await expect(page.locator('.case-facts .badge').textContent()).resolves.toBe('Đang xem xét');
    await expect(page.locator('.case-notes').textContent()).resolves.toContain('Đang xác minh với ngân hàng.');
    await context.close();
  });

  it('shows an editor the screenshot a reporter attached', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await editorContext();
    const page = await context.newPage();
    // The case reported with a screenshot in the first test, found by its canonical link.
    await page.goto(`${baseURL}/editor/cases?q=424242`);
    await Promise.all([page.waitForURL(/\/editor\/cases\/\d+$/), page.locator('.cases-table tbody tr a').first().click()]);
    const img = page.locator('img.report-screenshot').first();
    await expect(img.getAttribute('alt')).resolves.toMatch(/Ảnh chụp màn hình của báo cáo #\d+/);
    // loading="lazy": bring it into view, then wait for the decoded image.
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((el) => (el as HTMLImageElement).decode());
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    await context.close();
  });
});
