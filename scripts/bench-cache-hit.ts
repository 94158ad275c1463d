// `npx tsx scripts/bench-cache-hit.ts`: the cache-hit comparison alone, in about a minute,
// for a loaded machine where the full `npm run bench` takes too long. 300 published stories,
// one `wrangler dev`, then for each scenario BENCH_ROUNDS rounds of a bare-route run
// (`/__bare`, answered in workers/index.ts before anything) followed by the scenario, each
// BENCH_DURATION seconds (default 3) with BENCH_CONNECTIONS (default 8): the ratios are to
// the bare run right before, so a busy machine moves both figures together.
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchStoriesSql } from './bench/data';
import { applyMigrations, executeSql, freePort, startDev, type LocalOptions } from './lib/local-dev';

const DURATION = Number(process.env.BENCH_DURATION ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const BARE = '/__bare';
const SCENARIOS: [string, string][] = [
  ['cached feed /api/stories (hit before the app)', '/api/stories'],
  ['same copy through the app (?lang=vi)', '/api/stories?lang=vi'],
  ['middleware only /api/health', '/api/health'],
  ['cached feed page / (HTML, hit before the app)', '/'],
];

const dir = mkdtempSync(join(tmpdir(), 'lantoa-cache-hit-'));
const opts: LocalOptions = { persistTo: dir, quiet: true };
let dev: ChildProcess | undefined;

async function rps(url: string): Promise<{ rps: number; failed: number; cache: string | null }> {
  let cache: string | null = null;
  for (let i = 0; i < 10; i++) {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    cache = res.headers.get('x-cache');
    await res.arrayBuffer();
  }
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { accept: 'text/html' } });
  return { rps: r.requests.average, failed: r.non2xx + r.errors + r.timeouts, cache };
}

try {
  applyMigrations(opts);
  executeSql(benchStoriesSql(1, 300, Date.now() - 60 * 60 * 1000), 'bench-cache-hit', opts);
  const port = await freePort();
  dev = await startDev(port, opts);
  const base = `http://127.0.0.1:${port}`;
  await autocannon({ url: base + BARE, connections: CONNECTIONS, duration: 2 });
  console.log(`${DURATION} s × ${CONNECTIONS} connections per run, ${ROUNDS} rounds, each paired with ${BARE} right before`);
  for (const [name, path] of SCENARIOS) {
    const ratios: number[] = [];
    const pairs: string[] = [];
    let cache: string | null = null;
    let failed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const bare = await rps(base + BARE);
      const run = await rps(base + path);
      ratios.push(run.rps / bare.rps);
      pairs.push(`${run.rps.toFixed(0)}/${bare.rps.toFixed(0)}`);
      cache = run.cache;
      failed += run.failed + bare.failed;
    }
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    console.log(`  ${name.padEnd(48)} × bare ${mean.toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(', ')}; req/s ${pairs.join(', ')})  X-Cache ${cache ?? '-'}${failed ? `  ${failed} failed` : ''}`);
  }
} finally {
  dev?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
