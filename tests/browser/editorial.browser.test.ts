import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';

const baseURL = inject('baseURL');
const PASSWORD = 'lantoa-demo-2026';
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForURL(`${baseURL}/editor`), page.click('form.stack-form button[type=submit]')]);
  return page;
}

/** Write a story in the editor form and submit it for review; returns its id. */
async function writeAndSubmit(page: Page, title: string): Promise<number> {
  await page.goto(`${baseURL}/editor/stories/new`);
  await page.fill('#f-title', title);
  await page.fill('#f-summary', 'Một câu chuyện đẹp về tình làng nghĩa xóm.');
  await page.fill('#f-body', 'Bà **Tư** đã nấu cơm miễn phí cho bệnh nhân suốt 10 năm.');
  await page.selectOption('#f-categoryCode', 'humane_story');
  await page.selectOption('#f-provinceCode', 'CTO');
  await page.fill('#f-tags', 'nhân ái, bếp cơm');
  await page.selectOption('#f-sourceType', 'interview');
  await page.fill('#f-sourceDetail', 'Phỏng vấn bà Tư ngày 2/11/2026');
  await page.check('#f-consent');
  await Promise.all([page.waitForURL(/\/editor\/stories\/\d+\?done=submitted$/), page.click('button[name=intent][value=submit]')]);
  await expect(page.locator('.done-notice').textContent()).resolves.toContain('Đã gửi bài để duyệt');
  return Number(new URL(page.url()).pathname.split('/').pop());
}

type EditorStory = { status: string; slug: string };

async function storyAsEditor(page: Page, id: number): Promise<EditorStory> {
  const res = await page.request.get(`${baseURL}/api/editor/stories/${id}`);
  return ((await res.json()) as { story: EditorStory }).story;
}

describe('the editorial workflow in a real browser', () => {
  it('takes a contributor’s story through an editor to the public; a rejected one stays out', async (ctx) => {
    if (!browser) return ctx.skip();
    const title = `Bếp cơm nghĩa tình ${Date.now()}`;
    const rejectedTitle = `Bài chưa đạt ${Date.now()}`;

    // The contributor works on a phone-sized screen.
    const contributor = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const cPage = await signIn(contributor, 'contributor@lantoa.local');
    expect(await seriousAxeViolations(cPage), 'dashboard').toEqual([]);
    const goodId = await writeAndSubmit(cPage, title);
    const badId = await writeAndSubmit(cPage, rejectedTitle);
    await cPage.goto(`${baseURL}/editor/stories/new`);
    expect(await seriousAxeViolations(cPage), 'story editor').toEqual([]);
    const overflow = await cPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the editor fits a phone screen').toBeLessThanOrEqual(0);
    // Signing out through the layout's form, which a phone shows behind the header's menu button.
    await cPage.click('.nav-toggle');
    await Promise.all([cPage.waitForURL(`${baseURL}/`), cPage.click('form[action="/logout"] button')]);
    const me = await cPage.request.get(`${baseURL}/api/me`);
    expect(me.status()).toBe(401);
    await contributor.close();

    const editor = await browser.newContext();
    const ePage = await signIn(editor, 'editor@lantoa.local');
    await expect(ePage.locator('#queue-h ~ ol.queue-list').textContent()).resolves.toContain(title);
    await ePage.goto(`${baseURL}/editor/stories/${goodId}/review`);
    expect(await seriousAxeViolations(ePage), 'review screen').toEqual([]);
    await Promise.all([ePage.waitForURL(/done=approved$/), ePage.click(`form[action="/editor/stories/${goodId}/approve"] button[type=submit]`)]);

    await ePage.goto(`${baseURL}/editor/stories/${badId}/review`);
    await ePage.fill('#reject-reason', 'Cần xác minh thêm với chính quyền địa phương');
    await Promise.all([ePage.waitForURL(/done=rejected$/), ePage.click(`form[action="/editor/stories/${badId}/reject"] button[type=submit]`)]);

    const good = await storyAsEditor(ePage, goodId);
    const bad = await storyAsEditor(ePage, badId);
    expect(good.status).toBe('published');
    expect(bad.status).toBe('rejected');

    // The public feed belongs to the feed branch; until it is merged, the editor API above is the proof.
    const anonymous = await browser.newContext();
    const feed = await anonymous.request.get(`${baseURL}/api/stories`);
    if (feed.status() === 404) {
      console.warn('NOTE: GET /api/stories is not in this build yet (feed branch); publication checked through the editor API only.');
    } else {
      const json = JSON.stringify(await feed.json());
      expect(json).toContain(good.slug);
      expect(json).not.toContain(bad.slug);
      const home = await anonymous.newPage();
      await home.goto(`${baseURL}/`);
      await expect(home.content()).resolves.toContain(title);
      await expect(home.content()).resolves.not.toContain(rejectedTitle);
      expect((await anonymous.request.get(`${baseURL}/stories/${bad.slug}`)).status()).toBe(404);
    }
    await anonymous.close();
    await editor.close();
  });

  it('shows an accessible sign-in page that refuses a wrong password', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/login?lang=en`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.fill('#login-email', 'member@lantoa.local');
    await page.fill('#login-password', 'definitely-wrong');
    await page.click('form.stack-form button[type=submit]');
    await expect(page.locator('#login-error').textContent()).resolves.toContain('Email, phone number or password is incorrect.');
    await context.close();
  });
});
