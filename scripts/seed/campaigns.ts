// Demo campaigns (fixed ids 1–3) and a little share activity for them, so /campaigns
// and /editor/stats have something to show. Stories are referenced by id through
// `SELECT … FROM stories WHERE id = …`: rows for stories that are not seeded are
// simply not written (no broken foreign keys), whatever order the parts run in.
import { vnDay } from '../../workers/core/time';
import type { SeedPart } from './index';
import { insertOrIgnore, sqlLiteral } from './sql';
import { unitIdSql } from './units';

const DAY = 86_400_000;

/** Demo story ids of the feed seed (scripts/seed/stories-data.ts), in the order each campaign shows them. */
const campaignStoryIds: Record<number, number[]> = {
  // Young people doing good, nationwide.
  1: [1, 30, 16, 35, 7],
  // TP. Hồ Chí Minh (the demo member's city, so the feed highlights it for them).
  2: [37, 17],
  // Rebuttals of false news, last season.
  3: [2, 14, 24, 38],
};

/** Who shared: the editorial seed's demo accounts (province and unit as snapshotted), or nobody. */
const sharers = [
  { userId: 'seed-member', province: 'HCM', unit: 'Đảng bộ phường Bến Nghé / Chi bộ khu phố 3', unitNames: ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'] },
  { userId: 'seed-contributor', province: 'DNG', unit: 'Đoàn Thanh niên phường Hải Châu', unitNames: ['Đoàn Thanh niên phường Hải Châu'] },
  // Shared before units were data (a snapshot of free text that names no unit).
  { userId: 'seed-editor', province: 'HNI', unit: 'Báo điện tử Lan Tỏa', unitNames: null },
  { userId: null, province: '', unit: '', unitNames: null },
] as const;

type DemoShare = { campaign: number; story: number; channel: string; daysAgo: number; clicks: number; sharer: (typeof sharers)[number] };

// A fortnight of shares for the two running campaigns: a weekday rhythm, no randomness (seeding is repeatable).
function demoShares(): DemoShare[] {
  const channels = ['facebook', 'zalo', 'facebook', 'copy', 'telegram', 'x', 'zalo', 'webshare'];
  const shares: DemoShare[] = [];
  for (let daysAgo = 13; daysAgo >= 0; daysAgo--) {
    const perDay = 1 + ((daysAgo * 7) % 4);
    for (let i = 0; i < perDay; i++) {
      const campaign = (daysAgo + i) % 3 === 0 ? 2 : 1;
      const stories = campaignStoryIds[campaign] ?? [];
      shares.push({
        campaign,
        story: stories[(daysAgo + i) % stories.length] ?? 1,
        channel: channels[(daysAgo * 3 + i) % channels.length] ?? 'facebook',
        daysAgo,
        clicks: (daysAgo * 5 + i * 3) % 11,
        sharer: sharers[campaign === 2 ? (i % 2) * 3 : (daysAgo + i) % sharers.length] ?? sharers[3],
      });
    }
  }
  return shares;
}

export function campaignSeedStatements(now = Date.now()): string[] {
  const day = (offset: number) => vnDay(now + offset * DAY);
  const statements = [
    ...insertOrIgnore('campaigns', [
      {
        id: 1,
        slug: 'thang-thanh-nien-lan-toa-viec-tot',
        title: 'Tháng Thanh niên: lan tỏa việc tốt',
        description:
          'Một tháng kể chuyện những người trẻ làm việc tốt quanh ta. Chọn một câu chuyện, đọc kỹ, rồi chia sẻ kèm hashtag của chiến dịch.',
        hashtags: ['LanToa', 'ThangThanhNien'],
        starts_on: day(-14),
        ends_on: day(16),
        target_shares: 120,
        target_clicks: 600,
        status: 'active',
        created_at: now,
        updated_at: now,
      },
      {
        id: 2,
        slug: 'thanh-pho-nghia-tinh',
        title: 'Thành phố nghĩa tình',
        description: 'Những việc tử tế giữa lòng TP. Hồ Chí Minh: bữa sáng miễn phí, sân chơi cho con em công nhân.',
        hashtags: ['ThanhPhoNghiaTinh', 'LanToa'],
        starts_on: day(-7),
        ends_on: day(23),
        target_shares: 40,
        target_clicks: null,
        status: 'active',
        created_at: now,
        updated_at: now,
      },
      {
        id: 3,
        slug: 'thong-tin-dung-mua-bao-lu',
        title: 'Thông tin đúng mùa bão lũ',
        description: 'Chia sẻ thông tin đã kiểm chứng về cứu trợ bão lũ, bác bỏ tin giả kêu gọi quyên góp.',
        hashtags: ['ThongTinDung', 'LanToa'],
        starts_on: day(-75),
        ends_on: day(-45),
        target_shares: null,
        target_clicks: 2000,
        status: 'ended',
        created_at: now - 80 * DAY,
        updated_at: now - 44 * DAY,
      },
    ]),
    ...insertOrIgnore('campaign_provinces', [{ campaign_id: 2, province_code: 'HCM' }]),
  ];
  for (const [campaignId, ids] of Object.entries(campaignStoryIds)) {
    const positions = ids.map((id, position) => `WHEN ${id} THEN ${position}`).join(' ');
    statements.push(
      `INSERT OR IGNORE INTO campaign_stories (campaign_id, story_id, position)\n  SELECT ${Number(campaignId)}, id, CASE id ${positions} END FROM stories WHERE id IN (${ids.join(', ')});`,
    );
  }

  // Share activity: daily figures first, written only while the demo links do not exist yet,
  // so a second run (even on a later day) adds nothing; then the links themselves.
  const shares = demoShares();
  const daily = new Map<string, { day: string; story: number; channel: string; campaign: number; province: string; unit: string; shares: number; clicks: number }>();
  for (const s of shares) {
    const { province, unit } = s.sharer;
    const key = [day(-s.daysAgo), s.story, s.channel, s.campaign, province, unit].join('|');
    const row = daily.get(key) ?? { day: day(-s.daysAgo), story: s.story, channel: s.channel, campaign: s.campaign, province, unit, shares: 0, clicks: 0 };
    row.shares += 1;
    row.clicks += s.clicks;
    daily.set(key, row);
  }
  const notSeededYet = `NOT EXISTS (SELECT 1 FROM share_links WHERE code LIKE 'demo-c%')`;
  for (const r of daily.values()) {
    statements.push(
      `INSERT OR IGNORE INTO share_stats_daily (day, story_id, channel, campaign_id, province_code, unit, shares, clicks)\n  SELECT ${[r.day, 0, r.channel, r.campaign, r.province, r.unit, r.shares, r.clicks].map((v, i) => (i === 1 ? 'id' : sqlLiteral(v))).join(', ')} FROM stories WHERE id = ${r.story} AND ${notSeededYet};`,
    );
  }
  shares.forEach((s, i) => {
    // The account when the accounts seed has run, else an anonymous share with the same snapshot.
    const member = `(SELECT u.id FROM users u WHERE u.id = ${sqlLiteral(s.sharer.userId)})`;
    // The unit's id at share time, when the units seed has run (null otherwise, as for any unplaced sharer).
    const unitId = s.sharer.unitNames ? unitIdSql(s.sharer.province, [...s.sharer.unitNames]) : 'NULL';
    const values = [
      sqlLiteral(`demo-c${s.campaign}-${String(i).padStart(3, '0')}`),
      'id',
      sqlLiteral(s.channel),
      member,
      sqlLiteral(s.sharer.province || null),
      sqlLiteral(s.sharer.unit || null),
      unitId,
      sqlLiteral(s.campaign),
      sqlLiteral(s.clicks),
      sqlLiteral(now - s.daysAgo * DAY),
    ].join(', ');
    statements.push(
      `INSERT OR IGNORE INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, campaign_id, clicks, created_at)\n  SELECT ${values} FROM stories WHERE id = ${s.story};`,
    );
  });
  return statements;
}

export const campaignsSeed: SeedPart = { name: 'campaigns', statements: () => campaignSeedStatements() };
