import { and, asc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import { shareClickReaders, shareLinks, shareStatsDaily, stories, type ShareChannel } from '../../schema';
import { d1Batch, type Db } from '../core/db';
import { randomToken } from '../core/crypto';
import { vnDay } from '../core/time';

export type ShareableStory = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  captions: string[];
  hashtags: string[];
  /** The reply kit: shown first in the share kit of a rebuttal. */
  replies: string[];
};

const shareableColumns = {
  id: stories.id,
  slug: stories.slug,
  title: stories.title,
  summary: stories.summary,
  captions: stories.captions,
  hashtags: stories.hashtags,
  replies: stories.replies,
};

/** A published story by id or slug; drafts and archived stories cannot be shared. */
export async function findShareableStory(db: Db, ref: number | string): Promise<ShareableStory | null> {
  const byRef = typeof ref === 'number' ? eq(stories.id, ref) : eq(stories.slug, ref);
  const [row] = await db.select(shareableColumns).from(stories).where(and(byRef, eq(stories.status, 'published'))).limit(1);
  return row ?? null;
}

/** Who shared: a member (with province and unit as they are now: the unit's path and its id) or nobody. */
export type Sharer = { userId: string | null; provinceCode: string | null; unit: string | null; unitId: number | null };

export type NewShare = {
  storyId: number;
  channel: ShareChannel;
  campaignId: number | null;
  sharer: Sharer;
  /** `u:<user id>` or `a:<reader hash>`: the same reader asking again gets the same link. */
  reader: string;
  now: number;
};

/** The daily-stats key of a link: '' / 0 stand for "none" so the composite key can be upserted. */
function statsKey(share: { storyId: number; channel: ShareChannel; campaignId: number | null; provinceCode: string | null; unit: string | null }) {
  return {
    storyId: share.storyId,
    channel: share.channel,
    campaignId: share.campaignId ?? 0,
    provinceCode: share.provinceCode ?? '',
    unit: share.unit ?? '',
  };
}

/** `share_links.reuse_key`: one link per reader, story, channel and campaign. */
export function reuseKeyOf(share: Pick<NewShare, 'reader' | 'storyId' | 'channel' | 'campaignId'>): string {
  return `${share.reader}:${share.storyId}:${share.channel}:${share.campaignId ?? 0}`;
}

/**
 * The reader's tracked link for this story, channel and campaign: made (and counted as a share)
 * the first time, the same code every time after. One D1 batch, so one transaction: the insert
 * yields to an existing link through the unique `reuse_key` (no read-then-write race), the share
 * is counted only if this batch's own row exists, and the code is read back in the same transaction.
 * Codes are 8 random base64url characters (48 bits); a collision fails the batch and is retried once.
 */
export async function createShareLink(db: Db, share: NewShare): Promise<{ code: string; created: boolean }> {
  const reuseKey = reuseKeyOf(share);
  const key = { day: vnDay(share.now), ...statsKey({ ...share, ...share.sharer }) };
  for (let attempt = 0; ; attempt++) {
    const code = randomToken(6);
    try {
      const [, , found] = await d1Batch(db, [
        db
          .insert(shareLinks)
          .values({
            code,
            storyId: share.storyId,
            channel: share.channel,
            userId: share.sharer.userId,
            provinceCode: share.sharer.provinceCode,
            unit: share.sharer.unit,
            unitId: share.sharer.unitId,
            campaignId: share.campaignId,
            createdAt: share.now,
            reuseKey,
          })
          .onConflictDoNothing({ target: shareLinks.reuseKey }),
        sql`INSERT INTO share_stats_daily (day, story_id, channel, campaign_id, province_code, unit, shares, clicks)
          SELECT ${key.day}, ${key.storyId}, ${key.channel}, ${key.campaignId}, ${key.provinceCode}, ${key.unit}, 1, 0
          WHERE EXISTS (SELECT 1 FROM share_links WHERE code = ${code})
          ON CONFLICT (day, story_id, channel, campaign_id, province_code, unit) DO UPDATE SET shares = shares + 1`,
        sql`SELECT code FROM share_links WHERE reuse_key = ${reuseKey}`,
      ]);
      const existing = (found?.results[0] as { code?: string } | undefined)?.code;
      if (!existing) throw new Error('share link neither inserted nor found');
      return { code: existing, created: existing === code };
    } catch (err) {
      if (attempt >= 1 || !/UNIQUE|PRIMARY KEY/i.test(String(err))) throw err;
    }
  }
}

export type LinkTarget = {
  code: string;
  storyId: number;
  slug: string;
  channel: ShareChannel;
  campaignId: number | null;
  provinceCode: string | null;
  unit: string | null;
};

/** What `/l/:code` needs: the story's slug and the link's dimensions (one read by primary key). */
export async function findLinkTarget(db: Db, code: string): Promise<LinkTarget | null> {
  const [row] = await db
    .select({
      code: shareLinks.code,
      storyId: shareLinks.storyId,
      slug: stories.slug,
      channel: shareLinks.channel,
      campaignId: shareLinks.campaignId,
      provinceCode: shareLinks.provinceCode,
      unit: shareLinks.unit,
    })
    .from(shareLinks)
    .innerJoin(stories, eq(stories.id, shareLinks.storyId))
    .where(eq(shareLinks.code, code))
    .limit(1);
  return row ?? null;
}

/** One click, as queued by `/l/:code` and applied by the click consumer. */
export type ClickEvent = {
  code: string;
  storyId: number;
  channel: ShareChannel;
  campaignId: number | null;
  provinceCode: string | null;
  unit: string | null;
  at: number;
  /** HMAC of the reader's address and user agent; clicks count once per reader, link and Vietnam day. */
  reader: string;
};

/** D1 binds at most 100 parameters per statement; a reader row takes 4. */
const READER_ROWS_PER_INSERT = 25;

/**
 * Apply a batch of clicks, counting each reader once per link and Vietnam day.
 * One D1 batch (one transaction): the clicks go into `share_click_readers` with
 * ON CONFLICT DO NOTHING under a fresh batch id, then `share_links.clicks` and
 * `share_stats_daily` grow by the rows *this* batch inserted. A redelivered or
 * repeated batch therefore inserts nothing and adds nothing. Returns the clicks counted.
 */
export async function applyClicks(db: Db, all: readonly Pick<ClickEvent, 'code' | 'at' | 'reader'>[], now = Date.now()): Promise<number> {
  // A click older than the readers we keep (a dead letter replayed late) could count a reader twice: it is dropped.
  const clicks = all.filter((click) => click.at >= now - (CLICK_READERS_KEPT_DAYS - 1) * DAY_MS);
  if (clicks.length === 0) return 0;
  const batch = randomToken(12);
  const rows = clicks.map((click) => ({ code: click.code, day: vnDay(click.at), reader: click.reader, batch }));
  const inserts = [];
  for (let i = 0; i < rows.length; i += READER_ROWS_PER_INSERT) {
    inserts.push(db.insert(shareClickReaders).values(rows.slice(i, i + READER_ROWS_PER_INSERT)).onConflictDoNothing());
  }
  const [first, ...rest] = inserts;
  if (!first) return 0;
  const results = await d1Batch(db, [
    first,
    ...rest,
    sql`UPDATE share_links
      SET clicks = clicks + (SELECT count(*) FROM share_click_readers r WHERE r.batch = ${batch} AND r.code = share_links.code)
      WHERE code IN (SELECT code FROM share_click_readers WHERE batch = ${batch})`,
    // The link's own dimensions (immutable) key the daily row; WHERE keeps SQLite's upsert parser unambiguous.
    sql`INSERT INTO share_stats_daily (day, story_id, channel, campaign_id, province_code, unit, shares, clicks)
      SELECT r.day, l.story_id, l.channel, coalesce(l.campaign_id, 0), coalesce(l.province_code, ''), coalesce(l.unit, ''), 0, count(*)
      FROM share_click_readers r JOIN share_links l ON l.code = r.code
      WHERE r.batch = ${batch}
      GROUP BY r.day, l.story_id, l.channel, coalesce(l.campaign_id, 0), coalesce(l.province_code, ''), coalesce(l.unit, '')
      ON CONFLICT (day, story_id, channel, campaign_id, province_code, unit) DO UPDATE SET clicks = clicks + excluded.clicks`,
    sql`SELECT count(*) AS n FROM share_click_readers WHERE batch = ${batch}`,
  ]);
  return Number((results[results.length - 1]?.results[0] as { n?: number } | undefined)?.n ?? 0);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Days of click readers kept for de-duplication. Longer than a queue's retries and a
 * dead-letter replay are expected to take; `applyClicks` drops clicks older than this.
 */
export const CLICK_READERS_KEPT_DAYS = 14;

/** Forget readers of days that can no longer receive clicks. */
export async function sweepClickReaders(db: Db, now: number): Promise<void> {
  await db.delete(shareClickReaders).where(lt(shareClickReaders.day, vnDay(now - CLICK_READERS_KEPT_DAYS * DAY_MS)));
}

export type StatsRow = { shares: number; clicks: number };

/**
 * Shares and clicks of one story by channel and by day (Vietnam days, inclusive range),
 * optionally only those of one province's members.
 */
export async function storyShareStats(db: Db, storyId: number, range: { from?: string; to?: string }, province: string | null = null) {
  const where: SQL[] = [eq(shareStatsDaily.storyId, storyId)];
  if (province !== null) where.push(eq(shareStatsDaily.provinceCode, province));
  if (range.from) where.push(gte(shareStatsDaily.day, range.from));
  if (range.to) where.push(lte(shareStatsDaily.day, range.to));
  const filter = and(...where);
  const shares = sql<number>`coalesce(sum(${shareStatsDaily.shares}), 0)`.mapWith(Number);
  const clicks = sql<number>`coalesce(sum(${shareStatsDaily.clicks}), 0)`.mapWith(Number);
  const [byChannel, byDay, totals] = await db.batch([
    db.select({ channel: shareStatsDaily.channel, shares, clicks }).from(shareStatsDaily).where(filter).groupBy(shareStatsDaily.channel).orderBy(asc(shareStatsDaily.channel)),
    db.select({ day: shareStatsDaily.day, shares, clicks }).from(shareStatsDaily).where(filter).groupBy(shareStatsDaily.day).orderBy(asc(shareStatsDaily.day)),
    db.select({ shares, clicks }).from(shareStatsDaily).where(filter),
  ]);
  return { totals: totals[0] ?? { shares: 0, clicks: 0 }, byChannel, byDay };
}

/** Any story (whatever its status) by slug, for editors' figures. */
export async function findStoryBySlug(db: Db, slug: string) {
  const [row] = await db.select({ id: stories.id, slug: stories.slug, title: stories.title, status: stories.status }).from(stories).where(eq(stories.slug, slug)).limit(1);
  return row ?? null;
}
