// A hand-counted province for the unit leaderboards and a member with shares for /me.
// Đà Nẵng (DNG): a small unit of 8 that beats a unit of 800 on both measures, a unit that
// ties the big one, a unit too small to rank, an empty one, a deactivated one; a busy
// Hồ Chí Minh unit that must never show up in Đà Nẵng's table.
import { env } from 'cloudflare:workers';
import { units } from '../../schema';
import { createDb } from '../../workers/core/db';
import { vnMonth } from '../../workers/impact/month';
import { unitPath, unitPathKey } from '../../workers/units/unit-keys';
import { insertCampaign, insertStory } from '../campaigns/fixtures';

const db = () => createDb(env.DB);

/** Inserts a unit (INSERT OR IGNORE on province + path key, as the demo seed does) and returns its id. */
export async function unitId(province: string, names: string[], opts: { deactivated?: boolean } = {}): Promise<number> {
  const path = unitPath(names);
  const pathKey = unitPathKey(names);
  await db()
    .insert(units)
    .values({ provinceCode: province, name: names[names.length - 1] ?? path, path, pathKey, deactivatedAt: opts.deactivated ? Date.now() : null })
    .onConflictDoNothing();
  const row = await env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path_key = ?').bind(province, pathKey).first<{ id: number }>();
  if (!row) throw new Error(`unit ${path} not found`);
  return row.id;
}

/** `count` members of a unit in one statement; ids are `<prefix>-1` … `<prefix>-<count>`. */
async function members(prefix: string, unit: number, province: string, count: number, extra = '') {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO users (id, email, name, password_hash, role, province_code, unit, unit_id, created_at, updated_at ${extra ? ', disabled_at' : ''})
     SELECT ? || '-' || i, ? || '-' || i || '@test.lantoa.local', 'Thành viên ' || i, 'x', 'member', ?, (SELECT path FROM units WHERE id = ?), ?, 0, 0 ${extra}
     FROM n`,
  )
    .bind(count, prefix, prefix, province, unit, unit)
    .run();
}

/**
 * Links made by members `<prefix>-1…<prefix>-<sharers>`, one each, `clicksEach` clicks each, at `at`.
 * The unit snapshot is `unit` (share_links.unit_id).
 */
async function links(prefix: string, unit: number, province: string, story: number, sharers: number, clicksEach: number, at: number) {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, campaign_id, clicks, created_at, reuse_key)
     SELECT ? || '-' || i || '-' || ?, ?, 'zalo', ? || '-' || i, ?, (SELECT path FROM units WHERE id = ?), ?, NULL, ?, ?, NULL FROM n`,
  )
    .bind(sharers, prefix, at, story, prefix, province, unit, unit, clicksEach, at)
    .run();
}

export type World = Awaited<ReturnType<typeof seedLeaderboardWorld>>;

/**
 * Đà Nẵng this month:
 * | unit              | members | sharers | clicks | per member | shared  | ranks (clicks, shared) |
 * | small (8)         | 8       | 6       | 40     | 5          | 75 %    | 1, 1                   |
 * | big (800)         | 800     | 100     | 2,000  | 2.5        | 12.5 %  | 2, 3                   |
 * | tie (4)           | 4       | 1       | 10     | 2.5        | 25 %    | 2, 2                   |
 * | tiny (2)          | 2       | 2       | 100    | left out (fewer than 3 members)    |
 * | empty (0)         | 0       | –       | –      | left out, not counted              |
 * | closed (5, deactivated) | 5 | 5       | 50     | left out                           |
 * The small unit also has a disabled member (not counted) and a link from last month (not counted).
 */
export async function seedLeaderboardWorld(now = Date.now()) {
  const month = vnMonth(now);
  const thisMonth = Math.max(month.startMs, now - 60_000);
  const lastMonth = month.startMs - 86_400_000;
  const story = await insertStory({ provinceCode: 'DNG', title: 'Phường Hải Châu sạch đẹp' });
  const parent = await unitId('DNG', ['Đảng bộ phường Hải Châu']);
  const small = await unitId('DNG', ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3']);
  const big = await unitId('DNG', ['Đoàn Thanh niên thành phố Đà Nẵng']);
  const tie = await unitId('DNG', ['Hội Cựu chiến binh phường Hải Châu']);
  const tiny = await unitId('DNG', ['Chi hội Phụ nữ tổ 5']);
  const empty = await unitId('DNG', ['Chi bộ khu phố 9']);
  const closed = await unitId('DNG', ['Chi bộ đã giải thể'], { deactivated: true });
  const hcm = await unitId('HCM', ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3']);

  await members('small', small, 'DNG', 8);
  await members('small-disabled', small, 'DNG', 1, ', 1');
  await members('big', big, 'DNG', 800);
  await members('tie', tie, 'DNG', 4);
  await members('tiny', tiny, 'DNG', 2);
  await members('closed', closed, 'DNG', 5);
  await members('hcm', hcm, 'HCM', 3);

  // small: members 1–5 one link of 6 clicks (30), member 6 one link of 10 → 40 clicks, 6 sharers.
  await links('small', small, 'DNG', story, 5, 6, thisMonth);
  await env.DB.prepare(
    `INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at) VALUES ('small-6-x', ?, 'facebook', 'small-6', 'DNG', 'x', ?, 10, ?)`,
  )
    .bind(story, small, thisMonth)
    .run();
  await env.DB.prepare(
    `INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at) VALUES ('small-7-old', ?, 'zalo', 'small-7', 'DNG', 'x', ?, 500, ?)`,
  )
    .bind(story, small, lastMonth)
    .run();
  await env.DB.prepare(
    `INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at) VALUES ('small-disabled', ?, 'zalo', 'small-disabled-1', 'DNG', 'x', ?, 0, ?)`,
  )
    .bind(story, small, thisMonth)
    .run();
  await links('big', big, 'DNG', story, 100, 20, thisMonth);
  await links('tie', tie, 'DNG', story, 1, 10, thisMonth);
  await links('tiny', tiny, 'DNG', story, 2, 50, thisMonth);
  await links('closed', closed, 'DNG', story, 5, 10, thisMonth);
  await links('hcm', hcm, 'HCM', story, 3, 1000, thisMonth);

  return { now, month, story, units: { parent, small, big, tie, tiny, empty, closed, hcm }, paths: {
    small: 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3',
    big: 'Đoàn Thanh niên thành phố Đà Nẵng',
    tie: 'Hội Cựu chiến binh phường Hải Châu',
  } };
}

/** A campaign with a story, for /me's "campaigns I helped". */
export async function campaignWithStory(title: string) {
  const story = await insertStory({ title: `Câu chuyện của ${title}` });
  const campaign = await insertCampaign({ title, storyIds: [story], targetShares: 10, targetClicks: 100 });
  return { story, campaign };
}
