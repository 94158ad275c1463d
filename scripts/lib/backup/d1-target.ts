// Where a backup comes from or a restore goes: the local D1 (optionally a --persist-to
// folder, as the tests use) or the deployed one (--remote). Everything goes through
// wrangler (`d1 execute --json`, `d1 migrations apply`, `r2 object get/put`) so the
// same credentials and wrangler.toml serve both directions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, wrangler, wranglerOutput } from '../local-dev';

export type D1Target = { remote: boolean; persistTo?: string };
export type Row = Record<string, unknown>;

function where(target: D1Target): string[] {
  if (target.remote) return ['--remote'];
  return ['--local', ...(target.persistTo ? ['--persist-to', target.persistTo] : [])];
}

export function describeTarget(target: D1Target): string {
  return target.remote ? 'the deployed D1 (--remote)' : `the local D1${target.persistTo ? ` in ${target.persistTo}` : ''}`;
}

/** Run read statements in one wrangler call; one array of rows per statement. */
export function query(target: D1Target, statements: string[]): Row[][] {
  if (statements.length === 0) return [];
  const out = wranglerOutput(['d1', 'execute', 'DB', ...where(target), '--json', '--command', statements.join(';\n')]);
  const parsed: unknown = JSON.parse(out.slice(out.indexOf('[')));
  if (!Array.isArray(parsed) || parsed.length !== statements.length) {
    throw new Error(`wrangler d1 execute returned ${Array.isArray(parsed) ? parsed.length : 'no'} results for ${statements.length} statements`);
  }
  return parsed.map((result: { results?: Row[] }) => result.results ?? []);
}

/** Run a SQL file (local: one process; remote: wrangler's import path, fine for large files). */
export function executeFile(target: D1Target, file: string): void {
  wrangler(['d1', 'execute', 'DB', ...where(target), '--yes', '--file', file], { quiet: true });
}

export function applyMigrationsTo(target: D1Target): void {
  wrangler(['d1', 'migrations', 'apply', 'DB', ...where(target)], { quiet: true });
}

/** The R2 bucket bound as MEDIA, read from wrangler.toml. */
export function mediaBucket(): string {
  const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
  const match = /binding\s*=\s*"MEDIA"\s*\n\s*bucket_name\s*=\s*"([^"]+)"/.exec(toml);
  if (!match?.[1]) throw new Error('wrangler.toml has no R2 bucket bound as MEDIA');
  return match[1];
}

export function r2Get(target: D1Target, key: string, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  wrangler(['r2', 'object', 'get', `${mediaBucket()}/${key}`, '--file', file, ...where(target)], { quiet: true });
}

export function r2Put(target: D1Target, key: string, file: string, contentType?: string): void {
  const type = contentType ? ['--content-type', contentType] : [];
  wrangler(['r2', 'object', 'put', `${mediaBucket()}/${key}`, '--file', file, ...type, ...where(target)], { quiet: true });
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);
}
