// A member of Đà Nẵng's small unit with shares over two months, a campaign and corrections.
import { env } from 'cloudflare:workers';
import { vnDay } from '../../workers/core/time';
import { signedInAs, type TestUser } from '../helpers/auth';
import { campaignWithStory, seedLeaderboardWorld, type World } from './fixtures';

export type MeWorld = { world: World; me: TestUser; other: TestUser; campaign: number; campaignTitle: string; storyB: number; storyBSlug: string; storyASlug: string };

async function link(code: string, story: number, channel: string, user: string, unit: number | null, campaign: number | null, clicks: number, at: number) {
  await env.DB.prepare(
    `INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, campaign_id, clicks, created_at) VALUES (?, ?, ?, ?, 'DNG', 'x', ?, ?, ?, ?)`,
  )
    .bind(code, story, channel, user, unit, campaign, clicks, at)
    .run();
}

/**
 * "me" (member of the small unit, Đà Nẵng):
 * | story | channel  | campaign | clicks | when       |
 * | A     | zalo     | –        | 3      | this month |
 * | A     | facebook | –        | 1,224  | last month |
 * | B     | facebook | C        | 7      | this month |
 * | B     | zalo     | C        | 0      | last month |
 * All time: 4 shares, 1,234 clicks; this month: 2 shares, 10 clicks. Campaign C: mine 2 / 7;
 * its whole progress (share_stats_daily) 5 of 10 shares, 40 of 100 clicks.
 * Corrections: A corrected (waiting), B withdrawn (already dismissed), and one for someone else.
 */
export async function seedMeWorld(): Promise<MeWorld> {
  const world = await seedLeaderboardWorld();
  const me = await signedInAs('member', { provinceCode: 'DNG', unitId: world.units.small, unit: world.paths.small, name: 'Nguyễn Thị Mai' });
  const other = await signedInAs('member', { provinceCode: 'DNG', unitId: world.units.big, unit: world.paths.big });
  const campaignTitle = 'Chiến dịch <Hải Châu> xanh';
  const { story: storyB, campaign } = await campaignWithStory(campaignTitle);
  const thisMonth = Math.max(world.month.startMs, world.now - 60_000);
  const lastMonth = world.month.startMs - 3 * 86_400_000;
  await link('me-a-zalo', world.story, 'zalo', me.id, world.units.small, null, 3, thisMonth);
  await link('me-a-fb', world.story, 'facebook', me.id, world.units.small, null, 1224, lastMonth);
  await link('me-b-fb', storyB, 'facebook', me.id, world.units.small, campaign, 7, thisMonth - 1000);
  await link('me-b-zalo', storyB, 'zalo', me.id, world.units.small, campaign, 0, lastMonth - 1000);
  await link('other-b', storyB, 'zalo', other.id, world.units.big, campaign, 99, thisMonth);
  await env.DB.prepare(
    `INSERT INTO share_stats_daily (day, story_id, channel, campaign_id, province_code, unit, shares, clicks) VALUES (?, ?, 'facebook', ?, 'DNG', 'x', 5, 40)`,
  )
    .bind(vnDay(world.now), storyB, campaign)
    .run();
  const corrections = [
    [1, world.story, 'corrected', 'Sửa lại số liệu diện tích công viên.'],
    [2, storyB, 'withdrawn', 'Gỡ theo yêu cầu của nhân vật.'],
  ] as const;
  for (const [id, story, kind, note] of corrections) {
    await env.DB.prepare(`INSERT INTO story_corrections (id, event_id, story_id, kind, note, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .bind(id, `test-${id}`, story, kind, note, world.now - 3_600_000)
      .run();
  }
  await env.DB.prepare(`INSERT INTO member_notices (user_id, story_id, correction_id, created_at, seen_at) VALUES (?, ?, 1, ?, NULL), (?, ?, 2, ?, ?), (?, ?, 2, ?, NULL)`)
    .bind(me.id, world.story, world.now, me.id, storyB, world.now, world.now, other.id, storyB, world.now)
    .run();
  const slugOf = async (id: number) => (await env.DB.prepare('SELECT slug FROM stories WHERE id = ?').bind(id).first<{ slug: string }>())?.slug ?? '';
  return { world, me, other, campaign, campaignTitle, storyB, storyBSlug: await slugOf(storyB), storyASlug: await slugOf(world.story) };
}
