// Which tables a backup holds, and in what order a restore loads them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../local-dev';
import type { Row } from './d1-target';

/** SQLite's, D1's and wrangler's own bookkeeping; the migration names go into the manifest instead. */
const INTERNAL = /^(sqlite_|_cf_|d1_migrations$)/i;
/** FTS5 keeps its index in these shadow tables beside each virtual table. */
const FTS5_SHADOWS = ['_data', '_idx', '_content', '_docsize', '_config'];
/**
 * Real tables whose rows triggers derive from other tables (schema/migrations/0005_search.sql):
 * story_tags mirrors stories.tags. Loading `stories` fills it again.
 */
export const DERIVED_TABLES = ['story_tags'];

export type TableEntry = { name: string; type: string; sql: string | null };

/** The tables a backup dumps: real, not internal, not FTS or its shadows, not derived. */
export function dataTables(entries: TableEntry[]): string[] {
  const virtual = entries.filter((e) => /^CREATE VIRTUAL TABLE/i.test(e.sql ?? '')).map((e) => e.name);
  const shadows = new Set(virtual.flatMap((v) => FTS5_SHADOWS.map((suffix) => `${v}${suffix}`)));
  return entries
    .filter((e) => e.type === 'table' && !INTERNAL.test(e.name) && !virtual.includes(e.name) && !shadows.has(e.name))
    .filter((e) => !DERIVED_TABLES.includes(e.name))
    .map((e) => e.name)
    .sort();
}

/** FTS5 tables, rebuilt after a restore from the rows they index. */
export function fts5Tables(entries: TableEntry[]): string[] {
  return entries.filter((e) => /^CREATE VIRTUAL TABLE[\s\S]*USING\s+fts5/i.test(e.sql ?? '')).map((e) => e.name);
}

/** Tables whose rows the migrations themselves ship (provinces, categories): present in an "empty" database. */
export function migrationFilledTables(): Set<string> {
  const dir = join(ROOT, 'schema', 'migrations');
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^INSERT\s+(?:OR\s+\w+\s+)?INTO\s+[`"]?(\w+)/gim)) names.add(m[1] ?? '');
  }
  return names;
}

/** Order tables so each comes after the tables it references (self-references aside). */
export function loadOrder(tables: string[], references: Map<string, string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: string) => {
    if (state.get(table)) return; // done, or a cycle: defer_foreign_keys covers it
    state.set(table, 'visiting');
    for (const ref of references.get(table) ?? []) if (ref !== table && tables.includes(ref)) visit(ref);
    state.set(table, 'done');
    order.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return order;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function asTableEntries(rows: Row[]): TableEntry[] {
  return rows.map((r) => ({ name: String(r.name), type: String(r.type), sql: typeof r.sql === 'string' ? r.sql : null }));
}
