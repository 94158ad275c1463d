import { beforeAll, describe, expect, it } from 'vitest';
import type { StatsOverview } from '../../workers/stats/stats.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { expected, RANGE, seedStatsWorld, UNIT_BA_DINH } from './dataset';

let admin: TestUser;
let world: Awaited<ReturnType<typeof seedStatsWorld>>;

beforeAll(async () => {
  world = await seedStatsWorld();
  admin = await signedInAs('admin', { provinceCode: null });
});

async function overview(query: Record<string, string>, user = admin): Promise<StatsOverview> {
  const res = await fetchApp(`/api/stats/overview?${new URLSearchParams(query)}`, { headers: user.headers });
  const body = await readJson<StatsOverview>(res);
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

describe('the dashboard figures match the raw share events exactly', () => {
  it('totals and every day of the period, days without activity included', async () => {
    const o = await overview(RANGE);
    expect(o.totals).toEqual(expected.totals);
    expect(o.daily).toEqual(expected.daily);
  });

  it('per channel, every channel listed', async () => {
    const o = await overview(RANGE);
    expect(Object.fromEntries(o.channels.map((c) => [c.channel, [c.shares, c.clicks]]))).toEqual(expected.channels);
    expect(o.channels[0]?.channel).toBe('facebook');
  });

  it('top stories, most shared first', async () => {
    const o = await overview(RANGE);
    const ids = world.storyIds;
    expect(o.topStories.map((s) => [s.storyId, s.shares, s.clicks])).toEqual(expected.stories.map(([story, sh, cl]) => [ids[story as 1 | 2 | 3], sh, cl]));
    expect(o.topStories[0]?.title).toBe('Người lính cứu hỏa');
  });

  it('per province of the sharer, anonymous shares under an empty code', async () => {
    const o = await overview(RANGE);
    expect(o.provinces.map((p) => [p.provinceCode, p.shares, p.clicks])).toEqual(expected.provinces);
    expect(o.provinces[0]?.name).toBe('Hà Nội');
  });

  it('a unit leaderboard of members’ shares and the clicks they brought', async () => {
    const o = await overview(RANGE);
    expect(o.units.map((u) => [u.rank, u.unit, u.provinceCode, u.shares, u.clicks])).toEqual(expected.units);
  });

  it('campaign progress over the campaign’s own dates', async () => {
    const o = await overview(RANGE);
    const campaign = o.campaigns.find((c) => c.id === world.campaignId);
    expect(campaign).toMatchObject({ ...expected.campaign, targetShares: 10, targetClicks: 40, phase: 'ended' });
  });

  it('narrows every share figure to one campaign', async () => {
    const o = await overview({ ...RANGE, campaign: String(world.campaignId) });
    expect(o.totals).toEqual(expected.campaignInRange);
    expect(o.campaigns.map((c) => c.id)).toEqual([world.campaignId]);
    expect(o.units.find((u) => u.unit === UNIT_BA_DINH)).toMatchObject({ shares: 2, clicks: 5 });
  });

  it('reports per category, platform and case status, by Vietnam day', async () => {
    const o = await overview(RANGE);
    expect(o.reports.total).toBe(expected.reports.total);
    expect(Object.fromEntries(o.reports.byCategory.map((r) => [r.category, r.count]))).toEqual(expected.reports.byCategory);
    expect(Object.fromEntries(o.reports.byPlatform.map((r) => [r.platform, r.count]))).toEqual(expected.reports.byPlatform);
    expect(Object.fromEntries(o.reports.byCaseStatus.map((r) => [r.status, r.count]))).toEqual(expected.reports.byCaseStatus);
  });

  it('the median time from first report to verdict, merged cases and later verdicts left out', async () => {
    const o = await overview(RANGE);
    expect(o.reports.verdicts).toEqual({
      decided: expected.reports.verdictsDecided,
      medianMs: expected.reports.verdictMedianHours * 3_600_000,
      medianHours: expected.reports.verdictMedianHours,
    });
  });

  it('one province when an admin narrows to it', async () => {
    const o = await overview({ ...RANGE, province: 'HNI' });
    expect(o.totals).toEqual(expected.hanoi.totals);
    expect(o.provinces.map((p) => p.provinceCode)).toEqual(['HNI']);
    expect(o.reports.total).toBe(expected.hanoi.reports);
    expect(o.reports.verdicts.medianHours).toBe(expected.hanoi.verdictMedianHours);
  });

  it('defaults to the last 30 days, ending today', async () => {
    const o = await overview({});
    expect(o.daily).toHaveLength(30);
    expect(o.filter.to).toBe(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
  });
});

describe('the dashboard page', () => {
  it('draws the daily line, channel and province bars as titled SVG with table alternatives', async () => {
    const res = await fetchApp(`/editor/stats?from=${RANGE.from}&to=${RANGE.to}`, { headers: admin.headers });
    const html = await res.text();
    expect(res.status).toBe(200);
    for (const id of ['chart-daily', 'chart-channels', 'chart-provinces']) {
      expect(html).toContain(`role="img" aria-labelledby="${id}-title ${id}-desc"`);
    }
    expect(html).toContain('tổng 6 lượt chia sẻ và 19 lượt truy cập');
    expect(html).toMatch(/<caption>Chia sẻ theo đơn vị<\/caption>/);
    expect(html).toContain('Đoàn phường &quot;Ba Đình&quot;, Hà Nội');
    expect(html).toContain('/api/stats/overview?from=2026-03-01&amp;to=2026-03-07&amp;format=csv&amp;table=units');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('shows campaign progress bars in English too', async () => {
    const res = await fetchApp(`/editor/stats?from=${RANGE.from}&to=${RANGE.to}&lang=en`, { headers: admin.headers });
    const html = await res.text();
    expect(html).toContain('Reach dashboard');
    expect(html).toContain(`<progress id="stats-campaign-${world.campaignId}-shares" max="10" value="4">`);
    expect(html).toContain('Shares: 4 / 10 (40%)');
  });
});
