// `npm run bench`: load a local Worker with 1,000 then 100,000 published stories
// and measure (autocannon, fixed duration and connections) every scenario in
// scripts/bench/scenarios.ts, uncached and cached, against the bare Worker route
// (`/__bare`, answered in workers/index.ts before the app: what a Worker costs at all); then
// share cards (bundle size, render times, cached-card throughput) and report ingestion.
//
// The machine running this is usually shared, so each cached scenario is paired
// with a bare-route run right next to it, in BENCH_ROUNDS rounds, and compared
// with its pair; one-at-a-time service times (medians) are printed as well.
//
// Environment: BENCH_DURATION (s, default 5), BENCH_CONNECTIONS (default 8),
// BENCH_STORIES (default 100000), BENCH_ROUNDS (default 2), BENCH_PROBES (one-at-a-time requests per probe, default 200), BENCH_ONLY (scenario name part, several joined by `|`: just those (`check`: POST /api/check with a 10,000-case claim index, scripts/bench/check.ts)
// runs, no cards or report ingestion; `import`: only the 5,000-row member import, scripts/bench/import.ts). Results also go to .bench/results.json.
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCardRender, benchServedCards, bundleSize, insertBenchStories } from './bench-cards';
import { reportIngestion } from './bench-reports';
import { CHECK_BENCH_CASES, checkBenchSanity, checkBenchSql, loadCheckIndex } from './bench/check';
import { benchLinkSql, benchStoriesSql } from './bench/data';
import { signInDesk } from './bench/desk';
import { benchImport, importBenchSql } from './bench/import';
import { scenarios as allScenarios, type BenchContext, type Scenario } from './bench/scenarios';
import { TIPLINE_BENCH_VARS } from './bench/tipline';
import { applyMigrations, executeSql, freePort, ROOT, seedDemo, startDev, type LocalOptions } from './lib/local-dev';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const LARGE = Number(process.env.BENCH_STORIES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SMALL = 1_000;
/** BENCH_ONLY=<part of a name>[|<another>…]: only the matching scenarios (and the bare route), no cards or report ingestion. */
const ONLY = process.env.BENCH_ONLY;
const scenarios = ONLY ? allScenarios.filter((s) => s.bare || ONLY.split('|').some((part) => s.name.includes(part))) : allScenarios;
/** The scenario whose cached ratio the issue sets a target for (a cache hit should cost what a bare Worker costs). */
const CACHED_FEED = 'feed, first page';
const CACHED_FEED_TARGET = 0.8;
/** Sequential requests per latency probe (one at a time: service time, not queueing); BENCH_PROBES on a loaded machine. */
const PROBES = Number(process.env.BENCH_PROBES ?? 200);

type Run = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number; cache: string | null; bareRps?: number; ratios?: number[] };
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
const headersOf = (s: Scenario, ctx: BenchContext) => (typeof s.headers === 'function' ? s.headers(ctx) : s.headers);
const bodyOf = (s: Scenario) => (typeof s.body === 'function' ? s.body() : s.body);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function request(base: string, s: Scenario, ctx: BenchContext): Promise<Response> {
  const res = await fetch(base + pathOf(s, ctx), { method: s.method ?? 'GET', headers: { ...headersOf(s, ctx), ...s.requestHeaders?.() }, body: bodyOf(s), redirect: 'manual' });
  if (s.status ? res.status !== s.status : !res.ok) throw new Error(`${s.name}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  await res.arrayBuffer();
  return res;
}

/** p50/p99 of PROBES sequential requests, measured with sub-millisecond precision. */
async function probe(base: string, s: Scenario, ctx: BenchContext): Promise<Probe> {
  for (let i = 0; i < Math.min(30, PROBES); i++) await request(base, s, ctx);
  const times: number[] = [];
  for (let i = 0; i < PROBES; i++) {
    const start = performance.now();
    await request(base, s, ctx);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name: s.name, p50: percentile(times, 50), p99: percentile(times, 99) };
}

function expectedAnswers(stats: Record<string, { count: number }> | undefined, status: number): number {
  return stats?.[String(status)]?.count ?? 0;
}

/** Throughput and latency under load: CONNECTIONS connections for DURATION seconds. */
async function load(base: string, s: Scenario, ctx: BenchContext): Promise<Run> {
  let last: Response | undefined;
  for (let i = 0; i < 20; i++) last = await request(base, s, ctx);
  const result = await autocannon({
    url: base + pathOf(s, ctx),
    connections: CONNECTIONS,
    duration: DURATION,
    headers: headersOf(s, ctx),
    timeout: 10,
    // POST scenarios: a fresh body per request when the scenario makes one (unique webhook update ids).
    ...(s.method && s.method !== 'GET'
      ? {
          method: s.method,
          requests: [
            {
              method: s.method,
              setupRequest: (req: Record<string, unknown>) => ({
                ...req,
                body: bodyOf(s),
                ...(s.requestHeaders ? { headers: { ...(req.headers as Record<string, string> | undefined), ...s.requestHeaders() } } : {}),
              }),
            },
          ],
        }
      : {}),
  });
  return {
    name: s.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // A redirect scenario's expected 3xx answers are successes, not failures.
    non2xx: s.status ? result.requests.total - expectedAnswers(result.statusCodeStats, s.status) : result.non2xx,
    errors: result.errors + result.timeouts,
    cache: last?.headers.get('x-cache') ?? null,
  };
}

/** Stop the dev server and wait until it has exited (and let go of the D1 files). */
async function stopDev(): Promise<void> {
  const running = dev;
  dev = undefined;
  if (!running || running.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    running.once('exit', () => resolve());
    running.kill('SIGTERM');
  });
}

async function serve(vars: Record<string, string>): Promise<string> {
  await stopDev();
  const port = await freePort();
  // The tipline hook exists only with a bot token and secret (fake ones: nothing calls the Bot API).
  dev = await startDev(port, { ...opts, vars: { ...TIPLINE_BENCH_VARS, ...vars } });
  return `http://127.0.0.1:${port}`;
}

/** Warm the server up (JIT, D1 page cache) with a short load that is not recorded. */
async function warmUp(base: string) {
  await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: 2 });
}

/**
 * Every scenario under load, each paired with a bare-route run right before it,
 * `rounds` times; a scenario's figures are the means over rounds and its ratio the
 * mean of the ratios to its pairs. With `rounds` 0 pairs, one bare run is the reference.
 */
async function loadAll(base: string, ctx: BenchContext, rounds: number): Promise<Run[]> {
  await warmUp(base);
  const bare = scenarios.find((s) => s.bare);
  const single = bare && rounds === 0 ? await load(base, bare, ctx) : undefined;
  const samples = new Map<string, Run[]>();
  for (let round = 0; round < Math.max(1, rounds); round++) {
    for (const s of scenarios.filter((x) => !x.bare)) {
      const reference = single ?? (bare ? await load(base, bare, ctx) : undefined);
      const run = await load(base, s, ctx);
      samples.set(s.name, [...(samples.get(s.name) ?? []), { ...run, bareRps: reference?.rps ?? NaN }]);
    }
  }
  const mean = (runs: Run[], pick: (r: Run) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return [...samples.values()].map((runs) => ({
    ...(runs[0] as Run),
    rps: mean(runs, (r) => r.rps),
    p50: mean(runs, (r) => r.p50),
    p99: mean(runs, (r) => r.p99),
    bareRps: mean(runs, (r) => r.bareRps ?? NaN),
    ratios: runs.map((r) => r.rps / (r.bareRps ?? NaN)),
    non2xx: mean(runs, (r) => r.non2xx),
    errors: mean(runs, (r) => r.errors),
  }));
}

function table(title: string, runs: Run[]) {
  console.log(`\n${title}`);
  console.log(`${'scenario'.padEnd(40)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'bare/s'.padStart(7)} ${'× bare'.padStart(7)}  cache`);
  for (const r of runs) {
    const ratios = r.ratios ?? [];
    const ratio = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    const each = ratios.length > 1 ? ` (${ratios.map((x) => x.toFixed(2)).join(', ')})` : '';
    const failed = r.non2xx + r.errors > 0 ? `  ${r.non2xx + r.errors} failed` : '';
    console.log(
      `${r.name.padEnd(40)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)} ${(r.bareRps ?? NaN).toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(7)}  ${r.cache ?? '-'}${each}${failed}`,
    );
  }
}

function probes(title: string, list: Probe[]) {
  const bare = list.find((p) => scenarios.find((s) => s.bare)?.name === p.name)?.p50 ?? NaN;
  console.log(`\n${title}`);
  for (const p of list) console.log(`  ${p.name.padEnd(40)} ${p.p50.toFixed(2).padStart(7)} / ${p.p99.toFixed(2).padStart(7)}   p50 × bare ${(p.p50 / bare).toFixed(2)}`);
}

const started = performance.now();
try {
  console.log(`Lan Tỏa bench: ${DURATION} s × ${CONNECTIONS} connections per run; data in ${dir}`);
  applyMigrations(opts);
  // The demo accounts, review queue, cases and campaigns, for the desk pages (ids clear of the bench stories).
  await seedDemo(opts);
  const newest = Date.now() - 60 * 60 * 1000;
  const ctx: BenchContext = { newest, stories: SMALL };
  const feed = scenarios.find((s) => s.name === CACHED_FEED) ?? { name: CACHED_FEED, path: '/api/stories' };

  if (ONLY === 'import') {
    // The member import alone: no bench stories needed (BENCH_ONLY=import).
    executeSql(importBenchSql(), 'bench-import', opts);
    const base = await serve({});
    const admin = (await signInDesk(base)).admin;
    await warmUp(base);
    const bare = await probe(base, scenarios.find((s) => s.bare) ?? feed, ctx);
    const run = await benchImport(base, admin);
    console.log('\nMember import, 5,000 rows (POST /api/users/import, one request each, after a warm-up)');
    console.log(`  dry run ${run.dryRunMs.toFixed(0)} ms (× bare p50 ${(run.dryRunMs / bare.p50).toFixed(0)})`);
    console.log(`  import ${run.importMs.toFixed(0)} ms, ${run.created} created, answered ${run.status} (× bare p50 ${(run.importMs / bare.p50).toFixed(0)})`);
    console.log(`  same file again ${run.reimportMs.toFixed(0)} ms, ${run.unchanged} unchanged (× bare p50 ${(run.reimportMs / bare.p50).toFixed(0)})`);
    console.log(`  bare route p50 ${bare.p50.toFixed(2)} ms`);
    console.log(`\nTotal bench time ${seconds(started)}`);
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench', 'results-import.json'), JSON.stringify({ at: new Date().toISOString(), bare, import: run }, null, 2));
    await stopDev();
    cleanUp();
    process.exit(0);
  }

  let t = performance.now();
  executeSql([...benchStoriesSql(1, SMALL, newest), ...benchLinkSql()], 'bench-small', opts);
  console.log(`seeded ${SMALL.toLocaleString('en')} stories in ${seconds(t)}`);
  if (scenarios.some((s) => s.name.startsWith('check,'))) {
    // The claim index the check searches (rebuttals among the stories just seeded).
    t = performance.now();
    const via = loadCheckIndex(checkBenchSql(SMALL), { ...opts, persistTo: dir });
    console.log(`seeded a claim index of ${CHECK_BENCH_CASES.toLocaleString('en')} cases (with their band rows, via ${via}) in ${seconds(t)}`);
  }
  let base = await serve({ FEED_CACHE_TTL: '0' });
  await warmUp(base);
  const small = await probe(base, feed, ctx);

  // Write the D1 only while no server holds it open.
  await stopDev();
  t = performance.now();
  executeSql(benchStoriesSql(SMALL + 1, LARGE, newest), 'bench-large', opts);
  ctx.stories = LARGE;
  console.log(`seeded ${(LARGE - SMALL).toLocaleString('en')} more stories in ${seconds(t)}`);
  // Six more published stories for the served-card runs.
  const cardStories = insertBenchStories(dir);
  base = await serve({ FEED_CACHE_TTL: '0' });
  ctx.desk = await signInDesk(base);
  if (scenarios.some((s) => s.name.startsWith('check,'))) console.log(`check bench bodies answer: ${await checkBenchSanity(base)}`);
  await warmUp(base);
  const large = await probe(base, feed, ctx);
  const uncachedProbes: Probe[] = [];
  for (const s of scenarios) uncachedProbes.push(await probe(base, s, ctx));
  const uncached = await loadAll(base, ctx, 0);

  base = await serve({});
  const cached = await loadAll(base, ctx, ROUNDS);
  const cachedProbes: Probe[] = [];
  for (const s of scenarios) cachedProbes.push(await probe(base, s, ctx));
  table(`Uncached (FEED_CACHE_TTL=0: D1 on every request), ${LARGE.toLocaleString('en')} published stories`, uncached);
  table(
    `Cached (anonymous reads; memory + edge cache, TTL 60 s), ${LARGE.toLocaleString('en')} published stories, ${ROUNDS} rounds, each run paired with a bare-route run`,
    cached,
  );
  const cachedFeed = cached.find((r) => r.name === CACHED_FEED);
  if (cachedFeed) {
    const ratios = cachedFeed.ratios ?? [];
    const ratio = ratios.reduce((x, y) => x + y, 0) / Math.max(1, ratios.length);
    console.log(
      `\n>>> Cached feed (${CACHED_FEED}, anonymous hit) × bare Worker route /__bare: ${ratio.toFixed(2)} ` +
        `(${ratios.map((x) => x.toFixed(2)).join(', ')}; ${cachedFeed.rps.toFixed(0)} against ${(cachedFeed.bareRps ?? NaN).toFixed(0)} req/s) — ` +
        `target ≥ ${CACHED_FEED_TARGET.toFixed(2)}: ${ratio >= CACHED_FEED_TARGET ? 'met' : 'NOT met'}`,
    );
  }
  probes('Service time, one request at a time, uncached: p50 / p99 ms', uncachedProbes);
  probes('Service time, one request at a time, cached: p50 / p99 ms', cachedProbes);
  console.log(
    `\nFeed first page p50 (uncached, one at a time): ${SMALL.toLocaleString('en')} stories ${small.p50.toFixed(2)} ms, ` +
      `${LARGE.toLocaleString('en')} stories ${large.p50.toFixed(2)} ms (× ${(large.p50 / small.p50).toFixed(2)})`,
  );
  const link = cached.find((r) => r.name.startsWith('tracked link'));
  if (link) {
    const ratios = link.ratios ?? [];
    console.log(
      `\nTracked link /l/:code (every visit a counted click: reader HMAC, queue send, de-duplicating consumer): ` +
        `${link.rps.toFixed(0)} redirects/s, × bare ${(ratios.reduce((x, y) => x + y, 0) / Math.max(1, ratios.length)).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(', ')})`,
    );
  }
  const check = cached.find((r) => r.name.startsWith('check,'));
  if (check) {
    const ratios = check.ratios ?? [];
    console.log(
      `\nPOST /api/check with a ${CHECK_BENCH_CASES.toLocaleString('en')}-case claim index (hit, miss and link in turn): ` +
        `${check.rps.toFixed(0)} checks/s, × bare ${(ratios.reduce((x, y) => x + y, 0) / Math.max(1, ratios.length)).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(', ')}), p50 ${check.p50.toFixed(0)} ms`,
    );
  }
  let extra: Record<string, unknown> = {};
  if (!ONLY) {
    const cards = await benchServedCards(base, cardStories, DURATION);
    const intake = await reportIngestion({ baseURL: base, persistTo: dir }, { requests: 1000, connections: 10, maxSeconds: 90 });
    const render = await benchCardRender();
    const bundle = bundleSize();
    const bareRps = cached.reduce((sum, r) => sum + (r.bareRps ?? 0), 0) / Math.max(1, cached.length);

    console.log('\nShare cards');
    console.log(`  bundle: ${(bundle.rawBytes / 1024).toFixed(0)} KiB raw, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip (free plan: 3072 KiB gzip, ${bundle.withinFreePlan ? 'within' : 'OVER'})`);
    console.log(`  render in Node: cold ${render.coldMs} ms; warm 1200×630 median ${render.warmMs.og.median} ms, 1080×1080 median ${render.warmMs.square.median} ms`);
    console.log(`  wrangler dev: first card ${cards.firstRenderMs} ms (cold render + R2 put), later first renders median ${cards.laterRendersMs.median} ms, stored card median ${cards.storedMs.median} ms`);
    console.log(
      `  cached card under load: ${cards.throughput.requestsPerSec} req/s, p50 ${cards.throughput.latencyP50Ms} ms, p99 ${cards.throughput.latencyP99Ms} ms; ` +
        `bare route ${cards.baseline.requestsPerSec} req/s → × bare ${(cards.throughput.requestsPerSec / cards.baseline.requestsPerSec).toFixed(2)}`,
    );
    console.log('\nReport ingestion (POST /api/reports, 1,000 reports, 10 connections)');
    console.log(
      `  ${intake.reportsPerSecond} reports/s (× bare ${(intake.reportsPerSecond / bareRps).toFixed(2)}), p50 ${intake.latencyMs.p50} ms, p99 ${intake.latencyMs.p99} ms; ` +
        `${intake.errorResponses + intake.connectionErrors} errors; stored ${intake.stored.reports} of ${intake.accepted} accepted (cases count ${intake.stored.countedInCases}): ${intake.ok ? 'PASS' : 'FAIL'}`,
    );
    if (!intake.ok) process.exitCode = 1;
    extra = { cards, render, bundle, intake };
  }
  console.log(`\nTotal bench time ${seconds(started)}`);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(
    join(ROOT, '.bench', ONLY ? 'results-only.json' : 'results.json'),
    JSON.stringify({ at: new Date().toISOString(), duration: DURATION, connections: CONNECTIONS, stories: LARGE, uncached, cached, uncachedProbes, cachedProbes, feedP50: { small, large }, ...extra }, null, 2),
  );
} finally {
  cleanUp();
}
