import { beforeAll, describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../workers/impact/impact.queries';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedMeWorld, type MeWorld } from './me-fixtures';

let w: MeWorld;
beforeAll(async () => {
  w = await seedMeWorld();
});

describe('province scope of the leaderboards', () => {
  it('refuses a provincial editor another province (403), in JSON and on the dashboard', async () => {
    const danang = await signedInAs('editor', { provinceCode: 'DNG' });
    expect((await fetchApp('/api/units/leaderboard?province=HCM', { headers: danang.headers })).status).toBe(403);
    expect((await fetchApp('/editor/stats?province=HCM', { headers: { ...danang.headers, accept: 'text/html' } })).status).toBe(403);
  });

  it('scopes a provincial admin like a provincial editor: their own province by default, another is 403', async () => {
    const admin2 = await signedInAs('admin', { provinceCode: 'DNG' });
    expect((await fetchApp('/api/units/leaderboard?province=HCM', { headers: admin2.headers })).status).toBe(403);
    expect((await fetchApp('/editor/stats?province=HCM', { headers: { ...admin2.headers, accept: 'text/html' } })).status).toBe(403);
    const board = await readJson<Leaderboard>(await fetchApp('/api/units/leaderboard', { headers: admin2.headers }));
    expect(board.province.code).toBe('DNG');
  });

  it('refuses a member another province’s table (403) and a member never sees individuals', async () => {
    expect((await fetchApp('/api/units/leaderboard?province=HCM', { headers: w.me.headers })).status).toBe(403);
    const board = await readJson<Leaderboard>(await fetchApp('/api/units/leaderboard', { headers: w.me.headers }));
    expect(board.province.code).toBe('DNG');
    expect(JSON.stringify(board)).not.toContain('Nguyễn Thị Mai');
  });

  it('shows the provincial editor their province’s table on /editor/stats, and a national editor the one they pick', async () => {
    const danang = await signedInAs('editor', { provinceCode: 'DNG' });
    const html = await (await fetchApp('/editor/stats', { headers: { ...danang.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Xếp hạng đơn vị');
    expect(html).toContain(w.world.paths.small);
    expect(html).not.toContain('Đảng bộ phường Bến Nghé');
    const national = await signedInAs('editor', { provinceCode: null });
    const none = await (await fetchApp('/editor/stats', { headers: { ...national.headers, accept: 'text/html' } })).text();
    expect(none).toContain('Chọn một tỉnh, thành phố ở bộ lọc phía trên để xem xếp hạng đơn vị');
    const hcm = await (await fetchApp('/editor/stats?province=HCM', { headers: { ...national.headers, accept: 'text/html' } })).text();
    expect(hcm).toContain('Đảng bộ phường Bến Nghé / Chi bộ khu phố 3');
    expect(hcm).not.toContain(w.world.paths.small);
  });
});

describe('my impact is mine only', () => {
  it('never shows another member’s shares, clicks, campaigns or notices', async () => {
    const body = await readJson<{ shares: { clicks: number }[]; totals: { allTime: { clicks: number } }; corrections: unknown[] }>(
      await fetchApp('/api/me/impact', { headers: w.other.headers }),
    );
    // "other" has one link of 99 clicks and one waiting notice (the withdrawal), nothing of "me".
    expect(body.shares.map((s) => s.clicks)).toEqual([99]);
    expect(body.totals.allTime.clicks).toBe(99);
    expect(body.corrections).toHaveLength(1);
  });

  it('takes no user id from the request', async () => {
    const res = await fetchApp(`/api/me/impact?userId=${w.me.id}`, { headers: w.other.headers });
    const body = await readJson<{ totals: { allTime: { clicks: number } } }>(res);
    expect(body.totals.allTime.clicks).toBe(99);
  });

  it('names no member on the page: the leaderboard lists units only', async () => {
    const html = await (await fetchApp('/me', { headers: { ...w.other.headers, accept: 'text/html' } })).text();
    expect(html).not.toContain('Nguyễn Thị Mai');
    expect(html).not.toMatch(/Thành viên \d/);
  });
});
