import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations, executeSql, freePort, seedDemo, startDev } from '../../scripts/lib/local-dev';
import { campaignFixtureSql } from './campaign-fixtures';
import { checkFixtureSql } from './check-fixtures';
import { meFixtureSql } from './me-fixtures';
import { reviewFixtureSql } from './review-fixtures';
import { joinFixtureSql } from './join-fixtures';
import { browserFixtureSql } from './share-fixtures';
import { replyKitFixtureSql } from './reply-kit-fixtures';
import { FAKE_PUSH_HOST } from './push-stub';
import { testVapidKeys } from './vapid';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The local D1's state directory. Add rows in browserFixtureSql (before the server starts), not from a test. */
    persistTo: string;
  }
}

let dev: ChildProcess | undefined;
let dir: string | undefined;

/** A throwaway local D1 (migrated and seeded) behind `wrangler dev` for all browser tests. */
export async function setup(project: TestProject) {
  dir = mkdtempSync(join(tmpdir(), 'lantoa-browser-'));
  const opts = { persistTo: dir, quiet: true };
  applyMigrations(opts);
  await seedDemo(opts);
  executeSql([...browserFixtureSql(), ...campaignFixtureSql(), ...reviewFixtureSql(), ...meFixtureSql(), ...checkFixtureSql(), ...replyKitFixtureSql(), ...joinFixtureSql()], 'browser-fixtures', opts);
  const port = await freePort();
  // Push is on for the browser suite (the /me opt-in subscribes against the real routes).
  // The stubbed PushManager's endpoint (push-stub.ts) must be on the push-service allow-list.
  const PUSH_SERVICE_HOSTS = `fcm.googleapis.com,push.services.mozilla.com,notify.windows.com,push.apple.com,${FAKE_PUSH_HOST}`;
  dev = await startDev(port, { ...opts, vars: { ...(await testVapidKeys()), PUSH_SERVICE_HOSTS } });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('persistTo', dir);
}

export async function teardown() {
  dev?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
}
