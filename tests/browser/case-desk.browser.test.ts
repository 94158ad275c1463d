// The editor's day on the case desk, on a phone and a laptop: find a case by filter and by
// a pasted link, give it a verdict in one step from "Mới", start its rebuttal, read its history.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

/** One Facebook post per screen size, reported through the public endpoint as a reader would. */
const postId = (i: number) => `31415926535${i}`;
const reportedUrl = (i: number) => `https://www.facebook.com/story.php?story_fbid=${postId(i)}&id=100042`;
/** The same post as a phone shares it: mobile host, tracking junk, 300 characters. */
function pastedUrl(i: number): string {
  const base = `https://m.facebook.com/story.php?story_fbid=${postId(i)}&id=100042&mibextid=Nif5oz&__cft__[0]=`;
  return base + 'AZX'.repeat(100).slice(0, 300 - base.length);
}

async function report(i: number): Promise<void> {
  const res = await fetch(`${baseURL}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL, accept: 'application/json' },
    body: JSON.stringify({ url: reportedUrl(i), category: 'scam', province: 'HNI', description: 'Trang giả mạo Sở Y tế kêu gọi chuyển khoản ủng hộ.' }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

beforeAll(async () => {
  browser = await launchChromium();
  if (browser) for (let i = 0; i < VIEWPORTS.length; i++) await report(i);
});
afterAll(async () => {
  await browser?.close();
});

describe('the case desk, as editor@ works it', () => {
  VIEWPORTS.forEach((viewport, i) => {
    it(`finds a case, decides it in one step, starts a rebuttal and reads its history (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'editor@lantoa.local');

      // 1. Filter: new scam reports on Facebook.
      await page.goto(`${baseURL}/editor/cases`);
      await page.locator('#filter-status').selectOption('new');
      await page.locator('#filter-platform').selectOption('facebook');
      await page.locator('#filter-category').selectOption('scam');
      await Promise.all([page.waitForURL(/platform=facebook/), page.getByRole('button', { name: 'Lọc', exact: true }).click()]);
      const ours = page.locator('.cases-table tbody tr', { hasText: `posts/${postId(i)}` });
      await expect(ours.count()).resolves.toBe(1);
      await checkDeskPage(page, `case-desk-1-filter`, viewport);

      // 2. Search by the link as pasted from a phone: the canonicaliser finds the same case.
      await page.goto(`${baseURL}/editor/cases`);
      await page.locator('#filter-q').fill(pastedUrl(i));
      await Promise.all([page.waitForURL(/q=/), page.getByRole('button', { name: 'Lọc', exact: true }).click()]);
      await expect(page.locator('#filter-q').inputValue()).resolves.toBe(pastedUrl(i));
      const rows = page.locator('.cases-table tbody tr');
      await expect(rows.count()).resolves.toBe(1);
      await expect(rows.first().textContent()).resolves.toContain(`posts/${postId(i)}`);
      await checkDeskPage(page, `case-desk-2-pasted-link`, viewport);

      // 3. Open it: a new case, with the verdicts offered right away.
      await Promise.all([page.waitForURL(/\/editor\/cases\/\d+$/), rows.first().locator('.case-link a').first().click()]);
      await expect(page.locator('.case-facts .badge').textContent()).resolves.toBe('Mới');
      await checkDeskPage(page, `case-desk-3-new-case`, viewport);

      // 4. The verdict in one step from "Mới".
      await page.getByLabel('Sai sự thật', { exact: true }).check();
      await page.locator('#case-verdict').fill('Sở Y tế không kêu gọi ủng hộ qua tài khoản cá nhân; trang này giả mạo.');
      await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Ghi kết luận' }).click()]);
      await expect(page.locator('.case-facts .badge').textContent()).resolves.toBe('Sai sự thật');
      await checkDeskPage(page, `case-desk-4-verdict`, viewport);

      // 5. A rebuttal from it (the existing draft flow), its status in words.
      await page.locator('#rebuttal-title').fill(`Sự thật về trang giả mạo Sở Y tế (${viewport.name})`);
      await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Bắt đầu bài phản bác' }).click()]);
      const caseText = (await page.locator('.case-detail').textContent()) ?? '';
      expect(caseText).toContain(`Bản nháp: Sự thật về trang giả mạo Sở Y tế (${viewport.name})`);
      expect(caseText).toContain('Trạng thái bài: Bản nháp');

      // 6. The history reads as sentences: who, what, when, before → after.
      const history = (await page.locator('#case-history').innerText()).replace(/\s+/g, ' ');
      expect(history).toContain('Trần Văn Biên kết luận hồ sơ');
      expect(history).toMatch(/kết luận hồ sơ #\d+/);
      expect(history).toMatch(/nhận xem xét hồ sơ #\d+/);
      expect(history).toMatch(/bắt đầu bài phản bác cho hồ sơ #\d+/);
      expect(history).toMatch(/Trạng thái: Mới →( thành)? Đang xem xét/);
      expect(history).toMatch(/Trạng thái: Đang xem xét →( thành)? Sai sự thật/);
      expect(history).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(history).not.toContain('{"');
      expect(history).not.toMatch(/\d{10,}/);
      expect(history).not.toContain('case.update');
      await page.locator('#case-history').scrollIntoViewIfNeeded();
      await checkDeskPage(page, `case-desk-5-rebuttal-history`, viewport);
      await context.close();
    });
  });
});
