// `npm run bench:launch`: a national campaign launch against the local hub. A throwaway
// local D1 is migrated and seeded, the campaign's tracked links are added, and `wrangler
// dev` (local D1 and queues, HASH_SECRET set, so clicks are de-duplicated as in production)
// takes, at the same time and for LAUNCH_SECONDS:
//   - LAUNCH_RATE clicks per second on /l/:code from many phones (distinct addresses through
//     cf-connecting-ip, which local workerd passes through; phone agents), a share of them
//     repeats by the same reader of the same link inside the de-duplication window;
//   - LAUNCH_REPORTS reports per second (POST /api/reports), each different, some on the same link.
// The load is open-loop (scripts/bench/launch-plan.ts): requests are due on a fixed schedule
// whatever the server does, so "offered" and "answered" are both printed. Afterwards it waits
// for the queues to drain and reads local D1: clicks counted must equal the distinct
// (reader, link, Vietnam day) clicks answered, exactly; every accepted report stored; no dead
// letters; no failure in the Worker's log. Exit 1 on any loss. Results in .bench/launch.json.
//
//   LAUNCH_RATE=200 LAUNCH_SECONDS=10 npm run bench:launch     (a small run; defaults 2000 / 60 / 50)
//   other knobs: LAUNCH_REPORTS, LAUNCH_LINKS, LAUNCH_REPEAT, LAUNCH_CONNECTIONS, LAUNCH_MAX_LAG, LAUNCH_DRAIN_SECONDS, LAUNCH_SEED;
//   LAUNCH_LOG_LEVEL (wrangler dev's, default warn; the log goes to .bench/launch-dev.log), LAUNCH_KEEP=1 (keep the local D1).
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { launchCode, launchCountsSql, launchLinksSql, launchReport, parsePerLink } from './bench/launch-data';
import {
  ClickLedger,
  ClickPlan,
  crossesVnMidnight,
  latencySummary,
  launchConfig,
  losses,
  Pacer,
  summaryTable,
  type CountsRead,
  type LaunchResult,
  type StreamOutcome,
} from './bench/launch-plan';
import { applyMigrations, executeSql, freePort, ROOT, seedDemo, startDev, wranglerOutput, type LocalOptions } from './lib/local-dev';

/** Lines of the Worker's log that mean a click or a report was lost, or a batch failed and is being retried. */
const PROBLEM = /\[ERROR\]|failed; retrying|background task failed|dropping malformed|Uncaught|D1_ERROR|SQLITE_(?:BUSY|LOCKED)/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function query(opts: LocalOptions, sql: string): Record<string, unknown>[] {
  // The running hub's consumers write the same SQLite file: a read-back that meets their lock
  // (SQLITE_BUSY, "database is locked") waits and tries again rather than failing the run.
  for (let attempt = 1; ; attempt++) {
    try {
      const out = wranglerOutput(['d1', 'execute', 'DB', '--local', '--persist-to', opts.persistTo!, '--json', '--command', sql]);
      return (JSON.parse(out) as { results: Record<string, unknown>[] }[])[0]?.results ?? [];
    } catch (err) {
      if (attempt >= 10 || !/database is locked|SQLITE_BUSY/.test(String(err))) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000 * attempt);
    }
  }
}

type Raw = { readers: number; linkClicks: number; dailyClicks: number; perLink: string | null; reports: number; countedInCases: number; deadLetters: number };

function readCounts(opts: LocalOptions): Raw {
  const row = query(opts, launchCountsSql())[0] ?? {};
  const n = (k: string) => Number(row[k] ?? -1);
  return {
    readers: n('readers'),
    linkClicks: n('linkClicks'),
    dailyClicks: n('dailyClicks'),
    perLink: (row.perLink as string | null) ?? null,
    reports: n('reports'),
    countedInCases: n('countedInCases'),
    deadLetters: n('deadLetters'),
  };
}

/**
 * Drive one stream on its pacer: `fire(i)` sends request i and resolves to null when it was
 * answered as expected, or to the reason it was not. Latency is from the send to the answer.
 */
async function runStream(pacer: Pacer, maxInFlight: number, t0: number, fire: (i: number) => Promise<string | null>): Promise<StreamOutcome> {
  const latencies: number[] = [];
  const lags: number[] = [];
  const failed: Record<string, number> = {};
  const pending = new Set<Promise<void>>();
  let ok = 0;
  let sent = 0;
  let firstSend = 0;
  let lastAnswer = 0;
  const launch = (i: number, elapsed: number) => {
    sent++;
    lags.push(Math.max(0, elapsed - pacer.dueAt(i)));
    const start = performance.now();
    if (firstSend === 0) firstSend = start;
    const p = fire(i).then(
      (reason) => {
        lastAnswer = performance.now();
        latencies.push(lastAnswer - start);
        if (reason === null) ok++;
        else failed[reason] = (failed[reason] ?? 0) + 1;
      },
      (err: unknown) => {
        lastAnswer = performance.now();
        const code = (err as { code?: string }).code ?? (err as Error).name ?? 'error';
        failed[code] = (failed[code] ?? 0) + 1;
      },
    );
    const tracked = p.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  while (!pacer.done) {
    const elapsed = performance.now() - t0;
    const { send } = pacer.step(elapsed, pending.size, maxInFlight);
    for (let k = send; k > 0; k--) launch(pacer.issued - k, elapsed);
    await sleep(2);
  }
  await Promise.all([...pending]);
  return {
    offered: pacer.total,
    sent,
    shed: pacer.shed,
    ok,
    failed,
    seconds: firstSend && lastAnswer > firstSend ? (lastAnswer - firstSend) / 1000 : 0,
    latency: latencySummary(latencies),
    lagP99: latencySummary(lags).p99,
  };
}

async function main() {
  const config = launchConfig();
  const runMs = (config.seconds + config.maxLagSeconds + 30) * 1000;
  if (crossesVnMidnight(Date.now(), runMs + 120_000)) {
    throw new Error('This run would cross midnight in Vietnam (17:00 UTC), which starts a new de-duplication day: run it a few minutes later.');
  }
  const run = randomBytes(4).toString('hex');
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-launch-'));
  const opts: LocalOptions = { persistTo: dir, quiet: true };
  let dev: ChildProcess | undefined;
  const pools: Pool[] = [];
  const cleanUp = () => {
    dev?.kill('SIGTERM');
    // LAUNCH_KEEP=1 keeps the local D1 to look at (row sizes, query plans) after the run.
    if (process.env.LAUNCH_KEEP) console.log(`Local D1 kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  try {
    console.log(`Preparing a local hub in ${dir} (migrations, demo seed, ${config.links} campaign links)…`);
    applyMigrations(opts);
    await seedDemo(opts);
    const storyIds = query(opts, "SELECT id FROM stories WHERE status = 'published' ORDER BY id").map((r) => Number(r.id));
    executeSql(launchLinksSql(config.links, storyIds, Date.now()), 'launch-links', opts);
    const before = readCounts(opts);

    const port = await freePort();
    // --log-level warn: no line per request (thousands a second would cost the machine more than the Worker does);
    // what the Worker logs with console.error still shows, and is scanned for failures below.
    dev = await startDev(port, { ...opts, extraArgs: ['--log-level', process.env.LAUNCH_LOG_LEVEL ?? 'warn'] });
    const workerProblems: string[] = [];
    const devLog: string[] = [];
    const scan = (chunk: Buffer) => {
      devLog.push(chunk.toString('utf8'));
      for (const line of chunk.toString('utf8').split('\n')) if (PROBLEM.test(line) && workerProblems.length < 1000) workerProblems.push(line.trim().slice(0, 300));
    };
    dev.stdout?.on('data', scan);
    dev.stderr?.on('data', scan);
    const origin = `http://127.0.0.1:${port}`;
    // Warm each link into the Worker's link cache with HEAD (redirected, never counted).
    for (let k = 0; k < config.links; k++) {
      const res = await fetch(`${origin}/l/${launchCode(k)}`, { method: 'HEAD', redirect: 'manual' });
      if (res.status !== 302) throw new Error(`link ${launchCode(k)} answered ${res.status} to HEAD`);
    }

    const clickPool = new Pool(origin, { connections: config.connections, pipelining: 1, headersTimeout: 30_000, bodyTimeout: 30_000 });
    const reportPool = new Pool(origin, { connections: 32, pipelining: 1, headersTimeout: 30_000, bodyTimeout: 30_000 });
    pools.push(clickPool, reportPool);
    // The first answers of each kind of failure, to say why in the summary.
    const samples: Record<string, string> = {};
    const sampled = (reason: string, body: string) => {
      samples[reason] ??= body.replace(/\s+/g, ' ').slice(0, 300);
      return reason;
    };
    const plan = new ClickPlan(config);
    const ledger = new ClickLedger(config.links);
    const maxLagMs = config.maxLagSeconds * 1000;
    const clickPacer = new Pacer(config.rate, config.seconds, maxLagMs);
    const reportPacer = new Pacer(config.reportsRate, config.seconds, maxLagMs);

    console.log(`Offering ${config.rate} clicks/s and ${config.reportsRate} reports/s for ${config.seconds} s to ${origin}…`);
    const t0 = performance.now();
    const [clicks, reports] = await Promise.all([
      runStream(clickPacer, config.connections, t0, async () => {
        const click = plan.take();
        const sentAt = Date.now();
        const res = await clickPool.request({
          path: `/l/${launchCode(click.link)}`,
          method: 'GET',
          headers: { 'cf-connecting-ip': click.reader.ip, 'user-agent': click.reader.userAgent, 'accept-language': 'vi-VN,vi;q=0.9' },
        });
        const location = String(res.headers.location ?? '');
        if (res.statusCode !== 302) return sampled(`HTTP ${res.statusCode}`, await res.body.text());
        await res.body.dump();
        if (!location.includes('/stories/')) return 'redirect elsewhere';
        ledger.record(click, sentAt);
        return null;
      }),
      runStream(reportPacer, 32, t0, async (i) => {
        const report = launchReport(run, i);
        const res = await reportPool.request({
          path: '/api/reports',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': report.ip, 'user-agent': 'Mozilla/5.0 (Linux; Android 14) launch-sim' },
          body: report.body,
        });
        if (res.statusCode === 201) {
          await res.body.dump();
          return null;
        }
        return sampled(`HTTP ${res.statusCode}`, await res.body.text());
      }),
    ]);
    const answeredAt = performance.now();
    console.log(`Load done: ${clicks.ok} clicks and ${reports.ok} reports answered; waiting for the queues to drain…`);

    // Drain: poll until the counts equal what was sent, then once more a batch timeout later to see nothing more arrives.
    const expected = ledger.expected;
    const settled = (c: Raw) => c.readers === expected && c.linkClicks === expected && c.dailyClicks === expected;
    let counts = readCounts(opts);
    let drainSeconds = (performance.now() - answeredAt) / 1000;
    while (!settled(counts) && (performance.now() - answeredAt) / 1000 < config.drainSeconds) {
      await sleep(2000);
      counts = readCounts(opts);
      drainSeconds = (performance.now() - answeredAt) / 1000;
    }
    await sleep(6000);
    counts = readCounts(opts);

    const counted: CountsRead = {
      readers: counts.readers,
      linkClicks: counts.linkClicks,
      dailyClicks: counts.dailyClicks,
      perLink: parsePerLink(counts.perLink, config.links),
      reportsStored: counts.reports - before.reports,
      reportsCounted: counts.countedInCases - before.countedInCases,
      deadLetters: counts.deadLetters,
    };
    const result: LaunchResult = {
      config,
      clicks,
      reports,
      expected: { clicks: expected, repeats: ledger.repeats, perLink: ledger.perLink, reports: reports.ok },
      counted,
      drainSeconds,
      workerProblems,
      loadAverage: loadavg(),
    };
    console.log(`\n${summaryTable(result)}\n`);
    for (const [reason, body] of Object.entries(samples)) console.log(`First ${reason} answer: ${body}`);
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    // wrangler dev's own output (warnings and the Worker's errors; no line per request), to see why when something failed.
    writeFileSync(join(ROOT, '.bench', 'launch-dev.log'), devLog.join('').slice(-200_000));
    writeFileSync(join(ROOT, '.bench', 'launch.json'), `${JSON.stringify({ at: new Date().toISOString(), ...result, samples }, null, 2)}\n`);
    process.exitCode = losses(result).length === 0 ? 0 : 1;
  } finally {
    await Promise.all(pools.map((p) => p.close().catch(() => undefined)));
    cleanUp();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
