// Benchmark scenarios for share cards, reusable by `npm run bench` (scripts/bench.ts)
// and runnable alone: `npx tsx scripts/bench-cards.ts`.
//
// - render: CPU time of one card in Node (same satori + resvg wasm as the Worker), cold
//   (wasm instantiation + font parsing + first render) and warm (later renders);
// - served: end-to-end latency through `wrangler dev` for a first render, a later render,
//   and a stored card; then cached-card throughput with autocannon;
// - bundle: the Worker upload, raw and gzip (the free plan allows 3 MiB gzip).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CARD_SIZES, cardFormats, cardTree, type CardContent, type CardFormat } from '../workers/cards/card-design';
import { cardHash, cardPath } from '../workers/cards/card-address';
import { initCardEngine, renderPng, type CardFont } from '../workers/cards/card-engine';
import { applyMigrations, executeSql, freePort, ROOT, startDev } from './lib/local-dev';
import { insertOrIgnore } from './seed/sql';

const FREE_PLAN_GZIP_LIMIT = 3 * 1024 * 1024;

const sampleTitles = [
  'Người thanh niên Đà Nẵng hai mươi năm lặng lẽ hiến máu cứu người',
  'Ầ Ẩ Ẫ Ấ Ậ ự ỹ đ: Đồng bào Điện Biên ấm áp tình người',
  'Cô giáo vùng cao Lai Châu mười năm bám bản, mỗi sáng vượt 12 cây số đường đèo để đến điểm trường',
  'Young volunteers repair 40 homes before the rainy season',
  'Hợp tác xã Cà Mau trồng lại 20 héc-ta rừng ngập mặn',
  'Bác sĩ trẻ Huế khám bệnh miễn phí cho người cao tuổi',
];

function sampleContent(i: number): CardContent {
  return {
    storyId: i + 1,
    title: `${sampleTitles[i % sampleTitles.length]} (${i})`,
    summary: 'Hơn hai mươi năm qua, anh lặng lẽ làm việc tốt mà không cần ai biết đến.',
    categoryName: 'Gương người tốt việc tốt',
    categoryColor: '#b45309',
    provinceName: 'TP. Hồ Chí Minh',
    coverKey: null,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (n: number) => Math.round(n * 10) / 10;

function fontData(weight: string): ArrayBuffer {
  const bytes = readFileSync(join(ROOT, `node_modules/@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export type RenderBench = { coldMs: number; warmMs: Record<CardFormat, { median: number; p95: number; runs: number }> };

/** Render CPU time in this Node process (the first call is the cold one). */
export async function benchCardRender(runs = 8): Promise<RenderBench> {
  const started = performance.now();
  const fonts: CardFont[] = [
    { name: 'Be Vietnam Pro', data: fontData('600SemiBold'), weight: 600, style: 'normal' },
    { name: 'Be Vietnam Pro', data: fontData('700Bold'), weight: 700, style: 'normal' },
  ];
  await initCardEngine({
    yogaWasm: await WebAssembly.compile(readFileSync(join(ROOT, 'node_modules/satori/yoga.wasm'))),
    resvgWasm: await WebAssembly.compile(readFileSync(join(ROOT, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'))),
  });
  await renderPng(cardTree(sampleContent(0), 'og', null), CARD_SIZES.og, fonts);
  const coldMs = performance.now() - started;
  const warmMs = {} as RenderBench['warmMs'];
  for (const format of cardFormats) {
    const times: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const t = performance.now();
      await renderPng(cardTree(sampleContent(i), format, null), CARD_SIZES[format], fonts);
      times.push(performance.now() - t);
    }
    warmMs[format] = { median: round(percentile(times, 50)), p95: round(percentile(times, 95)), runs };
  }
  return { coldMs: round(coldMs), warmMs };
}

export type BundleSize = { rawBytes: number; gzipBytes: number; files: number; withinFreePlan: boolean };

/** Build the Worker as `wrangler deploy` would (`--dry-run --outdir .tmp/bundle`) and measure it. */
export function bundleSize(): BundleSize {
  const outdir = join(ROOT, '.tmp', 'bundle');
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', outdir], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stdout}${build.stderr}`);
  // Source maps and the README are not uploaded as modules.
  const files = readdirSync(outdir).filter((f) => !f.endsWith('.map') && f !== 'README.md');
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outdir, file));
    rawBytes += statSync(join(outdir, file)).size;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { rawBytes, gzipBytes, files: files.length, withinFreePlan: gzipBytes <= FREE_PLAN_GZIP_LIMIT };
}

export type ServedBench = {
  firstRenderMs: number;
  laterRendersMs: { median: number; max: number };
  storedMs: { median: number; sources: string[] };
  throughput: Throughput;
  /** The same load on `/__bare`, the bare Worker route: what the machine and `wrangler dev` allow at all. */
  baseline: Throughput;
};

type Throughput = { url: string; requestsPerSec: number; latencyP50Ms: number; latencyP99Ms: number; non2xx: number };

function autocannon(url: string, seconds: number): Throughput {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/autocannon'), ['-c', '10', '-d', String(seconds), '-j', url], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number };
  return { url: new URL(url).pathname, requestsPerSec: round(result.requests.average), latencyP50Ms: result.latency.p50, latencyP99Ms: result.latency.p99, non2xx: result.non2xx };
}

async function timedFetch(url: string): Promise<{ ms: number; source: string }> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { ms: performance.now() - t, source: res.headers.get('server-timing') ?? '' };
}

/**
 * Cards served by a running `wrangler dev` (baseURL) whose D1 holds the stories made by
 * `insertBenchStories`: first render (cold isolate), later renders, stored cards, and
 * autocannon throughput on one stored card.
 */
export async function benchServedCards(baseURL: string, stories: CardContent[], seconds = 5): Promise<ServedBench> {
  const paths = await Promise.all(stories.map(async (s) => cardPath(s.storyId, await cardHash(s), 'og')));
  const first = await timedFetch(`${baseURL}${paths[0]}`);
  const later: number[] = [];
  for (const path of paths.slice(1)) later.push((await timedFetch(`${baseURL}${path}`)).ms);
  const stored: { ms: number; source: string }[] = [];
  for (let i = 0; i < 10; i++) stored.push(await timedFetch(`${baseURL}${paths[0]}`));
  return {
    firstRenderMs: round(first.ms),
    laterRendersMs: { median: round(percentile(later, 50)), max: round(Math.max(...later)) },
    storedMs: { median: round(percentile(stored.map((s) => s.ms), 50)), sources: [...new Set(stored.map((s) => s.source))] },
    throughput: autocannon(`${baseURL}${paths[0]}`, seconds),
    baseline: autocannon(`${baseURL}/__bare`, seconds),
  };
}

/** Published stories for the served-card scenario (ids from 990001, so they never meet demo content). */
export function insertBenchStories(persistTo: string, count = 6): CardContent[] {
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: 990001 + i,
    slug: `bench-card-${i}`,
    title: sampleContent(i).title,
    category_code: 'role_model',
    province_code: 'HCM',
    status: 'published',
    published_at: now,
    created_at: now,
    updated_at: now,
  }));
  executeSql(insertOrIgnore('stories', rows), 'bench-cards', { persistTo, quiet: true });
  return rows.map((r) => ({ ...sampleContent(r.id - 990001), storyId: r.id, title: r.title }));
}

async function main() {
  console.log('Share cards benchmark\n');
  const bundle = bundleSize();
  console.log(
    `bundle: ${(bundle.rawBytes / 1024).toFixed(1)} KiB raw, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip ` +
      `(${bundle.files} modules; free plan limit 3072 KiB gzip: ${bundle.withinFreePlan ? 'within' : 'OVER'})`,
  );
  const render = await benchCardRender();
  // The machine is often shared: read the render times against its load.
  console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`render in Node, cold (wasm init + fonts + first 1200×630): ${render.coldMs} ms`);
  for (const format of cardFormats) {
    const w = render.warmMs[format];
    console.log(`render in Node, warm ${format}: median ${w.median} ms, p95 ${w.p95} ms (${w.runs} runs)`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'lantoa-bench-cards-'));
  const opts = { persistTo: dir, quiet: true };
  const port = await freePort();
  let dev: ChildProcess | undefined;
  try {
    applyMigrations(opts);
    const stories = insertBenchStories(dir);
    dev = await startDev(port, opts);
    const served = await benchServedCards(`http://127.0.0.1:${port}`, stories);
    console.log(`wrangler dev, first card request (cold isolate, render + R2 put): ${served.firstRenderMs} ms`);
    console.log(`wrangler dev, later first requests (warm render + R2 put): median ${served.laterRendersMs.median} ms, max ${served.laterRendersMs.max} ms`);
    console.log(`wrangler dev, stored card (D1 check + Cache API hit): median ${served.storedMs.median} ms [${served.storedMs.sources.join(', ')}]`);
    for (const [label, tp] of [['cached card', served.throughput], ['bare Worker route /__bare', served.baseline]] as const) {
      console.log(`${label} throughput (autocannon -c 10): ${tp.requestsPerSec} req/s, p50 ${tp.latencyP50Ms} ms, p99 ${tp.latencyP99Ms} ms, non-2xx ${tp.non2xx}`);
    }
  } finally {
    dev?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
