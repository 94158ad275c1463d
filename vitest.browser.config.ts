import { defineConfig } from 'vitest/config';

// Browser tests run in Node: one `wrangler dev` with a fresh, seeded local D1
// (tests/browser/global-setup.ts), driven by Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One retry in CI only: a single page load once stalled for 30 s on a loaded CI machine
    // (the same test passes locally every time). A real regression fails both attempts.
    retry: process.env.CI === 'true' ? 1 : 0,
  },
});
