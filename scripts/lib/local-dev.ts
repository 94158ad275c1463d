// Node-side helpers shared by `npm start`, the browser tests and the benchmark:
// apply migrations to a local D1, seed it, and run `wrangler dev`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSeedStatements } from '../seed';

export const ROOT = new URL('../..', import.meta.url).pathname;
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');

/** wrangler never phones home from here (no network but the registries). */
const wranglerEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

export type LocalOptions = { persistTo?: string; quiet?: boolean };

function persistArgs(opts: LocalOptions): string[] {
  return opts.persistTo ? ['--persist-to', opts.persistTo] : [];
}

export function wrangler(args: string[], opts: LocalOptions = {}): void {
  const result = spawnSync(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv,
    stdio: opts.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(' ')} failed (${result.status})\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
}

/** Run wrangler and return what it printed on stdout (for `--json` output); fails loudly like wrangler(). */
export function wranglerOutput(args: string[]): string {
  const result = spawnSync(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(' ')} failed (${result.status})\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout;
}

/** Apply every migration under schema/migrations to the local D1. */
export function applyMigrations(opts: LocalOptions = {}): void {
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(opts)], opts);
}

/** Run SQL statements against the local D1 through a file (fast: one process, one transaction per file). */
export function executeSql(statements: string[], name: string, opts: LocalOptions = {}): void {
  if (statements.length === 0) return;
  const dir = join(opts.persistTo ?? join(ROOT, '.wrangler'), 'sql');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.sql`);
  writeFileSync(file, statements.join('\n'));
  wrangler(['d1', 'execute', 'DB', '--local', '--file', file, ...persistArgs(opts)], opts);
}

/** Seed demo content; INSERT OR IGNORE throughout, so a second run changes nothing. */
export async function seedDemo(opts: LocalOptions = {}): Promise<void> {
  executeSql(await demoSeedStatements(), 'seed', opts);
}

/**
 * A per-checkout secret for local runs (hashing IPs). Kept under .wrangler/
 * rather than .dev.vars so `wrangler types` output does not depend on it.
 */
export function localHashSecret(): string {
  const dir = join(ROOT, '.wrangler');
  const file = join(dir, 'local-hash-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'));
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Web Push keys from the environment (`export VAPID_PUBLIC_KEY=… VAPID_PRIVATE_KEY=…`, made by
 * `npm run push:keys`), for `npm start`. Both or nothing: without them push stays off. Keys in
 * .dev.vars need nothing from here: wrangler dev reads that file itself.
 */
export function vapidVarsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim();
  const privateKey = env.VAPID_PRIVATE_KEY?.trim();
  return publicKey && privateKey ? { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } : {};
}

/** Start `wrangler dev` on 127.0.0.1:port; resolves once /api/health answers. */
export async function startDev(
  port: number,
  opts: LocalOptions & { vars?: Record<string, string>; testScheduled?: boolean; extraArgs?: string[] } = {},
): Promise<ChildProcess> {
  const vars = { HASH_SECRET: localHashSecret(), ...opts.vars };
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false', ...persistArgs(opts)];
  // Exposes /__scheduled, through which local-cron.ts runs the Cron Trigger (wrangler dev never fires crons itself).
  if (opts.testScheduled) args.push('--test-scheduled');
  if (opts.extraArgs) args.push(...opts.extraArgs);
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`);
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv,
    stdio: opts.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: false,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`wrangler dev did not answer on port ${port} within 60 s:\n${output}`);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
