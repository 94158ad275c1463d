// Report ingestion benchmark: autocannon POSTs to POST /api/reports on a local
// `wrangler dev` with a fresh D1; then the local D1 is asked how many reports it
// holds. Pass = no error responses, and stored == accepted (both the report rows
// and the sum of the cases' report counts).
//
// NOTE: the run is a fixed number of requests (capped in time), not a fixed
// duration: autocannon drops requests still in flight when a duration ends, and
// the server would have stored them, so stored == accepted could not be checked.
//
//   npx tsx scripts/bench-reports.ts   (BENCH_REQUESTS=1000 BENCH_CONNECTIONS=10 BENCH_MAX_SECONDS=90)
//
// `reportIngestion()` is exported as a scenario for a shared `npm run bench`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { applyMigrations, freePort, ROOT, startDev } from './lib/local-dev';

export type ReportBenchResult = {
  scenario: 'report-ingestion';
  durationSeconds: number;
  connections: number;
  sent: number;
  accepted: number;
  errorResponses: number;
  connectionErrors: number;
  reportsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  stored: { reports: number; countedInCases: number; cases: number };
  ok: boolean;
};

/** Half the traffic hits a few "viral" links (the case upsert's conflict path), half is new links. */
const HOT_LINKS = Array.from({ length: 20 }, (_, i) => `https://www.facebook.com/story.php?story_fbid=${9000 + i}&id=100064&mibextid=bench`);
const CATEGORIES = ['false_news', 'distortion', 'incitement', 'scam', 'other'];

function randomReport(n: number): string {
  const url = n % 2 === 0 ? HOT_LINKS[n % HOT_LINKS.length] : `https://news.example.vn/bai-${n}-${randomBytes(4).toString('hex')}.html?utm_source=zalo`;
  return JSON.stringify({ url, category: CATEGORIES[n % CATEGORIES.length], description: `Báo cáo thử số ${n}: thông tin chưa kiểm chứng.` });
}

/** A fresh documentation-range address per request: the benchmark measures ingestion, not the per-IP limit. */
function randomIp(): string {
  const b = randomBytes(3);
  return `198.${18 + (b[0]! % 2)}.${b[1]}.${b[2]}`;
}

function queryLocalD1(persistTo: string, sql: string): Record<string, number> {
  const result = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' } },
  );
  if (result.status !== 0) throw new Error(`wrangler d1 execute failed:\n${result.stdout}${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { results: Record<string, number>[] }[];
  return parsed[0]?.results[0] ?? {};
}

/** The scenario: needs a running Worker at `baseURL` whose local D1 lives in `persistTo`, with no reports yet. */
export async function reportIngestion(
  target: { baseURL: string; persistTo: string },
  opts: { requests: number; connections: number; maxSeconds: number },
): Promise<ReportBenchResult> {
  let n = 0;
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: `${target.baseURL}/api/reports`,
    connections: opts.connections,
    amount: opts.requests,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          path: '/api/reports',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': randomIp() },
          body: randomReport(n++),
        }),
      },
    ],
  });
  instance.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  const cap = setTimeout(() => instance.stop(), opts.maxSeconds * 1000);
  const result = await instance;
  clearTimeout(cap);
  const accepted = statuses.get(201) ?? 0;
  const errorResponses = [...statuses].filter(([s]) => s !== 201).reduce((sum, [, c]) => sum + c, 0);
  const stored = queryLocalD1(target.persistTo, 'SELECT (SELECT count(*) FROM reports) AS reports, (SELECT coalesce(sum(report_count), 0) FROM cases) AS countedInCases, (SELECT count(*) FROM cases) AS cases');
  const summary = {
    reports: stored.reports ?? -1,
    countedInCases: stored.countedInCases ?? -1,
    cases: stored.cases ?? -1,
  };
  return {
    scenario: 'report-ingestion',
    durationSeconds: result.duration,
    connections: opts.connections,
    sent: result.requests.sent,
    accepted,
    errorResponses,
    connectionErrors: result.errors,
    reportsPerSecond: Math.round((accepted / result.duration) * 10) / 10,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    stored: summary,
    ok:
      errorResponses === 0 &&
      result.errors === 0 &&
      accepted === opts.requests &&
      summary.reports === accepted &&
      summary.countedInCases === accepted,
  };
}

async function main() {
  const requests = Number(process.env.BENCH_REQUESTS ?? 1000);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const maxSeconds = Number(process.env.BENCH_MAX_SECONDS ?? 90);
  if (!(requests >= connections && requests <= 100_000)) throw new Error('BENCH_REQUESTS must be between BENCH_CONNECTIONS and 100000');
  if (!(maxSeconds > 0 && maxSeconds <= 600)) throw new Error('BENCH_MAX_SECONDS must be 1–600');
  const persistTo = mkdtempSync(join(tmpdir(), 'lantoa-bench-reports-'));
  const opts = { persistTo, quiet: true };
  applyMigrations(opts);
  const port = await freePort();
  const dev = await startDev(port, opts);
  try {
    const baseURL = `http://127.0.0.1:${port}`;
    const result = await reportIngestion({ baseURL, persistTo }, { requests, connections, maxSeconds });
    console.log(`\nReport ingestion (${requests} requests over ${result.durationSeconds}s, ${connections} connections, local wrangler dev)`);
    console.log(`  accepted      ${result.accepted} reports (${result.reportsPerSecond} reports/s sustained)`);
    console.log(`  latency       p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms`);
    console.log(`  errors        ${result.errorResponses} error responses, ${result.connectionErrors} connection errors`);
    console.log(`  stored        ${result.stored.reports} reports, cases count ${result.stored.countedInCases}, in ${result.stored.cases} cases`);
    console.log(`  ${result.ok ? 'PASS' : 'FAIL'}: stored ${result.stored.reports === result.accepted ? '==' : '!='} accepted, ${result.errorResponses + result.connectionErrors} errors\n`);
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench', 'reports.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    dev.kill('SIGTERM');
    rmSync(persistTo, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
