import { beforeAll, describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../workers/impact/impact.queries';
import { rankUnits, type UnitFigures } from '../../workers/impact/leaderboard';
import { vnMonth } from '../../workers/impact/month';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedLeaderboardWorld, type World } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await seedLeaderboardWorld();
});

const summary = (b: Leaderboard) => b.units.map((u) => [u.path, u.members, u.clicks, u.sharers, u.clicksPerMember, u.sharedPercent, u.clicksRank, u.sharedRank]);

describe('GET /api/units/leaderboard', () => {
  it('ranks Đà Nẵng’s units per member: the unit of 8 beats the unit of 800 on both measures, ties share a rank', async () => {
    const editor = await signedInAs('editor', { provinceCode: 'DNG' });
    const res = await fetchApp('/api/units/leaderboard', { headers: editor.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const board = await readJson<Leaderboard>(res);
    expect(board.province).toEqual({ code: 'DNG', name: 'Đà Nẵng' });
    expect(board.period).toEqual({ month: world.month.month, from: world.month.from, to: world.month.to });
    expect(summary(board)).toEqual([
      [world.paths.small, 8, 40, 6, 5, 75, 1, 1],
      [world.paths.tie, 4, 10, 1, 2.5, 25, 2, 2],
      [world.paths.big, 800, 2000, 100, 2.5, 13, 2, 3],
    ]);
    // The unit of 2 is left out and counted; the empty and the deactivated units are not mentioned.
    expect(board.tooSmall).toBe(1);
    expect(board.minMembers).toBe(3);
  });

  it('names units only: no account id, name or email anywhere in the answer', async () => {
    const member = await signedInAs('member', { provinceCode: 'DNG', unitId: world.units.small });
    const text = await (await fetchApp('/api/units/leaderboard', { headers: member.headers })).text();
    expect(text).not.toMatch(/small-\d|Thành viên \d|@test\.lantoa\.local|userId|"email"/);
  });

  it('gives a national editor any province they name, and a member their own', async () => {
    const national = await signedInAs('editor', { provinceCode: null });
    const hcm = await readJson<Leaderboard>(await fetchApp('/api/units/leaderboard?province=HCM', { headers: national.headers }));
    expect(hcm.units.map((u) => [u.path, u.clicksRank])).toEqual([['Đảng bộ phường Bến Nghé / Chi bộ khu phố 3', 1]]);
    const member = await signedInAs('member', { provinceCode: 'DNG', unitId: world.units.small });
    const own = await readJson<Leaderboard>(await fetchApp('/api/units/leaderboard?province=DNG', { headers: member.headers }));
    expect(own.units).toHaveLength(3);
  });

  it('shows an empty province as an empty list, not an error', async () => {
    const national = await signedInAs('admin', { provinceCode: null });
    const board = await readJson<Leaderboard>(await fetchApp('/api/units/leaderboard?province=LCU', { headers: national.headers }));
    expect(board.units).toEqual([]);
    expect(board.tooSmall).toBe(0);
  });
});

describe('ranking rules', () => {
  const unit = (id: number, members: number, clicks: number, sharers: number): UnitFigures => ({ id, name: `u${id}`, path: `u${id}`, members, shares: sharers, clicks, sharers });

  it('uses competition ranks on exact fractions (1/3 and 2/6 tie; 1, 1, 3)', () => {
    const { units } = rankUnits([unit(1, 3, 1, 1), unit(2, 6, 2, 2), unit(3, 3, 0, 0)]);
    expect(units.map((u) => [u.id, u.clicksRank, u.sharedRank])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 3, 3],
    ]);
  });

  it('drops units without members silently and counts those under three members', () => {
    const ranked = rankUnits([unit(1, 0, 0, 0), unit(2, 1, 9, 1), unit(3, 2, 9, 2), unit(4, 3, 0, 0)]);
    expect(ranked.units.map((u) => u.id)).toEqual([4]);
    expect(ranked.tooSmall).toBe(2);
  });
});

describe('the period', () => {
  it('is the Vietnam calendar month: 17:30 UTC on 31 October is already November in Vietnam', () => {
    const m = vnMonth(Date.parse('2026-10-31T17:30:00Z'));
    expect(m).toEqual({ month: '2026-11', from: '2026-11-01', to: '2026-11-01', startMs: Date.parse('2026-10-31T17:00:00Z') });
    expect(vnMonth(Date.parse('2026-10-31T16:59:59Z')).month).toBe('2026-10');
  });
});
