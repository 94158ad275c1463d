import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { shareStatsDaily } from '../../schema';
import { createDb } from '../../workers/core/db';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertStory } from '../share/fixtures';
import { createReport, validReport } from '../reports/helpers';

// An editor whose account names a province works on that province only: its
// figures, its cases (cases without a province are national work), its reporters'
// contacts. Anything of another province answers 403. Account and token entries
// of the audit log are for admins only.

let hanoi: TestUser; // editor, Hà Nội
let national: TestUser; // editor without a province
let admin: TestUser; // a national admin (no province); provincial admins: scoped-admin.security.test.ts
let hanoiCase: number;
let saigonCase: number;
let unplacedCase: number;

const html = (user: TestUser) => ({ headers: { ...user.headers, accept: 'text/html' } });

beforeAll(async () => {
  hanoi = await signedInAs('editor', { provinceCode: 'HNI', name: 'Biên tập Hà Nội' });
  national = await signedInAs('editor', { provinceCode: null, name: 'Biên tập toàn quốc' });
  admin = await signedInAs('admin', { provinceCode: null });
  // Two reports of one post: the first names Hà Nội (so the case does), the second a reporter in TP.HCM.
  hanoiCase = (await createReport(validReport({ url: 'https://example.com/tin-ha-noi', province: 'HNI', contact: 'nguoi.ha.noi@example.vn' }))).caseId;
  await createReport(validReport({ url: 'https://example.com/tin-ha-noi', province: 'HCM', contact: 'nguoi.sai.gon@example.vn' }));
  saigonCase = (await createReport(validReport({ url: 'https://example.com/tin-sai-gon', province: 'HCM', contact: 'ban.doc@example.vn' }))).caseId;
  unplacedCase = (await createReport(validReport({ url: 'https://example.com/tin-khong-ro-noi' }))).caseId;
});

type CaseList = { items: { id: number; provinceCode: string | null }[]; total: number };
type CaseDetail = { id: number; reports: { provinceCode: string | null; contact: string | null }[] };

describe('cases', () => {
  it('an editor with a province lists only its cases, not other provinces’ nor national ones', async () => {
    const list = await readJson<CaseList>(await fetchApp('/api/cases?status=all&pageSize=100', { headers: hanoi.headers }));
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(hanoiCase);
    expect(ids).not.toContain(saigonCase);
    expect(ids).not.toContain(unplacedCase);
    expect(list.items.every((i) => i.provinceCode === 'HNI')).toBe(true);
  });

  it('asking for another province’s list is refused', async () => {
    expect((await fetchApp('/api/cases?province=HCM', { headers: hanoi.headers })).status).toBe(403);
    expect((await fetchApp('/editor/cases?province=HCM', html(hanoi))).status).toBe(403);
  });

  it('national editors and admins see every case', async () => {
    for (const user of [national, admin]) {
      const ids = (await readJson<CaseList>(await fetchApp('/api/cases?status=all&pageSize=100', { headers: user.headers }))).items.map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining([hanoiCase, saigonCase, unplacedCase]));
    }
  });

  it('another province’s case, or one without a province, is 403 in the API and on the desk', async () => {
    for (const id of [saigonCase, unplacedCase]) {
      expect((await fetchApp(`/api/cases/${id}`, { headers: hanoi.headers })).status).toBe(403);
      const page = await fetchApp(`/editor/cases/${id}`, html(hanoi));
      expect(page.status).toBe(403);
      expect(await page.text()).not.toContain('ban.doc@example.vn');
      expect((await fetchApp(`/api/cases/${id}/reports/1/screenshot`, { headers: hanoi.headers })).status).toBe(403);
    }
    const desk = await (await fetchApp('/editor/cases?status=all', html(hanoi))).text();
    expect(desk).not.toContain('tin-sai-gon');
    expect(desk).toContain('tin-ha-noi');
  });

  it('shows a reporter’s contact only to editors whose province it is', async () => {
    const mine = await readJson<CaseDetail>(await fetchApp(`/api/cases/${hanoiCase}`, { headers: hanoi.headers }));
    const contacts = Object.fromEntries(mine.reports.map((r) => [r.provinceCode, r.contact]));
    expect(contacts).toEqual({ HNI: 'nguoi.ha.noi@example.vn', HCM: null });
    const page = await (await fetchApp(`/editor/cases/${hanoiCase}`, html(hanoi))).text();
    expect(page).toContain('nguoi.ha.noi@example.vn');
    expect(page).not.toContain('nguoi.sai.gon@example.vn');
    const all = await readJson<CaseDetail>(await fetchApp(`/api/cases/${hanoiCase}`, { headers: national.headers }));
    expect(all.reports.map((r) => r.contact).sort()).toEqual(['nguoi.ha.noi@example.vn', 'nguoi.sai.gon@example.vn']);
  });

  it('cannot change, merge or rebut another province’s case', async () => {
    expect((await sendJson('PATCH', `/api/cases/${saigonCase}`, { status: 'reviewing' }, hanoi.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/cases/${hanoiCase}/merge`, { targetId: saigonCase }, hanoi.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/cases/${saigonCase}/merge`, { targetId: hanoiCase }, hanoi.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/cases/${saigonCase}/rebuttal`, { title: 'Không phải việc của tỉnh này' }, hanoi.headers)).status).toBe(403);
    const row = await env.DB.prepare('SELECT status, merged_into_id, rebuttal_story_id FROM cases WHERE id = ?').bind(saigonCase).first();
    expect(row).toEqual({ status: 'new', merged_into_id: null, rebuttal_story_id: null });
    const own = await sendJson('PATCH', `/api/cases/${hanoiCase}`, { note: 'Đang xác minh với phường' }, hanoi.headers);
    expect(own.status).toBe(200);
  });
});

type Stats = { totals: { shares: number; clicks: number }; scope: { province: string | null; locked: boolean } };

describe('a story’s share figures', () => {
  let slug: string;
  beforeAll(async () => {
    const story = await insertStory();
    slug = story.slug;
    await createDb(env.DB).insert(shareStatsDaily).values([
      { day: '2026-11-01', storyId: story.id, channel: 'facebook', provinceCode: 'HNI', unit: 'Phường Ba Đình', shares: 2, clicks: 5 },
      { day: '2026-11-01', storyId: story.id, channel: 'zalo', provinceCode: 'HCM', unit: 'Phường Bến Thành', shares: 7, clicks: 30 },
      { day: '2026-11-02', storyId: story.id, channel: 'x', shares: 1, clicks: 1 },
    ]);
  });

  it('an editor with a province sees only its members’ shares and clicks', async () => {
    const res = await fetchApp(`/api/stories/${slug}/stats`, { headers: hanoi.headers });
    const stats = await readJson<Stats>(res);
    expect(res.status).toBe(200);
    expect(stats.totals).toEqual({ shares: 2, clicks: 5 });
    expect(stats.scope).toEqual({ province: 'HNI', locked: true });
  });

  it('asking for another province is refused', async () => {
    expect((await fetchApp(`/api/stories/${slug}/stats?province=HCM`, { headers: hanoi.headers })).status).toBe(403);
    expect((await fetchApp(`/api/stats/overview?province=HCM`, { headers: hanoi.headers })).status).toBe(403);
  });

  it('national editors and admins see the whole country, and may narrow it', async () => {
    for (const user of [national, admin]) {
      expect((await readJson<Stats>(await fetchApp(`/api/stories/${slug}/stats`, { headers: user.headers }))).totals).toEqual({ shares: 10, clicks: 36 });
    }
    const narrowed = await readJson<Stats>(await fetchApp(`/api/stories/${slug}/stats?province=HCM`, { headers: national.headers }));
    expect(narrowed.totals).toEqual({ shares: 7, clicks: 30 });
  });

  it('stays closed to contributors', async () => {
    const contributor = await signedInAs('contributor');
    expect((await fetchApp(`/api/stories/${slug}/stats`, { headers: contributor.headers })).status).toBe(403);
  });
});

type Audit = { entries: { action: string; target: string }[] };

describe('the audit log', () => {
  beforeAll(async () => {
    const res = await sendJson('POST', '/api/users', { email: 'nguoi.moi.kiem.toan@example.vn', name: 'Người Mới', password: 'mat-khau-du-dai-1', role: 'member' }, admin.headers);
    const { user } = await readJson<{ user: { id: string } }>(res);
    await sendJson('POST', `/api/users/${user.id}/tokens`, { label: 'Thử kiểm toán' }, admin.headers);
    await sendJson('PATCH', `/api/cases/${saigonCase}`, { note: 'Ghi chú riêng của hồ sơ TP.HCM' }, national.headers);
  });

  const kinds = (audit: Audit) => new Set(audit.entries.map((e) => e.action.split('.')[0]));

  it('account and token entries are for admins only', async () => {
    const forAdmin = await readJson<Audit>(await fetchApp('/api/audit?limit=200', { headers: admin.headers }));
    expect([...kinds(forAdmin)]).toEqual(expect.arrayContaining(['user', 'token']));
    for (const editor of [national, hanoi]) {
      const seen = await readJson<Audit>(await fetchApp('/api/audit?limit=200', { headers: editor.headers }));
      expect([...kinds(seen)]).not.toContain('user');
      expect([...kinds(seen)]).not.toContain('token');
      expect([...kinds(seen)]).toContain('case');
    }
  });

  it('asking an editor’s log for them by name is refused, on the API and the page', async () => {
    for (const query of ['action=user.create', 'action=token.issue', 'target=user:', 'target=token:']) {
      expect((await fetchApp(`/api/audit?${query}`, { headers: national.headers })).status, query).toBe(403);
    }
    expect((await fetchApp('/editor/audit?target=user:', html(national))).status).toBe(403);
    const page = await (await fetchApp('/editor/audit', html(national))).text();
    expect(page).not.toContain('user.create');
    expect(page).not.toContain('token.issue');
    const adminPage = await (await fetchApp('/editor/audit?limit=200', html(admin))).text();
    expect(adminPage).toContain('user.create');
  });

  it('an editor with a province reads only its cases’ entries', async () => {
    const seen = await readJson<Audit>(await fetchApp('/api/audit?target=case:&limit=200', { headers: hanoi.headers }));
    const targets = seen.entries.map((e) => e.target);
    expect(targets).toContain(`case:${hanoiCase}`);
    expect(targets).not.toContain(`case:${saigonCase}`);
    const all = await readJson<Audit>(await fetchApp('/api/audit?target=case:&limit=200', { headers: national.headers }));
    expect(all.entries.map((e) => e.target)).toContain(`case:${saigonCase}`);
  });
});
