import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { excelCsv, HEADER, importCsv, insertDemoUnits, userCount } from './import-helpers';

/**
 * The proof: 5,000 rows as Excel saves them (BOM, semicolons, CRLF, some names quoted
 * across two lines), exactly 50 of them wrong on purpose. The dry run names those 50 at their
 * lines and writes nothing; the import creates the other 4,950 once; the same file again changes nothing.
 */
const KINDS = ['bad_phone', 'unknown_province', 'unknown_unit', 'duplicate_email', 'formula'] as const;
const FORMULAS = ['=HYPERLINK("http://x")', '+cmd|calc', '-2+3', '@SUM(A1:A2)', '\tTab đầu'];
const UNITS: [string, string][] = [
  ['Đà Nẵng', 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3'],
  ['DNG', 'dang bo phuong hai chau'],
  ['da nang', 'ĐOÀN THANH NIÊN PHƯỜNG HẢI CHÂU'],
  ['TP. Hồ Chí Minh', 'Đảng bộ phường Bến Nghé/Chi bộ khu phố 3'],
  ['HCM', ''],
];

function bigFile(): { csv: string; expected: [number, string][] } {
  const rows: string[][] = [HEADER];
  const expected: [number, string][] = [];
  let line = 2;
  for (let i = 0; i < 5000; i++) {
    const [province, unit] = UNITS[i % UNITS.length] as [string, string];
    // Every 250th name is quoted across two lines: later line numbers must count them.
    let name = i % 250 === 7 ? `Nguyễn Văn\nSố ${i}` : `Thành viên Số ${i}`;
    let email = `tv${i}@donvi.vn`;
    let phone = `0905 ${String(100000 + i).padStart(6, '0').replace(/(\d{3})(\d{3})/, '$1 $2')}`;
    let provinceCell = province;
    let unitCell = unit;
    if (i % 100 === 50) {
      const kind = KINDS[(i / 100) % KINDS.length | 0] as (typeof KINDS)[number];
      if (kind === 'bad_phone') phone = `0905 ${i}`;
      if (kind === 'unknown_province') provinceCell = 'Tỉnh Không Có';
      if (kind === 'unknown_unit') unitCell = 'Chi bộ không tồn tại';
      if (kind === 'duplicate_email') email = `tv${i - 1}@donvi.vn`;
      if (kind === 'formula') name = FORMULAS[(i / 500) % FORMULAS.length | 0] as string;
      expected.push([line, kind]);
    }
    rows.push([name, email, phone, provinceCell, unitCell, i % 3 === 0 ? 'cộng tác viên' : 'thành viên']);
    line += name.split('\n').length;
  }
  return { csv: excelCsv(rows), expected };
}

describe('a 5,000-row import with 50 deliberate errors', () => {
  let admin: TestUser;
  const file = bigFile();
  beforeAll(async () => {
    await insertDemoUnits();
    admin = await signedInAs('admin', { provinceCode: null });
  });

  it('the dry run names exactly the 50 errors at their lines and writes nothing', async () => {
    expect(file.expected).toHaveLength(50);
    const before = await userCount();
    const { status, body } = await importCsv(admin, file.csv, { dryRun: true });
    expect(status).toBe(200);
    expect(body.counts).toEqual({ total: 5000, created: 4950, updated: 0, unchanged: 0, errors: 50 });
    const errors = body.rows.filter((r) => r.outcome === 'error');
    expect(errors.map((r) => [r.line, r.error?.code])).toEqual(file.expected);
    // Errors come first in the answer.
    expect(body.rows.slice(0, 50).every((r) => r.outcome === 'error')).toBe(true);
    expect(await userCount()).toBe(before);
  }, 120_000);

  it('creates the other 4,950 once, with invite links; the same file again changes nothing', async () => {
    const before = await userCount();
    const first = await importCsv(admin, file.csv);
    expect(first.status).toBe(201);
    expect(first.body.counts).toMatchObject({ created: 4950, errors: 50 });
    expect(first.body.invites).toHaveLength(4950);
    expect(await userCount()).toBe(before + 4950);
    const job = await env.DB.prepare('SELECT status, created, errors FROM user_imports WHERE id = ?').bind(first.body.import?.id).first();
    expect(job).toEqual({ status: 'done', created: 4950, errors: 50 });
    // A name quoted over two lines is stored on one line.
    const quoted = await env.DB.prepare("SELECT name, unit, province_code AS p, role FROM users WHERE email = 'tv7@donvi.vn'").first();
    expect(quoted).toEqual({ name: 'Nguyễn Văn Số 7', unit: 'Đoàn Thanh niên phường Hải Châu', p: 'DNG', role: 'member' });

    const again = await importCsv(admin, file.csv);
    expect(again.status).toBe(201);
    expect(again.body.counts).toEqual({ total: 5000, created: 0, updated: 0, unchanged: 4950, errors: 50 });
    expect(again.body.invites).toHaveLength(0);
    expect(await userCount()).toBe(before + 4950);
  }, 180_000);
});
