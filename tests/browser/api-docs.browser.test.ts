import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { checkDeskPage, contextAt, horizontalOverflow, SHOTS_DIR, VIEWPORTS } from './desk';

// /api/docs: Swagger UI served from the Worker's own assets under the site's CSP (script-src 'self',
// style-src 'self'), over a server-rendered list that is the whole page without JavaScript.
const baseURL = inject('baseURL');
let browser: Browser | null = null;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** axe on our part of the page (the layout, the intro, the list); Swagger UI's own markup is not ours to fix. */
async function ourAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    const result = await axe.run({ exclude: [['#swagger-ui']] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

describe('/api/docs', () => {
  for (const viewport of VIEWPORTS) {
    it(`Swagger UI loads from our own files, lists the operations, no CSP error (${viewport.name})`, { timeout: 180_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await contextAt(browser, viewport);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(msg.text());
      });
      page.on('pageerror', (err) => problems.push(err.message));
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(baseURL) && !req.url().startsWith('data:')) foreign.push(req.url());
      });

      // The Swagger UI bundle is 1.4 MB: a loaded CI machine needs longer than the default 30 s.
      await page.goto(`${baseURL}/api/docs`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
      // Swagger UI renders an h1 of its own (hidden by our sheet): ours is the page's title.
      await expect(page.locator('#api-docs-title').textContent()).resolves.toBe('Tài liệu API');
      await page.locator('#swagger-ui .opblock-tag').first().waitFor({ timeout: 90_000 });
      // The server-rendered list steps aside once Swagger UI has the document.
      await expect(page.locator('[data-api-ref]').isHidden()).resolves.toBe(true);
      await page.locator('#operations-tag-Stories').click();
      const stories = page.locator('#swagger-ui .opblock-get', { has: page.locator('[data-path="/api/stories"]') });
      await stories.first().waitFor();
      await expect(stories.first().locator('.opblock-summary-description').textContent()).resolves.toBe('The public feed (published stories)');

      mkdirSync(SHOTS_DIR, { recursive: true });
      await page.screenshot({ path: join(SHOTS_DIR, `api-docs-${viewport.name}.png`), fullPage: false });
      expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p)), 'CSP errors').toEqual([]);
      expect(problems, 'console errors').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(await horizontalOverflow(page), 'fits the screen').toBeLessThanOrEqual(0);
      expect(await ourAxeViolations(page)).toEqual([]);
      await context.close();
    });

    it(`without JavaScript the page itself lists every operation by group (${viewport.name})`, { timeout: 180_000 }, async (ctx) => {
      if (!browser) return ctx.skip();
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseURL}/api/docs`);
      // Groups start closed (a phone would scroll 24,000 px otherwise); one tap opens a group.
      await expect(page.locator('details.api-ref-group[open]').count()).resolves.toBe(0);
      await page.locator('#tag-stories summary').click();
      await expect(page.locator('#tag-stories').getAttribute('open')).resolves.toBe('');
      const row = page.locator('.api-ref-op', { has: page.locator('code', { hasText: /^\/api\/stories$/ }) });
      await expect(row.locator('.api-method').first().textContent()).resolves.toBe('GET');
      await expect(row.first().locator('.api-role').textContent()).resolves.toBe('Công khai');
      await expect(page.locator('.api-ref-op', { has: page.locator('code', { hasText: /^\/api\/editor\/queue$/ }) }).locator('.api-role').textContent()).resolves.toBe('Cần vai trò: Biên tập viên');
      await expect(page.getByRole('link', { name: 'Tải tài liệu OpenAPI (JSON)' }).getAttribute('href')).resolves.toBe('/api/openapi.json');
      await page.screenshot({ path: join(SHOTS_DIR, `api-docs-nojs-${viewport.name}.png`), fullPage: true });
      await context.close();

      // axe runs as a script, so the accessibility, width and tap-target checks run on the same
      // list with scripts on but the Swagger UI bundle unavailable (the list then stays).
      const checked = await contextAt(browser, viewport);
      const listPage = await checked.newPage();
      await listPage.route('**/vendor/swagger-ui/**', (route) => route.abort());
      await listPage.goto(`${baseURL}/api/docs`);
      await expect(listPage.locator('[data-api-ref]').isVisible()).resolves.toBe(true);
      await listPage.locator('#tag-stories summary').click();
      await checkDeskPage(listPage, 'api-docs-list', viewport);
      await checked.close();
    });
  }
});
