// Check before posting under load: POST /api/check with a claim index of 10,000 cases loaded
// (cases + claim_bands, the band keys made by the real band-key function, as the claims queue
// would have indexed them). Every tenth case is decided false with a published bench story as
// its rebuttal. Requests cycle through a retyped known claim (a hit: lookup, exact re-score,
// rebuttal read), an unknown claim (a miss) and a known link. `BENCH_ONLY=check npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandKeysOfTexts } from '../../workers/claims/claim-match';
import { PROVINCES } from '../../workers/geo/reference';
import { executeSql, type LocalOptions } from '../lib/local-dev';
import { insertOrIgnore } from '../seed/sql';
import { BENCH_ID_BASE } from './data';
import type { Scenario } from './scenarios';

export const CHECK_BENCH_CASES = 10_000;
/** Bench cases get ids from here up, clear of the demo seed and the browser fixtures. */
const CASE_ID_BASE = 2_000_000;

const SUBJECTS = ['Nước máy', 'Gạo', 'Cầu', 'Trường tiểu học', 'Bệnh viện', 'Xăng', 'Điện', 'Chợ đầu mối', 'Bến xe', 'Trạm y tế', 'Sữa bột', 'Ngân hàng'];
const PREDICATES = [
  'bị nhiễm độc, người dân không được dùng',
  'sắp bị đóng cửa vô thời hạn',
  'tăng giá gấp ba từ tuần sau',
  'bị cắt hoàn toàn để bảo trì',
  'phát tiền hỗ trợ cho ai đăng ký qua đường link',
  'có người chết vì dịch lạ',
];
const CONSEQUENCES = ['cần tích trữ gấp', 'phải báo ngay cho người thân', 'không được ra đường', 'ai cũng phải nộp phí', 'trẻ em phải nghỉ học'];

/** Case `i`'s claim: a place, a subject, a predicate, a count and a consequence (distinct per case). */
export function benchClaim(i: number): string {
  const place = PROVINCES[i % PROVINCES.length]?.name ?? 'Hà Nội';
  return `${SUBJECTS[i % SUBJECTS.length]} ở ${place} ${PREDICATES[Math.floor(i / 7) % PREDICATES.length]} trong ${3 + (i % 29)} ngày tới, khu phố số ${i}, ${CONSEQUENCES[Math.floor(i / 3) % CONSEQUENCES.length]}`;
}

export const benchCheckLink = (i: number) => `https://facebook.com/100064000000000/posts/${800_000_000 + i}`;

/** INSERT statements for the index: cases in chunks, then their band rows (about 42 per case). */
export function checkBenchSql(stories: number, now = Date.now()): string[] {
  const cases = [];
  const bands = [];
  for (let i = 1; i <= CHECK_BENCH_CASES; i++) {
    const id = CASE_ID_BASE + i;
    const decided = i % 10 === 0;
    const claim = benchClaim(i);
    cases.push({
      id,
      canonical_url: benchCheckLink(i),
      platform: 'facebook',
      category: 'false_news',
      province_code: PROVINCES[i % PROVINCES.length]?.code ?? 'HNI',
      status: decided ? 'false' : 'new',
      claim,
      verdict_summary: decided ? 'Không có chuyện này: cơ quan chức năng đã xác minh.' : null,
      rebuttal_story_id: decided ? BENCH_ID_BASE + 1 + (i % stories) : null,
      report_count: 0,
      first_seen_at: now - i * 60_000,
      last_seen_at: now - i * 60_000,
      verdict_at: decided ? now - i * 60_000 : null,
      created_at: now - i * 60_000,
      updated_at: now - i * 60_000,
    });
    for (const key of bandKeysOfTexts([claim])) bands.push({ band_key: key, case_id: id, created_at: now });
  }
  return [...insertOrIgnore('cases', cases, 500), ...insertOrIgnore('claim_bands', bands, 2000)];
}

/** What a person pastes, in turn: a known claim retyped without accents (hit), an unknown claim (miss), a known link. */
const BODIES = [
  JSON.stringify({ text: `CHIA SE GAP!!! ${benchClaim(4_210).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')}` }),
  JSON.stringify({ text: 'Chiều nay đoàn thanh niên phường dọn rác bờ sông, bà con mang theo găng tay và nước uống, ai rảnh thì ra phụ một tay nhé.' }),
  JSON.stringify({ url: `${benchCheckLink(5_120)}?fbclid=IwAR0bench` }),
];
let turn = 0;
let address = 0;

export const checkScenarios: Scenario[] = [
  {
    name: 'check, POST /api/check (10,000-case claim index)',
    path: '/api/check',
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: () => BODIES[turn++ % BODIES.length] ?? '{}',
    // A fresh documentation-range address per request: the run measures the check, not the per-address limit.
    requestHeaders: () => ({ 'cf-connecting-ip': `198.18.${(++address >> 8) & 255}.${address & 255}` }),
  },
];

/** Before measuring: the hit and the link must find their known false claim, the miss nothing (else the run measures the wrong path). */
export async function checkBenchSanity(base: string): Promise<string> {
  const kinds: string[] = [];
  for (const [i, body] of BODIES.entries()) {
    const res = await fetch(`${base}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'cf-connecting-ip': `198.19.0.${i + 1}` },
      body,
    });
    const json = (await res.json()) as { check?: { findings?: { kind: string }[] } };
    const known = (json.check?.findings ?? []).filter((f) => f.kind === 'knownFalse').length;
    if (res.status !== 200 || known !== (i === 1 ? 0 : 1)) throw new Error(`check bench body ${i}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    kinds.push(known ? 'known false' : 'clear');
  }
  return kinds.join(', ');
}

/**
 * Load the index into the local D1 while no server holds it open. `wrangler d1 execute --file`
 * takes minutes over 420,000 band rows on a busy machine (it had committed nothing after three);
 * the sqlite3 command line writes the same statements into the same SQLite file in one
 * transaction in about ten seconds. Without sqlite3 (or the file), the slow path is taken.
 */
export function loadCheckIndex(statements: string[], opts: LocalOptions & { persistTo: string }): 'sqlite3' | 'wrangler' {
  const dir = join(opts.persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  let file: string | undefined;
  try {
    file = readdirSync(dir).find((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  } catch {
    file = undefined;
  }
  const hasSqlite = spawnSync('sqlite3', ['-version']).status === 0;
  if (!file || !hasSqlite) {
    executeSql(statements, 'bench-check', opts);
    return 'wrangler';
  }
  const sqlDir = join(opts.persistTo, 'sql');
  mkdirSync(sqlDir, { recursive: true });
  const sqlFile = join(sqlDir, 'bench-check.sql');
  writeFileSync(sqlFile, ['BEGIN;', ...statements, 'COMMIT;'].join('\n'));
  const result = spawnSync('sqlite3', ['-bail', join(dir, file), `.read ${sqlFile}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`sqlite3 could not load the claim index: ${result.stderr}`);
  return 'sqlite3';
}
