// A small, hand-counted world of shares, clicks, reports and cases. The totals the
// dashboard must show are written out in `expected` (worked out by hand from the
// events below); share_stats_daily is built from the raw events the way the share
// branch's click consumer aggregates them (one row per day, story, channel, campaign, province, unit).
import { env } from 'cloudflare:workers';
import { cases, reports, shareLinks, shareStatsDaily, users, type ShareChannel } from '../../schema';
import { createDb } from '../../workers/core/db';
import { vnDay } from '../../workers/core/time';
import { insertCampaign, insertStory } from '../campaigns/fixtures';

const HOUR = 3_600_000;
/** Epoch ms of a Vietnam wall-clock time. */
export const vn = (local: string) => Date.parse(`${local}+07:00`);

export const UNIT_BA_DINH = 'Đoàn phường "Ba Đình", Hà Nội';
export const UNIT_HOAN_KIEM = 'Đoàn phường Hoàn Kiếm';
export const UNIT_BEN_NGHE = 'Đoàn phường Bến Nghé';
export const FORMULA_TITLE = '=1+1 chuyện lạ';

type Share = { code: string; story: 1 | 2 | 3; channel: ShareChannel; user: 'm1' | 'm2' | 'm3' | null; campaign: boolean; at: string; clicks: [string, number][] };

// m1, m2: Hà Nội; m3: TP. Hồ Chí Minh. Days are Vietnam days.
const shares: Share[] = [
  { code: 'L1', story: 1, channel: 'facebook', user: 'm1', campaign: true, at: '2026-03-01T08:00', clicks: [['2026-03-01T09:00', 3], ['2026-03-02T10:00', 2]] },
  { code: 'L2', story: 1, channel: 'zalo', user: 'm2', campaign: true, at: '2026-03-02T00:10', clicks: [['2026-03-02T11:00', 4], ['2026-03-06T12:00', 1]] },
  { code: 'L3', story: 2, channel: 'facebook', user: 'm3', campaign: false, at: '2026-03-03T21:00', clicks: [['2026-03-03T22:00', 1], ['2026-03-05T07:00', 1]] },
  { code: 'L4', story: 2, channel: 'copy', user: null, campaign: false, at: '2026-03-03T23:59', clicks: [['2026-03-04T00:01', 5]] },
  { code: 'L5', story: 3, channel: 'x', user: 'm1', campaign: true, at: '2026-03-05T12:00', clicks: [] },
  { code: 'L6', story: 1, channel: 'telegram', user: 'm3', campaign: false, at: '2026-03-07T23:00', clicks: [['2026-03-07T23:30', 2]] },
  // Outside 1–7 March: only the campaign (25 Feb – 5 Mar) counts L7.
  { code: 'L7', story: 1, channel: 'facebook', user: 'm1', campaign: true, at: '2026-02-28T06:00', clicks: [['2026-02-28T23:59', 10]] },
  { code: 'L8', story: 3, channel: 'zalo', user: 'm2', campaign: false, at: '2026-03-08T00:00', clicks: [['2026-03-08T01:00', 7]] },
];

export const RANGE = { from: '2026-03-01', to: '2026-03-07' };

/** What the dashboard must say for RANGE (all provinces), worked out by hand. */
export const expected = {
  totals: { shares: 6, clicks: 19 },
  daily: [
    { day: '2026-03-01', shares: 1, clicks: 3 },
    { day: '2026-03-02', shares: 1, clicks: 6 },
    { day: '2026-03-03', shares: 2, clicks: 1 },
    { day: '2026-03-04', shares: 0, clicks: 5 },
    { day: '2026-03-05', shares: 1, clicks: 1 },
    { day: '2026-03-06', shares: 0, clicks: 1 },
    { day: '2026-03-07', shares: 1, clicks: 2 },
  ],
  channels: { facebook: [2, 7], zalo: [1, 5], copy: [1, 5], x: [1, 0], telegram: [1, 2], download: [0, 0], webshare: [0, 0], other: [0, 0], messenger: [0, 0] },
  /** [story, shares, clicks], best first. */
  stories: [
    [1, 3, 12],
    [2, 2, 7],
    [3, 1, 0],
  ],
  provinces: [
    ['HNI', 3, 10],
    ['HCM', 2, 4],
    ['', 1, 5],
  ],
  units: [
    [1, UNIT_BA_DINH, 'HNI', 2, 5],
    [2, UNIT_BEN_NGHE, 'HCM', 2, 4],
    [3, UNIT_HOAN_KIEM, 'HNI', 1, 5],
  ],
  /** Campaign 25 Feb – 5 Mar, targets 10 shares / 40 clicks: L7, L1, L2, L5 within its dates (L2's 6 March click is not). */
  campaign: { shares: 4, clicks: 19, sharesPercent: 40, clicksPercent: 47 },
  /** RANGE with campaign=…: L1, L2, L5 (and L2's 6 March click, inside the range). */
  campaignInRange: { shares: 3, clicks: 10 },
  hanoi: {
    totals: { shares: 3, clicks: 10 },
    reports: 3,
    verdictMedianHours: 20,
    verdictsDecided: 2,
  },
  reports: {
    total: 5,
    byCategory: { false_news: 2, scam: 1, distortion: 1, other: 1, incitement: 0, defamation: 0, leak_of_internal_documents: 0 },
    byPlatform: { facebook: 2, tiktok: 1, zalo: 1, website: 1, youtube: 0, x: 0, telegram: 0, other: 0 },
    byCaseStatus: { false: 2, reviewing: 1, misleading: 1, referred: 1, new: 0, not_misinformation: 0 },
    /** Cases A (10 h), C (30 h), D (2 h) decided in RANGE; E is merged, F decided after. */
    verdictsDecided: 3,
    verdictMedianHours: 10,
  },
};

/** Loads the world into this test file's D1; returns the ids tests need. */
export async function seedStatsWorld() {
  const db = createDb(env.DB);
  const storyIds = {
    1: await insertStory({ title: 'Người lính cứu hỏa' }),
    2: await insertStory({ title: 'Bếp ăn 0 đồng' }),
    3: await insertStory({ title: FORMULA_TITLE }),
  } as const;
  const campaignId = await insertCampaign({ startsOn: '2026-02-25', endsOn: '2026-03-05', status: 'ended', targetShares: 10, targetClicks: 40 });
  const members = {
    m1: { id: crypto.randomUUID(), provinceCode: 'HNI', unit: UNIT_BA_DINH },
    m2: { id: crypto.randomUUID(), provinceCode: 'HNI', unit: UNIT_HOAN_KIEM },
    m3: { id: crypto.randomUUID(), provinceCode: 'HCM', unit: UNIT_BEN_NGHE },
  };
  await db.insert(users).values(
    Object.entries(members).map(([key, m]) => ({ ...m, email: `${key}-${m.id}@test.lantoa.local`, name: key, passwordHash: 'x', role: 'member' as const })),
  );

  const daily = new Map<string, typeof shareStatsDaily.$inferInsert>();
  const bump = (at: string, s: Share, field: 'shares' | 'clicks', n: number) => {
    const m = s.user ? members[s.user] : null;
    const row = {
      day: vnDay(vn(at)),
      storyId: storyIds[s.story],
      channel: s.channel,
      campaignId: s.campaign ? campaignId : 0,
      provinceCode: m?.provinceCode ?? '',
      unit: m?.unit ?? '',
    };
    const key = JSON.stringify(row);
    const current = daily.get(key) ?? { ...row, shares: 0, clicks: 0 };
    current[field] = (current[field] ?? 0) + n;
    daily.set(key, current);
  };
  for (const s of shares) {
    bump(s.at, s, 'shares', 1);
    for (const [at, n] of s.clicks) bump(at, s, 'clicks', n);
  }
  await db.insert(shareLinks).values(
    shares.map((s) => ({
      code: `${s.code}-${campaignId}`,
      storyId: storyIds[s.story],
      channel: s.channel,
      userId: s.user ? members[s.user].id : null,
      provinceCode: s.user ? members[s.user].provinceCode : null,
      unit: s.user ? members[s.user].unit : null,
      campaignId: s.campaign ? campaignId : null,
      clicks: s.clicks.reduce((sum, [, n]) => sum + n, 0),
      createdAt: vn(s.at),
    })),
  );
  await db.insert(shareStatsDaily).values([...daily.values()]);

  // Cases and reports. Times are Vietnam wall-clock; RANGE covers 1 March 00:00 to 7 March 23:59:59.999.
  const caseRow = (url: string, c: Partial<typeof cases.$inferInsert> & Pick<typeof cases.$inferInsert, 'platform' | 'category' | 'status' | 'firstSeenAt'>) => ({
    canonicalUrl: url,
    reportCount: 0,
    lastSeenAt: c.firstSeenAt,
    createdAt: c.firstSeenAt,
    updatedAt: c.firstSeenAt,
    ...c,
  });
  const first = {
    a: vn('2026-03-01T00:30'),
    b: vn('2026-03-07T23:59'),
    c: vn('2026-02-28T23:30'),
    d: vn('2026-03-03T08:00'),
    e: vn('2026-03-02T08:00'),
    f: vn('2026-03-06T00:00'),
  };
  const inserted = await db
    .insert(cases)
    .values([
      caseRow('https://facebook.com/a', { platform: 'facebook', category: 'false_news', provinceCode: 'HNI', status: 'false', firstSeenAt: first.a, verdictAt: first.a + 10 * HOUR }),
      caseRow('https://tiktok.com/b', { platform: 'tiktok', category: 'scam', provinceCode: 'HCM', status: 'reviewing', firstSeenAt: first.b }),
      caseRow('https://zalo.me/c', { platform: 'zalo', category: 'distortion', provinceCode: 'HNI', status: 'misleading', firstSeenAt: first.c, verdictAt: first.c + 30 * HOUR }),
      caseRow('https://example.vn/d', { platform: 'website', category: 'other', provinceCode: 'HCM', status: 'referred', firstSeenAt: first.d, verdictAt: first.d + 2 * HOUR }),
      caseRow('https://facebook.com/f', { platform: 'facebook', category: 'scam', provinceCode: 'HNI', status: 'false', firstSeenAt: first.f, verdictAt: vn('2026-03-08T01:00') }),
    ])
    .returning({ id: cases.id, url: cases.canonicalUrl });
  const caseId = (suffix: string) => inserted.find((r) => r.url.endsWith(`/${suffix}`))?.id ?? 0;
  // E was merged into A: its verdict lives on in A and must not count twice.
  await db
    .insert(cases)
    .values(caseRow('https://facebook.com/e', { platform: 'facebook', category: 'false_news', provinceCode: 'HNI', status: 'false', firstSeenAt: first.e, verdictAt: first.e + 100 * HOUR, mergedIntoId: caseId('a') }));
  let receipt = 0;
  const report = (c: string, platform: typeof reports.$inferInsert.platform, category: typeof reports.$inferInsert.category, provinceCode: string, at: string) => ({
    caseId: caseId(c),
    receiptHash: `receipt-${++receipt}-${crypto.randomUUID()}`,
    url: `https://example.vn/${c}`,
    platform,
    category,
    provinceCode,
    createdAt: vn(at),
  });
  await db.insert(reports).values([
    report('a', 'facebook', 'false_news', 'HNI', '2026-03-01T00:30'),
    report('a', 'facebook', 'false_news', 'HNI', '2026-03-02T10:00'),
    report('b', 'tiktok', 'scam', 'HCM', '2026-03-07T23:59'),
    report('c', 'zalo', 'distortion', 'HNI', '2026-02-28T23:30'),
    report('c', 'zalo', 'distortion', 'HNI', '2026-03-04T09:00'),
    report('d', 'website', 'other', 'HCM', '2026-03-03T08:00'),
    report('b', 'tiktok', 'scam', 'HCM', '2026-03-08T00:00'),
  ]);
  return { storyIds, campaignId };
}
