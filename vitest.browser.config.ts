import { defineConfig } from 'vitest/config';

// Browser tests run in Node: one `wrangler dev` with a fresh, seeded local D1
// (tests/browser/global-setup.ts), driven by Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/browser/global-setup.ts'],
    // Room for one 30 s stall of `wrangler dev` inside a test (NAVIGATION_TIMEOUT_MS, browser.ts).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One retry in CI only, for what the longer navigation wait does not cover. A real
    // regression fails both attempts. A test that changes data must still find data to change
    // on its retry (editor-review has a second story for it).
    retry: process.env.CI === 'true' ? 1 : 0,
  },
});
