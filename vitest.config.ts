import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Tests run inside workerd with the bindings from wrangler.toml. Migrations are
// read here (in Node) and applied by tests/setup/apply-migrations.ts in each file's isolated storage.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('./schema/migrations');
  return {
    plugins: [
      cloudflareTest({
        main: './workers/index.ts',
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            HASH_SECRET: 'test-only-hash-secret',
            // The tipline bots are on in tests and talk to fake APIs (tests stub fetch for these hosts);
            // a test for "no token set" calls the app with an env without them.
            TELEGRAM_BOT_TOKEN: '123456:test-telegram-token',
            TELEGRAM_WEBHOOK_SECRET: 'test-telegram-webhook-secret',
            TELEGRAM_API_BASE: 'https://telegram.fake',
            ZALO_BOT_TOKEN: '654321:test-zalo-token',
            ZALO_WEBHOOK_SECRET: 'test-zalo-webhook-secret',
            ZALO_API_BASE: 'https://zalo.fake',
            PUBLIC_ORIGIN: 'https://lantoa.test',
            // The real push services plus the tests' fake ones (tests/push/helpers.ts, tests/browser/push-stub.ts).
            PUSH_SERVICE_HOSTS: 'fcm.googleapis.com,push.services.mozilla.com,notify.windows.com,push.apple.com,updates.push.test,push.example.test',
            // A fixed TEST-ONLY VAPID pair made with `npm run push:keys` (never used anywhere else): push is
            // on in tests; a test for "push is off" calls the app with an env without them.
            VAPID_PUBLIC_KEY: 'BDD32VFA2AjYdL5c_Dm4dzcu-gg8j1l_Yp1bSfoXz6xBRfYMRMCwCAPtTIT9Ghb85BdZltbfThy50KujAcMLKug',
            VAPID_PRIVATE_KEY: 'jsmLNI7GIQG4gKn433bBz3tx2tUAqqpbgx0DZyq4Ij8',
          },
          // An empty second D1 for migration tests: they apply migrations up to a point, add old-shaped rows, then the rest.
          d1Databases: { MIGRATION_DB: 'migration-test-db' },
        },
      }),
    ],
    test: {
      include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
      exclude: ['tests/browser/**', 'tests/node/**', 'node_modules/**'],
      setupFiles: ['./tests/setup/apply-migrations.ts'],
      testTimeout: 20_000,
      // Two workerd processes at a time: most of a file's time is workerd starting and migrating,
      // which overlaps well; on the 2-core CI machine this cut the suite by about a third (one is the default there).
      maxWorkers: 2,
    },
  };
});
