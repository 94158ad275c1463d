import { defineConfig } from 'vitest/config';

// Node-side tests of the scripts (backup and restore) against throwaway local D1s made
// with scripts/lib/local-dev.ts; each drives wrangler, so they are slow and run one file at a time.
export default defineConfig({
  test: {
    include: ['tests/node/**/*.node.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
