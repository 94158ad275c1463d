// `npm run bench`: load a local Worker with 1,000 then 100,000 published stories
// and measure (autocannon, fixed duration and connections) every scenario in
// scripts/bench/scenarios.ts, uncached and cached, against the bare route.
//
// Environment: BENCH_DURATION (s, default 5), BENCH_CONNECTIONS (default 8),
// BENCH_STORIES (default 100000). Results also go to .bench/results.json.
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchStoriesSql } from './bench/data';
import { scenarios, type BenchContext, type Scenario } from './bench/scenarios';
import { applyMigrations, executeSql, freePort, ROOT, startDev, type LocalOptions } from './lib/local-dev';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const LARGE = Number(process.env.BENCH_STORIES ?? 100_000);
const SMALL = 1_000;
/** Sequential requests per latency probe (one at a time: service time, not queueing). */
const PROBES = 200;

type Run = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number; cache: string | null };
type Probe = { name: string; p50: number; p99: number };

const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-'));
const opts: LocalOptions = { persistTo: dir, quiet: true };
let dev: ChildProcess | undefined;

function cleanUp() {
  dev?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const pathOf = (s: Scenario, ctx: BenchContext) => (typeof s.path === 'function' ? s.path(ctx) : s.path);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function request(base: string, s: Scenario, ctx: BenchContext): Promise<Response> {
  const res = await fetch(base + pathOf(s, ctx), { method: s.method ?? 'GET', headers: s.headers, body: s.body });
  if (!res.ok) throw new Error(`${s.name}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  await res.arrayBuffer();
  return res;
}

/** p50/p99 of PROBES sequential requests, measured with sub-millisecond precision. */
async function probe(base: string, s: Scenario, ctx: BenchContext): Promise<Probe> {
  for (let i = 0; i < 10; i++) await request(base, s, ctx);
  const times: number[] = [];
  for (let i = 0; i < PROBES; i++) {
    const start = performance.now();
    await request(base, s, ctx);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name: s.name, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Throughput and latency under load: CONNECTIONS connections for DURATION seconds. */
async function load(base: string, s: Scenario, ctx: BenchContext): Promise<Run> {
  let last: Response | undefined;
  for (let i = 0; i < 20; i++) last = await request(base, s, ctx);
  const result = await autocannon({
    url: base + pathOf(s, ctx),
    connections: CONNECTIONS,
    duration: DURATION,
    headers: s.headers,
    timeout: 10,
  });
  return {
    name: s.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cache: last?.headers.get('x-cache') ?? null,
  };
}

async function serve(vars: Record<string, string>): Promise<string> {
  dev?.kill('SIGTERM');
  const port = await freePort();
  dev = await startDev(port, { ...opts, vars });
  return `http://127.0.0.1:${port}`;
}

/** Warm the server up (JIT, D1 page cache) with a short load that is not recorded. */
async function warmUp(base: string) {
  await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: 2 });
}

/**
 * Every scenario under load, with the bare route measured first and last: the machine
 * is shared, so the reference is the mean of both (both are printed).
 */
async function loadAll(base: string, ctx: BenchContext): Promise<Run[]> {
  await warmUp(base);
  const runs: Run[] = [];
  for (const s of scenarios) runs.push(await load(base, s, ctx));
  for (const s of scenarios.filter((x) => x.bare)) {
    const again = await load(base, s, ctx);
    runs.push({ ...again, name: `${s.name} (again, last)` });
  }
  return runs;
}

function table(title: string, runs: Run[]) {
  const bareRuns = runs.filter((r) => scenarios.some((s) => s.bare && r.name.startsWith(s.name)));
  const bare = bareRuns.reduce((sum, r) => sum + r.rps, 0) / bareRuns.length;
  console.log(`\n${title} — reference: mean bare route ${bare.toFixed(0)} req/s`);
  console.log(`${'scenario'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'× bare'.padStart(7)}  cache  non-2xx`);
  for (const r of runs) {
    console.log(
      `${r.name.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)} ${(r.rps / bare).toFixed(2).padStart(7)}  ${(r.cache ?? '-').padEnd(5)}  ${r.non2xx + r.errors}`,
    );
  }
}

const started = performance.now();
try {
  console.log(`Lan Tỏa bench: ${DURATION} s × ${CONNECTIONS} connections per run; data in ${dir}`);
  applyMigrations(opts);
  const newest = Date.now() - 60 * 60 * 1000;
  const ctx: BenchContext = { newest, stories: SMALL };
  const feed = scenarios.find((s) => s.name === 'feed, first page') ?? { name: 'feed, first page', path: '/api/stories' };

  let t = performance.now();
  executeSql(benchStoriesSql(1, SMALL, newest), 'bench-small', opts);
  console.log(`seeded ${SMALL.toLocaleString('en')} stories in ${seconds(t)}`);
  let base = await serve({ FEED_CACHE_TTL: '0' });
  const small = await probe(base, feed, ctx);

  t = performance.now();
  executeSql(benchStoriesSql(SMALL + 1, LARGE, newest), 'bench-large', opts);
  ctx.stories = LARGE;
  console.log(`seeded ${(LARGE - SMALL).toLocaleString('en')} more stories in ${seconds(t)}`);
  base = await serve({ FEED_CACHE_TTL: '0' });
  const large = await probe(base, feed, ctx);
  const uncachedProbes: Probe[] = [];
  for (const s of scenarios) uncachedProbes.push(await probe(base, s, ctx));
  const uncached = await loadAll(base, ctx);

  base = await serve({});
  const cached = await loadAll(base, ctx);

  table(`Uncached (FEED_CACHE_TTL=0), ${LARGE.toLocaleString('en')} published stories`, uncached);
  table(`Cached (anonymous reads, edge cache TTL 60 s), ${LARGE.toLocaleString('en')} published stories`, cached);
  console.log('\nService time, one request at a time (uncached), p50 / p99 ms:');
  for (const p of uncachedProbes) console.log(`  ${p.name.padEnd(44)} ${p.p50.toFixed(2).padStart(7)} / ${p.p99.toFixed(2)}`);
  console.log(
    `\nFeed first page p50 (uncached, one at a time): ${SMALL.toLocaleString('en')} stories ${small.p50.toFixed(2)} ms, ` +
      `${LARGE.toLocaleString('en')} stories ${large.p50.toFixed(2)} ms (× ${(large.p50 / small.p50).toFixed(2)})`,
  );
  console.log(`\nTotal bench time ${seconds(started)}`);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(
    join(ROOT, '.bench', 'results.json'),
    JSON.stringify({ at: new Date().toISOString(), duration: DURATION, connections: CONNECTIONS, stories: LARGE, uncached, cached, uncachedProbes, feedP50: { small, large } }, null, 2),
  );
} finally {
  cleanUp();
}
