import type { D1Migration } from 'cloudflare:test';

// Bindings that exist only under test (see vitest.config.ts).
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** Empty and unmigrated: for tests of a data migration (vitest.config.ts). */
      MIGRATION_DB: D1Database;
    }
  }
}
