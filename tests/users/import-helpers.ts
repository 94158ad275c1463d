import { env } from 'cloudflare:workers';
import { unitPathKey } from '../../workers/units/unit-keys';
import type { TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';

/** The demo units BRIEF12 names, inserted as the units seed does (INSERT OR IGNORE on province + path key), so tests keep working after it lands. */
const DEMO_UNITS: [province: string, names: string[]][] = [
  ['DNG', ['Đảng bộ phường Hải Châu']],
  ['DNG', ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3']],
  ['DNG', ['Đoàn Thanh niên phường Hải Châu']],
  ['HCM', ['Đảng bộ phường Bến Nghé']],
  ['HCM', ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3']],
  ['HNI', ['Ban Tuyên giáo Thành ủy Hà Nội']],
];

export async function insertDemoUnits(): Promise<void> {
  const now = Date.now();
  await env.DB.batch(
    DEMO_UNITS.map(([province, names]) => {
      const parentKey = names.length > 1 ? unitPathKey(names.slice(0, -1)) : null;
      return env.DB.prepare(
        `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at)
         VALUES (?1, (SELECT id FROM units WHERE province_code = ?1 AND path_key = ?2), ?3, 'other', ?4, ?5, ?6, ?6)`,
      ).bind(province, parentKey, names.at(-1), names.join(' / '), unitPathKey(names), now);
    }),
  );
}

export type ImportRow = {
  line: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'error';
  name: string;
  email: string | null;
  phone: string | null;
  unit: string | null;
  changes?: string[];
  error?: { code: string; message: string };
};
export type ImportAnswer = {
  dryRun: boolean;
  import: { id: string; status: string; url: string } | null;
  counts: { total: number; created: number; updated: number; unchanged: number; errors: number };
  rows: ImportRow[];
  invites: { line: number; name: string; email: string | null; phone: string | null; url: string; expiresAt: string }[];
};

/** POST /api/users/import with the CSV as a text/csv body. */
export function postImport(user: TestUser, csv: string, opts: { dryRun?: boolean; lang?: string } = {}) {
  const query = new URLSearchParams();
  if (opts.dryRun) query.set('dryRun', 'true');
  if (opts.lang) query.set('lang', opts.lang);
  return fetchApp(`/api/users/import?${query}`, { method: 'POST', headers: { ...user.headers, 'content-type': 'text/csv; charset=utf-8' }, body: csv });
}

export async function importCsv(user: TestUser, csv: string, opts: { dryRun?: boolean; lang?: string } = {}): Promise<{ status: number; body: ImportAnswer }> {
  const res = await postImport(user, csv, opts);
  return { status: res.status, body: await readJson<ImportAnswer>(res) };
}

/** A CSV as Excel in a Vietnamese locale saves it: BOM, semicolons, CRLF. */
export function excelCsv(rows: string[][], delimiter = ';'): string {
  const cell = (value: string) => (/[";\r\n,]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}

export const HEADER = ['Họ và tên', 'Email', 'Số điện thoại', 'Tỉnh/Thành', 'Đơn vị', 'Vai trò'];

export async function userCount(): Promise<number> {
  return (await env.DB.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>())?.n ?? 0;
}

export const errorLines = (body: ImportAnswer) => body.rows.filter((r) => r.outcome === 'error').map((r) => [r.line, r.error?.code]);
