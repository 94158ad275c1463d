import { beforeAll, describe, expect, it } from 'vitest';
import type { StatsOverview } from '../../workers/stats/stats.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { parseCsv } from './parse-csv';
import { expected, RANGE, seedStatsWorld } from './dataset';

let hanoiEditor: TestUser;
let countryEditor: TestUser;
let admin: TestUser; // national (no province)
let hcmAdmin: TestUser; // a provincial admin: scoped like a provincial editor

beforeAll(async () => {
  await seedStatsWorld();
  hanoiEditor = await signedInAs('editor', { provinceCode: 'HNI' });
  countryEditor = await signedInAs('editor', { provinceCode: null });
  admin = await signedInAs('admin', { provinceCode: null });
  hcmAdmin = await signedInAs('admin', { provinceCode: 'HCM' });
});

const url = (extra: Record<string, string> = {}) => `/api/stats/overview?${new URLSearchParams({ ...RANGE, ...extra })}`;

describe('an editor whose account has a province', () => {
  it('sees only that province, without asking for it', async () => {
    const res = await fetchApp(url(), { headers: hanoiEditor.headers });
    const body = await readJson<StatsOverview & { scope: { province: string; locked: boolean } }>(res);
    expect(body.scope).toEqual({ province: 'HNI', locked: true });
    expect(body.totals).toEqual(expected.hanoi.totals);
    expect(body.provinces.map((p) => p.provinceCode)).toEqual(['HNI']);
    expect(body.units.every((u) => u.provinceCode === 'HNI')).toBe(true);
    expect(body.reports.total).toBe(expected.hanoi.reports);
    expect(body.reports.verdicts.decided).toBe(expected.hanoi.verdictsDecided);
  });

  it('is refused another province (403), in JSON, CSV and on the page', async () => {
    expect((await fetchApp(url({ province: 'HCM' }), { headers: hanoiEditor.headers })).status).toBe(403);
    expect((await fetchApp(url({ province: 'HCM', format: 'csv', table: 'provinces' }), { headers: hanoiEditor.headers })).status).toBe(403);
    expect((await fetchApp(`/editor/stats?province=HCM`, { headers: { ...hanoiEditor.headers, accept: 'text/html' } })).status).toBe(403);
  });

  it('gets CSV limited to the province', async () => {
    const res = await fetchApp(url({ format: 'csv', table: 'provinces' }), { headers: hanoiEditor.headers });
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['HNI']);
  });

  it('sees a page without the province picker, saying whose figures these are', async () => {
    const html = await (await fetchApp('/editor/stats', { headers: hanoiEditor.headers })).text();
    expect(html).not.toContain('id="stats-province"');
    expect(html).toContain('Tài khoản của bạn xem số liệu của Hà Nội.');
  });
});

describe('an admin whose account has a province', () => {
  it('sees only that province, like its editors, and is refused another (403)', async () => {
    const body = await readJson<StatsOverview & { scope: { province: string; locked: boolean } }>(await fetchApp(url(), { headers: hcmAdmin.headers }));
    expect(body.scope).toEqual({ province: 'HCM', locked: true });
    expect(body.totals).toEqual({ shares: 2, clicks: 4 });
    expect((await fetchApp(url({ province: 'HNI' }), { headers: hcmAdmin.headers })).status).toBe(403);
  });
});

describe('admins and editors without a province', () => {
  it('see the whole country and may narrow to any province', async () => {
    for (const user of [admin, countryEditor]) {
      const all = await readJson<StatsOverview>(await fetchApp(url(), { headers: user.headers }));
      expect(all.totals, user.role).toEqual(expected.totals);
      const hcm = await readJson<StatsOverview>(await fetchApp(url({ province: 'HCM' }), { headers: user.headers }));
      expect(hcm.totals, user.role).toEqual({ shares: 2, clicks: 4 });
    }
  });
});

describe('dashboard access', () => {
  it('answers 401 to anonymous API callers and 403 to members and contributors', async () => {
    expect((await fetchApp(url())).status).toBe(401);
    for (const role of ['member', 'contributor'] as const) {
      const user = await signedInAs(role, { provinceCode: null });
      expect((await fetchApp(url(), { headers: user.headers })).status, role).toBe(403);
      expect((await fetchApp('/editor/stats', { headers: { ...user.headers, accept: 'text/html' } })).status, role).toBe(403);
    }
  });

  it('sends anonymous readers of the page to sign in and back', async () => {
    const res = await fetchApp('/editor/stats?from=2026-03-01', { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Feditor%2Fstats%3Ffrom%3D2026-03-01');
    expect((await fetchApp('/editor/stats')).status, 'non-browser clients get a plain 401').toBe(401);
  });

  it('refuses bad filters naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: '2026-03-10', to: '2026-03-01' }, 'to'],
      [{ from: '2024-01-01', to: '2026-03-01' }, 'to'],
      [{ from: '01/03/2026' }, 'from'],
      [{ province: 'hanoi' }, 'province'],
      [{ campaign: 'abc' }, 'campaign'],
      [{ campaign: '99999' }, 'campaign'],
      [{ format: 'xlsx' }, 'format'],
    ];
    for (const [query, path] of cases) {
      const res = await fetchApp(`/api/stats/overview?${new URLSearchParams(query)}`, { headers: admin.headers });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path, JSON.stringify(query)).toBe(path);
    }
  });

  it('are never cached by shared caches', async () => {
    const res = await fetchApp(url(), { headers: admin.headers });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
