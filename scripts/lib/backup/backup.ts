// `npm run backup`: every real table of D1 as JSON (wrangler d1 export refuses a
// database with FTS5 tables), the migrations it has, and the R2 keys its rows name.
import { join } from 'node:path';
import { describeTarget, query, r2Get, writeJson, type D1Target, type Row } from './d1-target';
import { asTableEntries, dataTables, DERIVED_TABLES, quoteIdent } from './tables';

/** Rows per table per wrangler call: one call reads a page of every table at once. */
const PAGE = 500;

/** Columns of D1 that hold R2 keys: the objects a restore needs (cards are re-rendered on demand). */
const MEDIA_COLUMNS: { table: string; column: string }[] = [
  { table: 'stories', column: 'cover_key' },
  { table: 'campaigns', column: 'cover_key' },
  { table: 'reports', column: 'screenshot_key' },
];

export type TableDump = { table: string; columns: string[]; references: string[]; rows: unknown[][] };
export type Manifest = {
  format: 'lan-toa-backup/1';
  createdAt: string;
  source: 'local' | 'remote';
  migrations: string[];
  tables: { name: string; rows: number; file: string }[];
  /** Rebuilt by triggers on restore, so not in the backup. */
  derived: string[];
  media: { keys: string[]; included: boolean };
};

/** D1's JSON gives a BLOB as an array of bytes; keep it apart from text. */
function encodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return { $blob: Buffer.from(value as number[]).toString('base64') };
  return value;
}

function folderName(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function backupDatabase(target: D1Target, opts: { outDir: string; media?: boolean; now?: Date; log?: (line: string) => void }): string {
  const log = opts.log ?? (() => undefined);
  const folder = join(opts.outDir, folderName(opts.now ?? new Date()));
  log(`Backing up ${describeTarget(target)} into ${folder}`);

  const [schemaRows = []] = query(target, ["SELECT name, type, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"]);
  const tables = dataTables(asTableEntries(schemaRows));
  const [migrationRows = [], ...info] = query(target, [
    'SELECT name FROM d1_migrations ORDER BY id',
    ...tables.flatMap((t) => [`PRAGMA table_info(${quoteIdent(t)})`, `PRAGMA foreign_key_list(${quoteIdent(t)})`]),
  ]);
  const dumps = new Map<string, TableDump>();
  tables.forEach((table, i) => {
    const columns = (info[2 * i] ?? []).map((c) => String(c.name));
    const references = [...new Set((info[2 * i + 1] ?? []).map((f) => String(f.table)))];
    dumps.set(table, { table, columns, references, rows: [] });
  });

  // Keyset pages on rowid, every unfinished table in one wrangler call per round.
  const cursor = new Map(tables.map((t) => [t, 0]));
  while (cursor.size > 0) {
    const pending = [...cursor.keys()];
    const pages = query(
      target,
      pending.map((t) => `SELECT rowid AS "__rowid__", * FROM ${quoteIdent(t)} WHERE rowid > ${cursor.get(t)} ORDER BY rowid LIMIT ${PAGE}`),
    );
    pending.forEach((table, i) => {
      const page: Row[] = pages[i] ?? [];
      const dump = dumps.get(table);
      if (!dump) return;
      for (const row of page) dump.rows.push(dump.columns.map((c) => encodeValue(row[c] ?? null)));
      const last = page[page.length - 1];
      if (page.length < PAGE || !last) cursor.delete(table);
      else cursor.set(table, Number(last.__rowid__));
    });
  }

  const manifest: Manifest = {
    format: 'lan-toa-backup/1',
    createdAt: (opts.now ?? new Date()).toISOString(),
    source: target.remote ? 'remote' : 'local',
    migrations: migrationRows.map((r) => String(r.name)),
    tables: [],
    derived: DERIVED_TABLES,
    media: { keys: mediaKeys(dumps), included: Boolean(opts.media) },
  };
  for (const dump of dumps.values()) {
    const file = `tables/${dump.table}.json`;
    writeJson(join(folder, file), dump);
    manifest.tables.push({ name: dump.table, rows: dump.rows.length, file });
    log(`  ${dump.table}: ${dump.rows.length} rows`);
  }
  writeJson(join(folder, 'r2-keys.json'), manifest.media.keys);
  if (opts.media) {
    for (const key of manifest.media.keys) r2Get(target, key, join(folder, 'media', key));
    log(`  media: ${manifest.media.keys.length} objects`);
  }
  writeJson(join(folder, 'manifest.json'), manifest);
  return folder;
}

function mediaKeys(dumps: Map<string, TableDump>): string[] {
  const keys = new Set<string>();
  for (const { table, column } of MEDIA_COLUMNS) {
    const dump = dumps.get(table);
    const at = dump?.columns.indexOf(column) ?? -1;
    if (!dump || at < 0) continue;
    for (const row of dump.rows) if (typeof row[at] === 'string' && row[at]) keys.add(row[at] as string);
  }
  // Earlier revisions may name covers the story no longer shows; restoring a revision needs them.
  const revisions = dumps.get('story_revisions');
  const content = revisions?.columns.indexOf('content') ?? -1;
  for (const row of revisions && content >= 0 ? revisions.rows : []) {
    const json = row[content];
    if (typeof json === 'string') for (const m of json.matchAll(/"coverKey":"([^"\\]+)"/g)) keys.add(m[1] ?? '');
  }
  keys.delete('');
  return [...keys].sort();
}
