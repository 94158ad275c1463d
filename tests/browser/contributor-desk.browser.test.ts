import { deflateSync } from 'node:zlib';
import type { Browser, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, signIn, VIEWPORTS } from './desk';

const baseURL = inject('baseURL');
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A small solid-colour PNG (RGB, 8 bit), encoded here so the test needs no image file. */
function smallPng(width = 96, height = 54, rgb: [number, number, number] = [21, 128, 61]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Select the first occurrence of `text` in the body textarea, as a writer would with the mouse. */
async function selectInBody(page: Page, text: string): Promise<void> {
  await page.evaluate((word) => {
    const area = document.getElementById('f-body') as HTMLTextAreaElement;
    const at = area.value.indexOf(word);
    area.focus();
    area.setSelectionRange(at, at + word.length);
  }, text);
}

describe('the contributor’s desk in a real browser', () => {
  for (const viewport of VIEWPORTS) {
    it(`writes a story with a cover, the toolbar, live preview and autosave, and submits it (${viewport.name})`, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await signIn(context, baseURL, 'contributor@lantoa.local');
      const dialogs: string[] = [];
      page.on('dialog', (dialog: Dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await checkDeskPage(page, 'contributor-1-dashboard', viewport);

      // Fake timers so the 30-second server autosave can be reached without waiting for it.
      await page.clock.install();
      await page.goto(`${baseURL}/editor/stories/new`);
      await expect(page.locator('#f-provinceCode').inputValue()).resolves.toBe('');
      await expect(page.locator('#f-categoryCode').inputValue()).resolves.toBe('');
      await checkDeskPage(page, 'contributor-2-new-story', viewport);

      const title = `Bếp cơm nghĩa tình ${viewport.name} ${Date.now()}`;
      await page.fill('#f-title', title);
      await expect(page.locator('#f-title-count .char-count-text').textContent()).resolves.toBe(`${[...title].length}/200 ký tự`);
      await page.fill('#f-summary', 'Mười năm nấu cơm miễn phí cho bệnh nhân nghèo ở Cần Thơ.');
      await page.fill('#f-body', 'Bà Tư nấu cơm mỗi sáng.');
      // Toolbar: bold a word, then a heading line and a list item, all as Markdown.
      await selectInBody(page, 'mỗi sáng');
      await page.click('.md-toolbar button[data-md=bold]');
      await page.locator('#f-body').press('End');
      await page.locator('#f-body').press('Enter');
      await page.locator('#f-body').press('Enter');
      await page.locator('#f-body').pressSequentially('Thực đơn');
      await page.click('.md-toolbar button[data-md=heading]');
      await expect(page.locator('#f-body').inputValue()).resolves.toBe('Bà Tư nấu cơm **mỗi sáng**.\n\n## Thực đơn');
      await page.locator('#f-body').press('End');
      await page.locator('#f-body').press('Enter');
      await page.locator('#f-body').press('Enter');
      await page.locator('#f-body').pressSequentially('Cơm trắng');
      await page.click('.md-toolbar button[data-md=list]');
      // The live preview renders with the public renderer, without sending the form.
      await page.clock.runFor(1000);
      await page.locator('#preview-body strong', { hasText: 'mỗi sáng' }).waitFor();
      await page.locator('#preview-body h2', { hasText: 'Thực đơn' }).waitFor();
      await page.locator('#preview-body li', { hasText: 'Cơm trắng' }).waitFor();
      await page.click('#preview-button');
      expect(new URL(page.url()).pathname).toBe('/editor/stories/new');

      await page.selectOption('#f-categoryCode', 'humane_story');
      await page.selectOption('#f-provinceCode', 'CTO');
      await page.setInputFiles('#f-file', { name: 'bep-com.png', mimeType: 'image/png', buffer: smallPng() });
      await page.locator('#cover-chosen img[src^="blob:"]').waitFor();
      await page.fill('#f-coverAlt', 'Bà Tư bên nồi cơm lớn');
      await page.selectOption('#f-sourceType', 'interview');
      await page.fill('#f-sourceDetail', 'Phỏng vấn bà Tư ngày 2/11/2026');
      await page.check('#f-consent');

      // 30 s later the draft is on the server and the address is the draft's own.
      await page.clock.runFor(31_000);
      await page.waitForURL(/\/editor\/stories\/\d+$/);
      await expect(page.locator('#autosave-status').textContent()).resolves.toMatch(/^Đã lưu lúc \d{2}:\d{2}$/);
      await checkDeskPage(page, 'contributor-3-writing', viewport);

      await Promise.all([page.waitForURL(/\/editor\/stories\/\d+\?done=submitted$/), page.click('button[name=intent][value=submit]')]);
      expect(dialogs, 'no "leave this page?" after a successful submit').toEqual([]);
      await expect(page.locator('.done-notice').textContent()).resolves.toContain('Đã gửi bài để duyệt');
      await page.locator('article.story-preview img.cover[alt="Bà Tư bên nồi cơm lớn"]').waitFor();
      await checkDeskPage(page, 'contributor-4-submitted', viewport);

      await page.goto(`${baseURL}/editor`);
      await expect(page.locator('#mine-group-submitted').textContent()).resolves.toContain(title);
      await expect(page.locator('#mine-group-submitted').textContent()).resolves.toMatch(/Gửi duyệt lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      await checkDeskPage(page, 'contributor-5-dashboard-waiting', viewport);
      await context.close();
    });
  }

  it('keeps typed text on this device and asks before leaving with unsaved changes', async (ctx) => {
    if (!browser) return ctx.skip();
    const context = await contextAt(browser, VIEWPORTS[0]);
    const page = await signIn(context, baseURL, 'contributor@lantoa.local');
    await page.goto(`${baseURL}/editor/stories/new`);
    await page.click('#f-title'); // a real gesture: browsers ask before leaving only after one
    await page.fill('#f-title', 'Bài viết dở dang');
    await page.fill('#f-body', 'Một đoạn chưa lưu.');
    await page.locator('#autosave-status', { hasText: 'Đã giữ trên máy này' }).waitFor();
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.type()))));
    await page.click('.breadcrumb a');
    await expect(asked).resolves.toBe('beforeunload');
    await page.waitForURL(`${baseURL}/editor`);
    // Back on the form, the draft kept on this device is offered again.
    await page.goto(`${baseURL}/editor/stories/new`);
    await page.locator('#draft-restore:not([hidden])').waitFor();
    await page.click('#draft-restore-yes');
    await expect(page.locator('#f-body').inputValue()).resolves.toBe('Một đoạn chưa lưu.');
    await expect(page.locator('#f-title').inputValue()).resolves.toBe('Bài viết dở dang');
    await context.close();
  });
});
