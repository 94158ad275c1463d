import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless. Where it is missing the tests say so loudly and
 * are skipped; in CI (CI=true) a missing Chromium is a failure.
 */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    const message = `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;
    if (process.env.CI === 'true') throw new Error(`${message}: browser tests cannot run in CI without it`);
    console.warn(`\n${'!'.repeat(72)}\n!! SKIPPED browser tests: ${message}\n${'!'.repeat(72)}\n`);
    return null;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return withNavigationTimeout(browser);
}

/**
 * How long a page load or `waitForURL` may take. `wrangler dev` now and then holds one request
 * for 30 s before the Worker sees it (seen in CI, and locally about one run in six of
 * editor-review: its own log shows `GET … 200 OK (30844ms)` while the Worker answered in 65 ms,
 * with no reload and nothing else running). Playwright's 30 s default then fails a test whose
 * step went through, and the CI retry fails too when the first attempt already changed the
 * data. A longer wait rides that stall out; a page that really never loads still fails. (Once a
 * first page load of a fresh context waited past 50 s; nothing had changed yet, so the CI retry
 * covers that one.)
 */
export const NAVIGATION_TIMEOUT_MS = 50_000;

/** Every context and page this browser opens gets NAVIGATION_TIMEOUT_MS. */
function withNavigationTimeout(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    return page;
  };
  return browser;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Run axe-core on the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: our CSP rightly forbids injecting an inline <script>.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
