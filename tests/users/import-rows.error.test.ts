import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { errorLines, excelCsv, HEADER, importCsv, insertDemoUnits, postImport, userCount } from './import-helpers';

const UNIT = 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3';

describe('import rows refused, each with its reason and line', () => {
  let admin: TestUser;
  beforeAll(async () => {
    await insertDemoUnits();
    admin = await signedInAs('admin', { provinceCode: null });
    await signedInAs('editor', { email: 'bien.tap@donvi.vn', provinceCode: 'DNG' });
    await signedInAs('member', { email: 'co.email@donvi.vn', phone: '+84905000001', provinceCode: 'DNG' });
    await signedInAs('member', { email: 'nguoi.khac@donvi.vn', phone: '+84905000002', provinceCode: 'DNG' });
  });

  it('names every kind of error at the line its record starts on (a quoted name over two lines counts twice)', async () => {
    const csv = excelCsv([
      HEADER,
      ['Hai\nDòng', 'a1@donvi.vn', '0905 111 001', 'Đà Nẵng', UNIT, ''], // line 2-3: fine
      ['Sai Số', 'a2@donvi.vn', '0905 11', 'Đà Nẵng', UNIT, ''], // 4
      ['Sai Email', 'khong-phai-email', '', 'Đà Nẵng', UNIT, ''], // 5
      ['Không Liên Lạc', '', '', 'Đà Nẵng', UNIT, ''], // 6
      ['Sai Tỉnh', 'a3@donvi.vn', '', 'Atlantis', UNIT, ''], // 7
      ['Sai Đơn Vị', 'a4@donvi.vn', '', 'TP. Hồ Chí Minh', UNIT.replace('Hải Châu', 'Hai Chau X'), ''], // 8
      ['Trùng Email', 'A1@donvi.vn', '', 'DNG', UNIT, ''], // 9
      ['Trùng Số', 'a5@donvi.vn', '+84 905 111 001', 'DNG', UNIT, ''], // 10
      ['=1+1', 'a6@donvi.vn', '', 'DNG', UNIT, ''], // 11
      ['Công Thức Ô Khác', '@evil.vn', '', 'DNG', UNIT, ''], // 12
      ['Vai Sai', 'a7@donvi.vn', '', 'DNG', UNIT, 'quản trị viên'], // 13
      ['Hai Tài Khoản', 'co.email@donvi.vn', '0905 000 002', 'DNG', UNIT, ''], // 14
      ['Biên Tập', 'bien.tap@donvi.vn', '', 'DNG', UNIT, ''], // 15
      ['', 'a8@donvi.vn', '', 'DNG', UNIT, ''], // 16
      ['Tab', 'a9@donvi.vn', '', '\tDNG', UNIT, ''], // 17
      ['Chưa Có Tỉnh', 'a10@donvi.vn', '', '', '', ''], // 18
    ]);
    const before = await userCount();
    const { status, body } = await importCsv(admin, csv, { dryRun: true });
    expect(status).toBe(200);
    expect(errorLines(body)).toEqual([
      [4, 'bad_phone'],
      [5, 'bad_email'],
      [6, 'no_contact'],
      [7, 'unknown_province'],
      [8, 'unknown_unit'],
      [9, 'duplicate_email'],
      [10, 'duplicate_phone'],
      [11, 'formula'],
      [12, 'formula'],
      [13, 'bad_role'],
      [14, 'two_accounts'],
      [15, 'protected_account'],
      [16, 'missing_name'],
      [17, 'formula'],
      [18, 'missing_province'],
    ]);
    expect(body.rows.find((r) => r.line === 4)?.error?.message).toBe('Số điện thoại không hợp lệ (số Việt Nam, ví dụ 0905 123 456)');
    expect(body.rows.find((r) => r.line === 2)).toMatchObject({ outcome: 'created', name: 'Hai Dòng', phone: '+84905111001', unit: UNIT });
    expect(await userCount()).toBe(before);

    // English when asked, as everywhere in the app.
    const en = await importCsv(admin, csv, { dryRun: true, lang: 'en' });
    expect(en.body.rows.find((r) => r.line === 15)?.error?.message).toBe('This account is an editor or an administrator; imports do not change it');
  });

  it('refuses a file of more than 5,000 rows whole (413), and one without usable headers (400 naming the file)', async () => {
    const rows = [HEADER, ...Array.from({ length: 5001 }, (_, i) => [`Người ${i}`, `p${i}@donvi.vn`, '', 'DNG', '', ''])];
    const big = await postImport(admin, excelCsv(rows), { dryRun: true });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<{ errors: { path: string }[] }>(big)).errors[0]?.path).toBe('file');

    const headless = await postImport(admin, 'a,b,c\r\n1,2,3\r\n', { dryRun: true });
    expect(headless.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(headless)).errors[0]?.path).toBe('file');
    expect(await env.DB.prepare('SELECT count(*) AS n FROM user_imports').first('n')).toBe(0);
  });
});

describe('a form upload with a dryRun field that is not true or false', () => {
  it('answers 400 naming dryRun (not a 500) and writes nothing', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const before = await userCount();
    const form = new FormData();
    form.set('file', new File([excelCsv([HEADER, ['Cờ Lạ', 'co.la@donvi.vn', '', 'DNG', '', '']])], 'a.csv'));
    form.set('dryRun', 'yes');
    const res = await fetchApp('/api/users/import', { method: 'POST', headers: admin.headers, body: form });
    expect(res.status).toBe(400);
    expect((await readJson<{ errors?: { path: string }[] }>(res)).errors?.map((e) => e.path)).toEqual(['dryRun']);
    expect(await userCount()).toBe(before);
  });
});

describe('formula-looking cells behind a separator', () => {
  it('refuses ";=…" and "|=…" as formulas, like the CSV exports defuse them (a semicolon-locale spreadsheet splits them)', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    // Comma file, so ';' is inside the cell, as a semicolon-locale spreadsheet would later split it.
    const csv = excelCsv([HEADER, [';=HYPERLINK("http://x","y")', 'cong.thuc1@donvi.vn', '', 'DNG', '', ''], ['|=1+1', 'cong.thuc2@donvi.vn', '', 'DNG', '', '']], ',');
    const { status, body } = await importCsv(admin, csv, { dryRun: true });
    expect(status).toBe(200);
    expect(errorLines(body)).toEqual([
      [2, 'formula'],
      [3, 'formula'],
    ]);
  });
});
