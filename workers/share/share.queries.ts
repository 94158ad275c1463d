import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { shareLinks, shareStatsDaily, stories, type ShareChannel } from '../../schema';
import type { Db } from '../core/db';
import { randomToken } from '../core/crypto';
import { vnDay } from '../core/time';

export type ShareableStory = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  captions: string[];
  hashtags: string[];
};

const shareableColumns = {
  id: stories.id,
  slug: stories.slug,
  title: stories.title,
  summary: stories.summary,
  captions: stories.captions,
  hashtags: stories.hashtags,
};

/** A published story by id or slug; drafts and archived stories cannot be shared. */
export async function findShareableStory(db: Db, ref: number | string): Promise<ShareableStory | null> {
  const byRef = typeof ref === 'number' ? eq(stories.id, ref) : eq(stories.slug, ref);
  const [row] = await db.select(shareableColumns).from(stories).where(and(byRef, eq(stories.status, 'published'))).limit(1);
  return row ?? null;
}

/** Who shared: a member (with province and unit as they are now) or nobody. */
export type Sharer = { userId: string | null; provinceCode: string | null; unit: string | null };

export type NewShare = { storyId: number; channel: ShareChannel; campaignId: number | null; sharer: Sharer; now: number };

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

const statsTarget = [
  shareStatsDaily.day,
  shareStatsDaily.storyId,
  shareStatsDaily.channel,
  shareStatsDaily.campaignId,
  shareStatsDaily.provinceCode,
  shareStatsDaily.unit,
];

/**
 * Make a tracked link and count the share, in one batch (one round trip, all or nothing).
 * Codes are 8 random base64url characters (48 bits); a collision fails the batch and is retried once.
 */
export async function createShareLink(db: Db, share: NewShare): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const code = randomToken(6);
    try {
      await db.batch([
        db.insert(shareLinks).values({
          code,
          storyId: share.storyId,
          channel: share.channel,
          userId: share.sharer.userId,
          provinceCode: share.sharer.provinceCode,
          unit: share.sharer.unit,
          campaignId: share.campaignId,
          createdAt: share.now,
        }),
        db
          .insert(shareStatsDaily)
          .values({ day: vnDay(share.now), ...statsKey({ ...share, ...share.sharer }), shares: 1 })
          .onConflictDoUpdate({ target: statsTarget, set: { shares: sql`${shareStatsDaily.shares} + 1` } }),
      ]);
      return code;
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

/** One counted click, as queued by `/l/:code` and applied by the click consumer. */
export type ClickEvent = {
  code: string;
  storyId: number;
  channel: ShareChannel;
  campaignId: number | null;
  provinceCode: string | null;
  unit: string | null;
  at: number;
};

/**
 * Apply a batch of clicks exactly: one UPDATE per link and one upsert per
 * (day, story, channel, campaign, province, unit), all in a single D1 batch.
 */
export async function applyClicks(db: Db, clicks: readonly ClickEvent[]): Promise<void> {
  if (clicks.length === 0) return;
  const perLink = new Map<string, number>();
  const perDay = new Map<string, { key: ReturnType<typeof statsKey> & { day: string }; clicks: number }>();
  for (const click of clicks) {
    perLink.set(click.code, (perLink.get(click.code) ?? 0) + 1);
    const key = { day: vnDay(click.at), ...statsKey(click) };
    const id = JSON.stringify(key);
    const entry = perDay.get(id);
    if (entry) entry.clicks += 1;
    else perDay.set(id, { key, clicks: 1 });
  }
  const linkUpdates = [...perLink].map(([code, n]) =>
    db.update(shareLinks).set({ clicks: sql`${shareLinks.clicks} + ${n}` }).where(eq(shareLinks.code, code)),
  );
  const dayUpserts = [...perDay.values()].map(({ key, clicks: n }) =>
    db
      .insert(shareStatsDaily)
      .values({ ...key, clicks: n })
      .onConflictDoUpdate({ target: statsTarget, set: { clicks: sql`${shareStatsDaily.clicks} + excluded.clicks` } }),
  );
  const [first, ...rest] = [...linkUpdates, ...dayUpserts];
  if (first) await db.batch([first, ...rest]);
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
