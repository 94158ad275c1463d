import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../schema';
import { createApp } from '../../workers/app';
import { createDb } from '../../workers/core/db';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN } from '../helpers/http';
import { createReport, validReport } from '../reports/helpers';
import { insertStory } from '../share/fixtures';
import { listed, routeKey } from './guards/check';
import { domainGuards, scopedAdminRows } from './guards/index';
import type { ScopedAdminRow } from './guards/scoped-admin';

// admin2@-like: an admin scoped to Đà Nẵng, against Hồ Chí Minh City's accounts, cases and figures.
let admin2: TestUser;
let national: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  admin2 = await signedInAs('admin', { provinceCode: 'DNG', name: 'Võ Thị Quản Lý' });
  national = await signedInAs('admin', { provinceCode: null });
  const other = await signedInAs('member', { provinceCode: 'HCM', name: 'Người Sài Gòn', deletionRequestedAt: Date.now() });
  const own = await signedInAs('member', { provinceCode: 'DNG', name: 'Người Đà Nẵng' });
  const nationalEditor = await signedInAs('editor', { provinceCode: null });
  const tokenId = crypto.randomUUID();
  await createDb(env.DB).insert(apiTokens).values({ id: tokenId, tokenHash: `guard-${tokenId}`, userId: other.id, label: 'của TP.HCM', createdAt: Date.now() });
  const hcmCase = (await createReport(validReport({ url: 'https://example.com/guard-hcm-case', province: 'HCM' }))).caseId;
  const story = await insertStory({ provinceCode: 'HCM', status: 'submitted', publishedAt: null, submittedAt: Date.now() });
  // A unit of another province, for the units routes' rows (`{unit}`).
  await env.DB.prepare("INSERT OR IGNORE INTO units (province_code, name, kind, path, path_key, created_at, updated_at) VALUES ('HCM', 'Chi bộ kiểm tra', 'other', 'Chi bộ kiểm tra', 'chi bo kiem tra', 0, 0)").run();
  const unit = await env.DB.prepare("SELECT id FROM units WHERE province_code = 'HCM' AND path_key = 'chi bo kiem tra'").first<{ id: number }>();
  // A national admin's import (province null): outside a provincial admin's reach (`{import}`).
  const imported = await fetchApp('/api/users/import', {
    method: 'POST',
    headers: { ...national.headers, origin: ORIGIN, 'content-type': 'text/csv' },
    body: 'Họ và tên,Email,Tỉnh/Thành,Vai trò\nNgười nhập toàn quốc,toanquoc@donvi.vn,HCM,thành viên',
  });
  const importJob = ((await imported.json()) as { import: { id: string } | null }).import;
  Object.assign(ids, { import: String(importJob?.id), other: other.id, own: own.id, national: nationalEditor.id, token: tokenId, case: String(hcmCase), story: String(story.id), storySlug: story.slug, unit: String(unit?.id) });
});

const fill = (sample: string) => sample.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `missing-${name}`);

function send(row: ScopedAdminRow, user: TestUser) {
  const headers: Record<string, string> = { ...user.headers, origin: ORIGIN };
  let body: string | undefined;
  if (row.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers.accept = 'text/html';
    body = new URLSearchParams(row.form).toString();
  } else if (row.method !== 'GET') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(row.body ?? {});
  }
  if (row.path.startsWith('/editor')) headers.accept = 'text/html';
  return fetchApp(fill(row.sample), { method: row.method, headers, body, redirect: 'manual' });
}

describe('the provincial-admin table', () => {
  it('has a row for every route guarded for admins', () => {
    const adminRoutes = listed(domainGuards).guarded.filter((r) => r.role === 'admin').map(routeKey);
    const rows = new Set(scopedAdminRows.map(routeKey));
    expect(adminRoutes.filter((key) => !rows.has(key)), 'add these to tests/security/guards/scoped-admin.ts').toEqual([]);
  });

  it('names only routes that exist', () => {
    const present = new Set(createApp().routes.map(routeKey));
    expect(scopedAdminRows.map(routeKey).filter((key) => !present.has(key))).toEqual([]);
  });
});

describe.each(scopedAdminRows.filter((r) => r.kind !== 'filtered'))('$method $sample ($kind)', (row) => {
  it('is refused (403) to an admin of Đà Nẵng', async () => {
    const res = await send(row, admin2);
    expect(res.status, await res.clone().text()).toBe(403);
    expect(await res.text()).not.toContain('Người Sài Gòn');
  });
});

describe.each(scopedAdminRows.filter((r) => r.kind === 'filtered'))('$method $sample (filtered)', (row) => {
  it('answers an admin of Đà Nẵng without another province’s accounts', async () => {
    const res = await send(row, admin2);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(ids.other);
    expect(text).not.toContain('Người Sài Gòn');
  });
});

describe('the same rows for a national admin', () => {
  it('let the national admin through where the provincial one was refused', async () => {
    for (const row of scopedAdminRows.filter((r) => r.path.includes('users') && r.method === 'GET')) {
      const res = await send(row, national);
      expect(res.status, row.sample).toBe(200);
    }
    const list = await (await send(scopedAdminRows.find((r) => r.sample === '/api/users')!, national)).text();
    expect(list).toContain(ids.other);
  });
});
