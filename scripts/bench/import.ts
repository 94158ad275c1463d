// `BENCH_ONLY=import npm run bench`: a 5,000-row member import against `wrangler dev`, timed
// end to end (POST /api/users/import: parse, plan, 25 chunk batches, invite links), beside the
// bare route's one-at-a-time service time of the same server. The rows belong to Hà Nội, the
// demo admin@'s province (so the run works whether admin@ is national or scoped).
import { unitPathKey } from '../../workers/units/unit-keys';

const UNIT = 'Ban Tuyên giáo Thành ủy Hà Nội';

/** The unit the rows name, as the units seed inserts it (no-op once it is there). */
export function importBenchSql(now = Date.now()): string[] {
  return [
    `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES ('HNI', NULL, '${UNIT}', 'agency', '${UNIT}', '${unitPathKey([UNIT])}', ${now}, ${now});`,
  ];
}

/** 5,000 rows as Excel saves them (BOM, semicolons, CRLF). */
export function importBenchCsv(rows = 5000): string {
  const lines = ['Họ và tên;Email;Số điện thoại;Tỉnh/Thành;Đơn vị;Vai trò'];
  for (let i = 0; i < rows; i++) {
    lines.push(`Thành viên Bench ${i};bench${i}@donvi.vn;0912 ${String(100000 + i).slice(0, 3)} ${String(100000 + i).slice(3)};Hà Nội;${UNIT};thành viên`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type ImportBench = { dryRunMs: number; importMs: number; reimportMs: number; created: number; unchanged: number; status: number };

async function timed(base: string, admin: string, csv: string, dryRun: boolean) {
  const start = performance.now();
  const res = await fetch(`${base}/api/users/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', cookie: admin, origin: base },
    body: csv,
  });
  const body = (await res.json()) as { counts?: { created: number; unchanged: number; errors: number } };
  const ms = performance.now() - start;
  if (!res.ok || !body.counts) throw new Error(`bench import: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, status: res.status, counts: body.counts };
}

/** Dry run, import, then the same file again (nothing to write), each timed once. */
export async function benchImport(base: string, admin: string): Promise<ImportBench> {
  const csv = importBenchCsv();
  const dry = await timed(base, admin, csv, true);
  const first = await timed(base, admin, csv, false);
  const again = await timed(base, admin, csv, false);
  return { dryRunMs: dry.ms, importMs: first.ms, reimportMs: again.ms, created: first.counts.created, unchanged: again.counts.unchanged, status: first.status };
}
