import { beforeAll, describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../workers/impact/impact.queries';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedMeWorld, type MeWorld } from './me-fixtures';

type ImpactJson = {
  period: { month: string };
  totals: { allTime: { shares: number; clicks: number }; thisMonth: { shares: number; clicks: number } };
  shares: { story: { id: number; title: string; url: string | null }; channel: string; shares: number; clicks: number; lastSharedAt: string }[];
  campaigns: { id: number; title: string; url: string; mine: { shares: number; clicks: number }; progress: { shares: number; clicks: number; sharesPercent: number; clicksPercent: number } }[];
  corrections: { id: number; kind: string; story: { title: string; url: string | null } }[];
  leaderboard: Leaderboard | null;
  place: { status: string; clicksRank?: number; sharedRank?: number; of?: number; province?: { name: string } };
};

let w: MeWorld;
beforeAll(async () => {
  w = await seedMeWorld();
});

describe('GET /api/me/impact', () => {
  it('gives my shares by story and channel with their de-duplicated clicks, and my totals', async () => {
    const res = await fetchApp('/api/me/impact', { headers: w.me.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const body = await readJson<ImpactJson>(res);
    expect(body.totals).toEqual({ allTime: { shares: 4, clicks: 1234 }, thisMonth: { shares: 2, clicks: 10 } });
    expect(body.shares.map((s) => [s.story.id, s.channel, s.shares, s.clicks])).toEqual([
      [w.world.story, 'zalo', 1, 3],
      [w.storyB, 'facebook', 1, 7],
      [w.world.story, 'facebook', 1, 1224],
      [w.storyB, 'zalo', 1, 0],
    ]);
    expect(body.shares[0]?.story.url).toBe(`/stories/${w.storyASlug}`);
    expect(body.shares[0]?.lastSharedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('lists the campaigns I helped with my part and the campaign’s whole progress', async () => {
    const body = await readJson<ImpactJson>(await fetchApp('/api/me/impact', { headers: w.me.headers }));
    expect(body.campaigns).toHaveLength(1);
    expect(body.campaigns[0]).toMatchObject({ id: w.campaign, title: w.campaignTitle, mine: { shares: 2, clicks: 7 } });
    expect(body.campaigns[0]?.progress).toMatchObject({ shares: 5, clicks: 40, sharesPercent: 50, clicksPercent: 40 });
  });

  it('lists only corrections waiting for me (not the dismissed one, not someone else’s)', async () => {
    const body = await readJson<ImpactJson>(await fetchApp('/api/me/impact', { headers: w.me.headers }));
    expect(body.corrections.map((c) => [c.kind, c.story.url])).toEqual([['corrected', `/stories/${w.storyASlug}`]]);
  });

  it('places my unit in my province on both measures', async () => {
    const body = await readJson<ImpactJson>(await fetchApp('/api/me/impact', { headers: w.me.headers }));
    // The small unit now has 9 members (me too): 50 clicks, 7 sharers. Still first on both.
    expect(body.place).toMatchObject({ status: 'ranked', clicksRank: 1, sharedRank: 1, of: 3, province: { name: 'Đà Nẵng' } });
    expect(body.leaderboard?.units[0]).toMatchObject({ path: w.world.paths.small, members: 9, clicks: 50, sharers: 7 });
  });
});

describe('/me', () => {
  it('shows my figures in words and Vietnamese numbers, my unit’s place and its row marked', async () => {
    const res = await fetchApp('/me', { headers: { ...w.me.headers, accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Kết quả lan tỏa của bạn');
    expect(html).toContain('Facebook: 1 lượt chia sẻ, 1.224 lượt bấm');
    expect(html).toContain('Zalo: 1 lượt chia sẻ, 3 lượt bấm');
    expect(html).toContain(`<a href="/stories/${w.storyASlug}">Phường Hải Châu sạch đẹp</a>`);
    expect(html).toMatch(/Lần gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(html).toContain('<dd>1.234</dd>');
    expect(html).toContain('Đơn vị của bạn đứng thứ 1/3 ở Đà Nẵng về lượt bấm mỗi thành viên.');
    expect(html).toMatch(/<tr class="leaderboard-mine" aria-current="true">[^]*?Đảng bộ phường Hải Châu \/ Chi bộ khu phố 3/);
    // The campaign title is escaped, with its progress bars.
    expect(html).toContain('Chiến dịch &lt;Hải Châu&gt; xanh');
    expect(html).toContain('Lượt chia sẻ: 5 / 10 (50%)');
    expect(html).toContain('Phần của bạn: 2 lượt chia sẻ, 7 lượt bấm');
    // The correction waiting, with a form to dismiss it that comes back here.
    expect(html).toContain('Một câu chuyện bạn đã chia sẻ vừa được đính chính: “Phường Hải Châu sạch đẹp”.');
    expect(html).toContain('name="back" value="/me"');
    // No codes or raw times for people to read.
    expect(html).not.toMatch(/>\s*(zalo|facebook|DNG)\s*</);
    expect(html).not.toMatch(/\d{13}/);
  });

  it('speaks English with ?lang=en', async () => {
    const html = await (await fetchApp('/me?lang=en', { headers: { ...w.me.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Your unit ranks 1 of 3 in Đà Nẵng for visits per member.');
    expect(html).toContain('Facebook — shares: 1, visits: 1,224');
  });

  it('is linked from the signed-in menu and from /account', async () => {
    const home = await (await fetchApp('/account', { headers: { ...w.me.headers, accept: 'text/html' } })).text();
    expect(home).toContain('<a href="/me">Của tôi</a>');
    expect(home).toContain('<a href="/me">Xem kết quả lan tỏa của bạn');
  });

  it('tells a new member with nothing yet what to do', async () => {
    const newcomer = await signedInAs('member', { provinceCode: null, unit: null, unitId: null });
    const html = await (await fetchApp('/me', { headers: { ...newcomer.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Bạn chưa chia sẻ câu chuyện nào');
    expect(html).toContain('Đọc và chia sẻ câu chuyện');
    expect(html).toContain('Bạn chưa chia sẻ câu chuyện nào trong một chiến dịch.');
    expect(html).toContain('Tài khoản của bạn chưa thuộc đơn vị nào');
    expect(html).toContain('Không có đính chính nào đang chờ bạn.');
    const json = await readJson<ImpactJson>(await fetchApp('/api/me/impact', { headers: newcomer.headers }));
    expect(json).toMatchObject({ totals: { allTime: { shares: 0, clicks: 0 } }, shares: [], campaigns: [], corrections: [], leaderboard: null, place: { status: 'no_unit' } });
  });

  it('says when my unit is too small to rank', async () => {
    const tinyMember = await signedInAs('member', { provinceCode: 'DNG', unitId: w.world.units.tiny });
    // Now 3 members: ranked. A unit of 2 needs another one: use the empty unit with a single member.
    expect((await readJson<ImpactJson>(await fetchApp('/api/me/impact', { headers: tinyMember.headers }))).place.status).toBe('ranked');
    const alone = await signedInAs('member', { provinceCode: 'DNG', unitId: w.world.units.empty });
    const html = await (await fetchApp('/me', { headers: { ...alone.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Chi bộ khu phố 9 có dưới 3 thành viên nên không được xếp hạng');
  });
});

describe('acting on a correction from /me', () => {
  it('dismisses it with the page’s form and comes back to /me without it', async () => {
    const { corrections } = await readJson<ImpactJson>(await fetchApp('/api/me/impact', { headers: w.me.headers }));
    const id = corrections[0]?.id;
    expect(id).toBeTypeOf('number');
    const res = await fetchApp(`/notices/${id}/seen`, {
      method: 'POST',
      headers: { ...w.me.headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: 'back=%2Fme',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/me');
    const html = await (await fetchApp('/me', { headers: { ...w.me.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Không có đính chính nào đang chờ bạn.');
  });
});
