// `npm run restore -- <folder>`: load a backup into an EMPTY D1. Migrations first (the
// schema, the reference data they ship, the triggers), then the rows in foreign-key
// order in one SQL file; the triggers refill story_tags and the FTS indexes as stories
// arrive, and both FTS indexes are rebuilt at the end for good measure.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Manifest, TableDump } from './backup';
import { applyMigrationsTo, describeTarget, executeFile, query, r2Put, type D1Target } from './d1-target';
import { asTableEntries, dataTables, fts5Tables, loadOrder, migrationFilledTables, quoteIdent } from './tables';

const MEDIA_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

/** A SQL literal for a value from the backup's JSON. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot restore the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'object' && typeof (value as { $blob?: unknown }).$blob === 'string') {
    return `X'${Buffer.from((value as { $blob: string }).$blob, 'base64').toString('hex')}'`;
  }
  throw new Error(`cannot restore a value of type ${typeof value}`);
}

function readManifest(folder: string): Manifest {
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) throw new RestoreRefused(`${folder} is not a backup (no manifest.json)`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'lan-toa-backup/1') throw new RestoreRefused(`unknown backup format ${String(manifest.format)}`);
  return manifest;
}

/** Refuse unless every table that would receive rows is empty (migration-shipped reference rows aside). */
function assertEmpty(target: D1Target): void {
  const [schemaRows = []] = query(target, ["SELECT name, type, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"]);
  const shipped = migrationFilledTables();
  const tables = dataTables(asTableEntries(schemaRows)).filter((t) => !shipped.has(t));
  if (tables.length === 0) return;
  const counts = query(target, tables.map((t) => `SELECT count(*) AS n FROM ${quoteIdent(t)}`));
  const filled = tables.flatMap((t, i) => {
    const n = Number(counts[i]?.[0]?.n ?? 0);
    return n > 0 ? [`${t} (${n} rows)`] : [];
  });
  if (filled.length > 0) {
    throw new RestoreRefused(`${describeTarget(target)} is not empty: ${filled.join(', ')}. Restore only into a new database.`);
  }
}

export function restoreDatabase(folder: string, target: D1Target, opts: { log?: (line: string) => void } = {}): void {
  const log = opts.log ?? (() => undefined);
  const manifest = readManifest(folder);
  assertEmpty(target);
  log(`Restoring ${folder} into ${describeTarget(target)}`);
  applyMigrationsTo(target);

  const [applied = [], schemaRows = []] = query(target, [
    'SELECT name FROM d1_migrations ORDER BY id',
    "SELECT name, type, sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
  ]);
  const known = new Set(applied.map((r) => String(r.name)));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) throw new RestoreRefused(`the backup has migrations this checkout lacks: ${unknown.join(', ')}`);

  const dumps = manifest.tables.map((t) => JSON.parse(readFileSync(join(folder, t.file), 'utf8')) as TableDump);
  const byName = new Map(dumps.map((d) => [d.table, d]));
  const order = loadOrder([...byName.keys()], new Map(dumps.map((d) => [d.table, d.references])));
  const statements = ['PRAGMA defer_foreign_keys = on;'];
  for (const table of order) {
    const dump = byName.get(table);
    if (!dump || dump.rows.length === 0) continue;
    const columns = dump.columns.map(quoteIdent).join(', ');
    // OR REPLACE: the reference rows the migrations shipped give way to the backed-up ones.
    for (const row of dump.rows) statements.push(`INSERT OR REPLACE INTO ${quoteIdent(table)} (${columns}) VALUES (${row.map(sqlLiteral).join(', ')});`);
  }
  // List thumbnails (thumbs/…) are derived files a backup does not carry: forget them, and the
  // `thumbnails` cron job makes them again from the covers and cards (up to 25 stories a minute).
  if (byName.has('stories')) statements.push('UPDATE stories SET thumb_key = NULL;');
  for (const fts of fts5Tables(asTableEntries(schemaRows))) statements.push(`INSERT INTO ${quoteIdent(fts)} (${quoteIdent(fts)}) VALUES ('rebuild');`);
  const sqlDir = join(folder, '.restore');
  mkdirSync(sqlDir, { recursive: true });
  const file = join(sqlDir, 'restore.sql');
  writeFileSync(file, statements.join('\n'));
  executeFile(target, file);
  for (const t of manifest.tables) log(`  ${t.name}: ${t.rows} rows`);

  if (manifest.media.included) {
    for (const key of manifest.media.keys) r2Put(target, key, join(folder, 'media', key), MEDIA_TYPES[extname(key).toLowerCase()]);
    log(`  media: ${manifest.media.keys.length} objects`);
  }
}
