import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, type Manifest } from '../../scripts/lib/backup/backup';
import { query, r2Get, r2Put, type D1Target } from '../../scripts/lib/backup/d1-target';
import { restoreDatabase, RestoreRefused } from '../../scripts/lib/backup/restore';
import { applyMigrations, executeSql, freePort, seedDemo, startDev } from '../../scripts/lib/local-dev';
import { DEMO_RECEIPTS } from '../../scripts/seed/reports';

const PASSWORD = 'lantoa-demo-2026';
const COVER_KEY = 'covers/1-backup-test.png';
const COVER_BYTES = Buffer.from('89504e470d0a1a0a-not-really-a-png', 'utf8');

/** What a reader, a reporter and an editor see: compared between the hub and its restored copy. */
type Snapshot = Record<string, { status: number; body: unknown }>;

async function snapshot(persistTo: string): Promise<Snapshot> {
  const port = await freePort();
  const dev: ChildProcess = await startDev(port, { persistTo, quiet: true });
  const base = `http://127.0.0.1:${port}`;
  // Each server has its own port: absolute links are compared without it.
  const get = async (path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, body: JSON.parse((await res.text()).replaceAll(base, 'ORIGIN')) as unknown };
  };
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: 'editor@lantoa.local', password: PASSWORD }),
    });
    const loginBody = (await login.json()) as { user?: unknown };
    return {
      feed: await get('/api/stories'),
      'folded search': await get(`/api/stories?q=${encodeURIComponent('da nang')}`),
      'exact search': await get(`/api/stories?q=${encodeURIComponent('Đà Nẵng')}`),
      'tag filter': await get('/api/stories?tag=tinh-nguyen'),
      receipt: await get(`/api/reports/${DEMO_RECEIPTS[0]}`),
      'sign-in': { status: login.status, body: loginBody.user ?? loginBody },
    };
  } finally {
    dev.kill('SIGTERM');
    await new Promise((resolve) => dev.once('exit', resolve));
  }
}

function tableRows(folder: string): Record<string, unknown[][]> {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
  return Object.fromEntries(
    manifest.tables.map((t) => [t.name, (JSON.parse(readFileSync(join(folder, t.file), 'utf8')) as { rows: unknown[][] }).rows]),
  );
}

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
let hub: D1Target;
let copy: D1Target;
let folder: string;
let before: Snapshot;
let after: Snapshot;

beforeAll(async () => {
  hub = { remote: false, persistTo: tempDir('lantoa-hub-') };
  copy = { remote: false, persistTo: tempDir('lantoa-restored-') };
  const opts = { persistTo: hub.persistTo, quiet: true };
  applyMigrations(opts);
  await seedDemo(opts);
  // One story with a cover in R2, so --media has an object to carry.
  executeSql([`UPDATE stories SET cover_key = '${COVER_KEY}', cover_alt = 'Ảnh bìa' WHERE id = 1;`], 'cover', opts);
  const coverFile = join(tempDir('lantoa-cover-'), 'cover.png');
  writeFileSync(coverFile, COVER_BYTES);
  r2Put(hub, COVER_KEY, coverFile, 'image/png');

  before = await snapshot(hub.persistTo ?? '');
  folder = backupDatabase(hub, { outDir: tempDir('lantoa-backups-'), media: true });
  restoreDatabase(folder, copy);
  after = await snapshot(copy.persistTo ?? '');
}, 900_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run backup, then npm run restore into a fresh D1', () => {
  it('writes every real table but no FTS, shadow, derived or bookkeeping table', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    const names = manifest.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['stories', 'users', 'reports', 'cases', 'campaigns', 'share_links', 'provinces']));
    for (const name of names) expect(name).not.toMatch(/fts|^_cf_|^sqlite_|^d1_migrations$|^story_tags$/);
    expect(manifest.migrations).toContain('0005_search.sql');
    expect(manifest.tables.find((t) => t.name === 'stories')?.rows).toBeGreaterThanOrEqual(40);
    expect(manifest.media.keys).toEqual([COVER_KEY]);
  });

  it('serves the same feed, both kinds of search, tag filter, receipt status and sign-in', () => {
    expect((before.feed?.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect((before['folded search']?.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect((before['exact search']?.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect((before['tag filter']?.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(before.receipt?.status).toBe(200);
    expect(before['sign-in']).toMatchObject({ status: 200, body: { email: 'editor@lantoa.local' } });
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
  });

  it('holds the same rows in every table, and the same derived tag and search rows', () => {
    const { sessions: copySessions = [], ...copyTables } = tableRows(backupDatabase(copy, { outDir: tempDir('lantoa-backups-again-') }));
    const { sessions: hubSessions = [], ...hubTables } = tableRows(folder);
    expect(copyTables).toEqual(hubTables);
    // The copy has one session more: the sign-in the comparison made on it.
    expect(copySessions).toEqual(expect.arrayContaining(hubSessions));
    expect(copySessions).toHaveLength(hubSessions.length + 1);
    const derived = [
      'SELECT count(*) AS n FROM story_tags',
      "SELECT count(*) AS n FROM stories_fts WHERE stories_fts MATCH 'da nang'",
      `SELECT count(*) AS n FROM stories_fts_exact WHERE stories_fts_exact MATCH '"Đà Nẵng"'`,
    ];
    expect(query(copy, derived)).toEqual(query(hub, derived));
  });

  it('carries the R2 objects with --media', () => {
    const file = join(tempDir('lantoa-cover-back-'), 'cover.png');
    r2Get(copy, COVER_KEY, file);
    expect(readFileSync(file)).toEqual(COVER_BYTES);
  });

  it('refuses to restore into a database that has data', () => {
    let refusal: unknown;
    try {
      restoreDatabase(folder, copy);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(RestoreRefused);
    expect((refusal as Error).message).toMatch(/not empty: .*stories/);
  });
});
