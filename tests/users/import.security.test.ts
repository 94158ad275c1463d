import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../schema';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { errorLines, excelCsv, HEADER, importCsv, insertDemoUnits, postImport } from './import-helpers';

const UNIT = 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3';

describe('who may import', () => {
  let national: TestUser;
  let danang: TestUser;
  beforeAll(async () => {
    await insertDemoUnits();
    national = await signedInAs('admin', { provinceCode: null });
    danang = await signedInAs('admin', { provinceCode: 'DNG' });
  });

  it.each<Role>(['member', 'contributor', 'editor'])('refuses a %s (403) on the API, the page and the links', async (role) => {
    const user = await signedInAs(role, { provinceCode: null });
    const csv = excelCsv([HEADER, ['Ai Đó', 'ai@donvi.vn', '', 'DNG', '', '']]);
    expect((await postImport(user, csv, { dryRun: true })).status).toBe(403);
    expect((await postImport(user, csv)).status).toBe(403);
    expect((await fetchApp('/editor/users/import', { headers: { ...user.headers, accept: 'text/html' } })).status).toBe(403);
    const job = (await importCsv(national, excelCsv([HEADER, [`Người Của ${role}`, `${role}@donvi.vn`, '', 'DNG', '', '']]))).body.import?.id;
    expect((await fetchApp(`/api/users/import/${job}`, { headers: user.headers })).status).toBe(403);
    expect((await fetchApp(`/editor/users/import/${job}/links`, { method: 'POST', headers: user.headers })).status).toBe(403);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM users WHERE email = 'ai@donvi.vn'").first('n')).toBe(0);
  });

  it('refuses anonymous requests (401) and a cross-site form post (403)', async () => {
    const csv = excelCsv([HEADER, ['Ai Đó', 'ai2@donvi.vn', '', 'DNG', '', '']]);
    expect((await fetchApp('/api/users/import', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv })).status).toBe(401);
    const form = new FormData();
    form.set('file', new File([csv], 'a.csv'));
    const cross = await fetchApp('/editor/users/import', { method: 'POST', headers: { ...national.headers, origin: 'https://evil.example' }, body: form });
    expect(cross.status).toBe(403);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM users WHERE email = 'ai2@donvi.vn'").first('n')).toBe(0);
  });

  it('an admin with a province imports that province’s rows only, and sees only its imports', async () => {
    await signedInAs('member', { email: 'o.hcm@donvi.vn', provinceCode: 'HCM' });
    const csv = excelCsv([
      HEADER,
      ['Ở Đà Nẵng', 'dn@donvi.vn', '', 'Đà Nẵng', UNIT, ''],
      ['Ở Sài Gòn', 'sg@donvi.vn', '', 'HCM', '', ''],
      ['Tỉnh Bỏ Trống', 'trong@donvi.vn', '', '', '', ''],
      ['Đã Ở HCM', 'o.hcm@donvi.vn', '', 'DNG', '', ''],
    ]);
    const { body } = await importCsv(danang, csv);
    expect(errorLines(body)).toEqual([
      [3, 'outside_scope'],
      [5, 'outside_scope'],
    ]);
    expect(body.counts.created).toBe(2);
    expect(await env.DB.prepare("SELECT province_code AS p FROM users WHERE email = 'trong@donvi.vn'").first('p')).toBe('DNG');
    expect(await env.DB.prepare("SELECT province_code AS p FROM users WHERE email = 'o.hcm@donvi.vn'").first('p')).toBe('HCM');

    const nationalJob = (await importCsv(national, excelCsv([HEADER, ['Hà Nội', 'hn@donvi.vn', '', 'HNI', '', '']]))).body.import?.id;
    expect((await fetchApp(`/api/users/import/${nationalJob}`, { headers: danang.headers })).status).toBe(403);
    expect((await fetchApp(`/api/users/import/${body.import?.id}`, { headers: danang.headers })).status).toBe(200);
    expect((await fetchApp(`/api/users/import/${body.import?.id}`, { headers: national.headers })).status).toBe(200);
    const page = await readJson<{ import: { counts: { created: number } } }>(await fetchApp(`/api/users/import/${body.import?.id}`, { headers: danang.headers }));
    expect(page.import.counts.created).toBe(2);
  });
});
