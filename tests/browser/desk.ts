import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAxeViolations } from './browser';

/** The demo accounts' password (scripts/seed). */
export const DEMO_PASSWORD = 'lantoa-demo-2026';

/** The two screens every desk page must work on: a 390 px phone and a 1280 px laptop. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 900 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

/** Screenshots are test artefacts, never committed: .tmp/ is ignored by git. */
export const SHOTS_DIR = join(process.cwd(), '.tmp', 'browser-shots');

/** Sign in through the real form; the page ends on /editor (or wherever `next` leads). */
export async function signIn(context: BrowserContext, baseURL: string, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/login'), page.click('form.stack-form button[type=submit]')]);
  return page;
}

/** A new context at the viewport's size. */
export function contextAt(browser: Browser, viewport: Viewport): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
}

/** Horizontal overflow in CSS px (0 when the page fits its screen). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Controls a thumb must hit that are smaller than 44×44 CSS px (WCAG 2.5.5): buttons, form
 * fields, summaries and stand-alone links. Links inside running text are exempt, as WCAG allows.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input:not([type=hidden]), select, textarea, summary, a';
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not rendered
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      if (el.tagName === 'A' && el.closest('p, li p, td, .prose, .md, dd, figcaption')) continue; // inline link in text
      if ((el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio') {
        // A checkbox's target is its label: measure the label when there is one.
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        const lr = label?.getBoundingClientRect();
        if (lr && lr.height >= 44) continue;
      }
      if (r.height < 44 || r.width < 44) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '').trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
}

/**
 * What every desk page owes its user on both screens: axe-core clean (serious and critical),
 * no horizontal scrolling, tap targets ≥ 44 px on the phone. Saves a full-page screenshot
 * as `.tmp/browser-shots/<step>-<viewport>.png` for a person to look at.
 */
export async function checkDeskPage(page: Page, step: string, viewport: Viewport): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${step}-${viewport.name}.png`), fullPage: true });
  expect(await seriousAxeViolations(page), `${step} (${viewport.name}): axe`).toEqual([]);
  expect(await horizontalOverflow(page), `${step} (${viewport.name}): fits the screen`).toBeLessThanOrEqual(0);
  if (viewport.name === 'phone') expect(await smallTapTargets(page), `${step}: tap targets`).toEqual([]);
}
