import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { excelCsv, HEADER, insertDemoUnits, userCount } from './import-helpers';

const html = (user: TestUser) => ({ ...user.headers, accept: 'text/html' });
function upload(csv: string, dryRun: '1' | '0') {
  const form = new FormData();
  form.set('file', new File([csv], 'danh-sach.csv', { type: 'text/csv' }));
  form.set('dryRun', dryRun);
  return form;
}

describe('the import page without scripts', () => {
  let admin: TestUser;
  beforeAll(async () => {
    await insertDemoUnits();
    admin = await signedInAs('admin', { provinceCode: null });
  });

  it('offers the template, with a BOM and the Vietnamese header', async () => {
    const page = await (await fetchApp('/editor/users/import', { headers: html(admin) })).text();
    expect(page).toContain('href="/editor/users/import/mau.csv"');
    const res = await fetchApp('/editor/users/import/mau.csv', { headers: html(admin) });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).split('\r\n')[0]).toBe('Họ và tên,Email,Số điện thoại,Tỉnh/Thành,Đơn vị,Vai trò');
  });

  it('re-renders with the message next to the file field when no file is chosen', async () => {
    const form = new FormData();
    form.set('dryRun', '1');
    const res = await fetchApp('/editor/users/import', { method: 'POST', headers: html(admin), body: form });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<p class="field-error" id="e-file">Hãy chọn một tệp CSV.<\/p>/);
  });

  it('checks (errors first, by line, nothing written), then imports the checked text and shows the job', async () => {
    const csv = excelCsv([HEADER, ['Người Tốt', 'tot@donvi.vn', '', 'Đà Nẵng', '', ''], ['Sai Tỉnh', 'sai@donvi.vn', '', 'Mars', '', '']]);
    const before = await userCount();
    const checked = await fetchApp('/editor/users/import', { method: 'POST', headers: html(admin), body: upload(csv, '1') });
    expect(checked.status).toBe(200);
    const page = await checked.text();
    expect(page).toContain('2 dòng: 1 người mới, 0 cập nhật, 0 không đổi, 1 lỗi.');
    expect(page).toMatch(/<strong>Dòng 3<\/strong><span> · Sai Tỉnh<\/span><br\/><span>Không có tỉnh\/thành này<\/span>/);
    expect(await userCount()).toBe(before);
    const hidden = /<input type="hidden" name="csv" value="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(hidden).toContain('Người Tốt');

    const text = hidden.replaceAll('&#13;', '\r').replaceAll('&#10;', '\n').replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#39;', "'");
    const done = await fetchApp('/editor/users/import', {
      method: 'POST',
      redirect: 'manual',
      headers: { ...html(admin), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csv: text }).toString(),
    });
    expect(done.status).toBe(303);
    const location = done.headers.get('location') ?? '';
    expect(location).toMatch(/^\/editor\/users\/import\/[0-9a-f-]{36}$/);
    expect(await userCount()).toBe(before + 1);
    const job = await (await fetchApp(location, { headers: html(admin) })).text();
    expect(job).toContain('Đã nhập xong lúc');
    expect(job).not.toContain('http-equiv="refresh"');
    expect(job).toContain('Tải CSV liên kết đặt mật khẩu');

    // While a job runs its page refreshes itself (no script).
    await env.DB.prepare("UPDATE user_imports SET status = 'running' WHERE id = ?").bind(location.split('/').pop()).run();
    const running = await (await fetchApp(location, { headers: html(admin) })).text();
    expect(running).toContain('<meta http-equiv="refresh" content="3"/>');
  });
});
