import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../workers/auth/password';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { unitPathKey } from '../../workers/units/unit-keys';
import { freshIp, login } from '../auth/login-helpers';
import { excelCsv, HEADER, importCsv, insertDemoUnits } from './import-helpers';

const UNIT = 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3';

describe('importing members', () => {
  let admin: TestUser;
  beforeAll(async () => {
    await insertDemoUnits();
    admin = await signedInAs('admin', { provinceCode: null });
  });

  it('reads commas and semicolons alike, and an update differs from unchanged', async () => {
    const commas = 'name,email,phone,province,unit,role\r\n"Lê Văn, An",an@donvi.vn,0905 222 001,Đà Nẵng,dang bo phuong hai chau / chi bo khu pho 3,member\r\n';
    const first = await importCsv(admin, commas);
    expect(first.status).toBe(201);
    expect(first.body.rows[0]).toMatchObject({ line: 2, outcome: 'created', name: 'Lê Văn, An', unit: UNIT });

    const same = excelCsv([HEADER, ['Lê Văn, An', 'an@donvi.vn', '+84905222001', 'DNG', UNIT, 'thành viên']]);
    expect((await importCsv(admin, same)).body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });

    const changed = excelCsv([HEADER, ['Lê Văn An', 'an@donvi.vn', '0905 222 001', 'DNG', 'Đoàn Thanh niên phường Hải Châu', 'cộng tác viên']]);
    const update = await importCsv(admin, changed);
    expect(update.body.rows[0]).toMatchObject({ outcome: 'updated', changes: ['name', 'role', 'unitId'] });
    const row = await env.DB.prepare("SELECT name, role, unit FROM users WHERE email = 'an@donvi.vn'").first();
    expect(row).toEqual({ name: 'Lê Văn An', role: 'contributor', unit: 'Đoàn Thanh niên phường Hải Châu' });
    expect((await importCsv(admin, changed)).body.counts).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('gives new people no password but a 7-day invite link that greets them and lets them sign in', async () => {
    const csv = excelCsv([HEADER, ['Phạm Thị Mới', 'moi@donvi.vn', '', 'DNG', UNIT, ''], ['Chỉ Có Số', '', '0905 333 001', 'DNG', '', '']]);
    const { status, body } = await importCsv(admin, csv);
    expect(status).toBe(201);
    expect(body.invites).toHaveLength(2);
    const account = await env.DB.prepare("SELECT password_hash AS h FROM users WHERE email = 'moi@donvi.vn'").first<{ h: string }>();
    expect(await verifyPassword('', account?.h ?? null)).toBe(false);
    expect(await verifyPassword(account?.h ?? 'x', account?.h ?? null)).toBe(false);
    const link = await env.DB.prepare("SELECT l.purpose, l.expires_at - l.created_at AS ttl FROM account_links l JOIN users u ON u.id = l.user_id WHERE u.email = 'moi@donvi.vn'").first();
    expect(link).toEqual({ purpose: 'invite', ttl: 7 * 24 * 60 * 60 * 1000 });
    // The phone-only person's placeholder address is never shown.
    const phoneOnly = body.invites.find((i) => i.line === 3);
    expect(phoneOnly).toMatchObject({ email: null, phone: '+84905333001' });
    expect(JSON.stringify(body)).not.toContain('phone.invalid');

    const invite = body.invites.find((i) => i.line === 2);
    const path = new URL(invite?.url ?? '').pathname;
    const page = await fetchApp(path, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('Chào mừng đến với Lan Tỏa');
    expect(html).toContain('Xin chào Phạm Thị Mới');
    expect(html).not.toContain('Đặt mật khẩu mới');
    const phonePage = await (await fetchApp(new URL(phoneOnly?.url ?? '').pathname, { headers: { accept: 'text/html' } })).text();
    expect(phonePage).toContain('0905 333 001');
    expect(phonePage).not.toContain('phone.invalid');

    const set = await fetchApp(path, {
      method: 'POST',
      redirect: 'manual',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ password: 'mat-khau-dau-tien' }).toString(),
    });
    expect(set.status).toBe(303);
    expect(set.headers.get('location')).toBe('/login?done=invite&next=%2F');
    expect((await login('moi@donvi.vn', 'mat-khau-dau-tien', freshIp())).status).toBe(200);
  });

  it('the links CSV re-issues links for those without a password only, voids the older ones, and is audited once', async () => {
    const csv = excelCsv([HEADER, ['Người Một', 'mot@donvi.vn', '0905 444 001', 'DNG', UNIT, ''], ['=Người Hai', 'hai@donvi.vn', '', 'DNG', '', ''], ['Người Ba', '', '0905 444 003', 'DNG', '', '']]);
    const { body } = await importCsv(admin, csv);
    const id = body.import?.id ?? '';
    const oldPath = new URL(body.invites[0]?.url ?? '').pathname;
    const res = await fetchApp(`/editor/users/import/${id}/links`, { method: 'POST', headers: { ...admin.headers, accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A BOM, so Excel reads the Vietnamese as UTF-8 (TextDecoder drops it from the text).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Họ và tên,Email,Số điện thoại,Đơn vị,Liên kết đặt mật khẩu,Hết hạn\r\n')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^Người Một,mot@donvi.vn,0905 444 001,${UNIT},https://lantoa.test/dat-mat-khau/[A-Za-z0-9_-]{43},\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$`));
    expect(lines[2]).toMatch(/^Người Ba,,0905 444 003,,https:/);
    expect(text).not.toContain('phone.invalid');
    // The link given before no longer works.
    expect((await fetchApp(oldPath, { headers: { accept: 'text/html' } })).status).toBe(410);
    const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE target = ? ORDER BY id").bind(`import:${id}`).all<{ action: string }>();
    expect(audit.results.map((r) => r.action)).toEqual(['user.import', 'user.invite_links']);
    const status = await readJson<{ import: { status: string; counts: Record<string, number>; errors: { line: number }[] } }>(
      await fetchApp(`/api/users/import/${id}`, { headers: admin.headers }),
    );
    expect(status.import).toMatchObject({ status: 'done', counts: { created: 2, errors: 1 }, errors: [{ line: 3 }] });
  });

  it('takes a multipart file with a dryRun field too', async () => {
    const form = new FormData();
    form.set('file', new File([excelCsv([HEADER, ['Tệp Đính Kèm', 'tep@donvi.vn', '', 'DNG', '', '']])], 'ds.csv', { type: 'text/csv' }));
    form.set('dryRun', 'true');
    const res = await fetchApp('/api/users/import', { method: 'POST', headers: admin.headers, body: form });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ dryRun: true, counts: { created: 1 } });
  });
});

describe('the import page counts the links a download would issue', () => {
  it('offers no download once the only new person is erased (the CSV would be empty)', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { body } = await importCsv(admin, excelCsv([HEADER, ['Người Xóa', 'nguoi.xoa@donvi.vn', '', 'DNG', '', '']]));
    const id = body.import?.id ?? '';
    const page = () => fetchApp(`/editor/users/import/${id}`, { headers: { ...admin.headers, accept: 'text/html' } }).then((r) => r.text());
    expect(await page()).toContain(`/editor/users/import/${id}/links`);
    await env.DB.prepare("UPDATE users SET erased_at = ?1 WHERE email = 'nguoi.xoa@donvi.vn'").bind(Date.now()).run();
    const after = await page();
    expect(after).not.toContain(`/editor/users/import/${id}/links`);
    expect(after).toContain('Mọi người mới của lượt nhập này đã đặt mật khẩu.');
  });
});

describe('an imported phone-only person', () => {
  it('sets a password through the link, then signs in with the number however it is typed', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { body } = await importCsv(admin, excelCsv([HEADER, ['Chỉ Số Điện Thoại', '', '0905 333 777', 'DNG', '', '']]));
    const path = new URL(body.invites[0]?.url ?? '').pathname;
    const set = await fetchApp(path, {
      method: 'POST',
      redirect: 'manual',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ password: 'mat-khau-so-dien-thoai' }).toString(),
    });
    expect(set.status).toBe(303);
    expect((await login('+84 905 333 777', 'mat-khau-so-dien-thoai', freshIp())).status).toBe(200);
    expect((await login('84905333777', 'mat-khau-so-dien-thoai', freshIp())).status).toBe(200);
  });
});

describe('a unit renamed after an import', () => {
  it('reaches the members the import put in it (their unit text mirrors the new path)', async () => {
    await insertDemoUnits();
    const admin = await signedInAs('admin', { provinceCode: null });
    const unitId = await env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path_key = ?')
      .bind('DNG', unitPathKey(['Đoàn Thanh niên phường Hải Châu']))
      .first<number>('id');
    await importCsv(admin, excelCsv([HEADER, ['Đoàn Viên Nhập', 'doan.vien@donvi.vn', '', 'DNG', 'Đoàn Thanh niên phường Hải Châu', '']]));
    const renamed = await sendJson('PATCH', `/api/units/${unitId}`, { name: 'Đoàn Thanh niên phường Hải Châu mới' }, admin.headers);
    expect(renamed.status).toBe(200);
    const row = await env.DB.prepare("SELECT unit, unit_id FROM users WHERE email = 'doan.vien@donvi.vn'").first();
    expect(row).toEqual({ unit: 'Đoàn Thanh niên phường Hải Châu mới', unit_id: unitId });
    await sendJson('PATCH', `/api/units/${unitId}`, { name: 'Đoàn Thanh niên phường Hải Châu' }, admin.headers);
  });
});
