// Campaign reads: public and editor listings, stories in order, progress from
// share_stats_daily, the campaign to highlight on the feed. Writes are in campaigns.writes.ts.
import { and, asc, desc, eq, exists, getTableColumns, gte, inArray, lt, lte, ne, notExists, or, sql, type SQL } from 'drizzle-orm';
import { campaignProvinces, campaigns, campaignStories, shareStatsDaily, stories } from '../../schema';
import type { Db } from '../core/db';
import { today as vnToday } from '../stats/days';

export type CampaignRow = typeof campaigns.$inferSelect;
export type Figures = { shares: number; clicks: number };

/** D1 binds at most 100 parameters per statement: id lists are queried in slices of this size. */
const ID_SLICE = 90;

export function slices<T>(items: T[], size = ID_SLICE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function campaignById(db: Db, id: number): Promise<CampaignRow | null> {
  return (await db.select().from(campaigns).where(eq(campaigns.id, id)).limit(1))[0] ?? null;
}

export async function campaignBySlug(db: Db, slug: string): Promise<CampaignRow | null> {
  return (await db.select().from(campaigns).where(eq(campaigns.slug, slug)).limit(1))[0] ?? null;
}

/** Targeted province codes per campaign (no entry: the whole country). */
export async function provincesOf(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  for (const slice of slices(ids)) {
    const rows = await db
      .select({ campaignId: campaignProvinces.campaignId, code: campaignProvinces.provinceCode })
      .from(campaignProvinces)
      .where(inArray(campaignProvinces.campaignId, slice))
      .orderBy(asc(campaignProvinces.provinceCode));
    for (const row of rows) map.set(row.campaignId, [...(map.get(row.campaignId) ?? []), row.code]);
  }
  return map;
}

/** Every story id of a campaign in editor order, whatever the story's status (editor view). */
export async function storyIdsOf(db: Db, campaignId: number): Promise<number[]> {
  const rows = await db
    .select({ id: campaignStories.storyId })
    .from(campaignStories)
    .where(eq(campaignStories.campaignId, campaignId))
    .orderBy(asc(campaignStories.position));
  return rows.map((r) => r.id);
}

const storySummary = {
  id: stories.id,
  slug: stories.slug,
  title: stories.title,
  summary: stories.summary,
  categoryCode: stories.categoryCode,
  provinceCode: stories.provinceCode,
  coverKey: stories.coverKey,
  coverAlt: stories.coverAlt,
  captions: stories.captions,
  hashtags: stories.hashtags,
  publishedAt: stories.publishedAt,
};

/** The published stories of a campaign, in editor order: what the public sees. */
export async function publishedStoriesOf(db: Db, campaignId: number) {
  return db
    .select(storySummary)
    .from(campaignStories)
    .innerJoin(stories, eq(stories.id, campaignStories.storyId))
    .where(and(eq(campaignStories.campaignId, campaignId), eq(stories.status, 'published')))
    .orderBy(asc(campaignStories.position));
}

export type CampaignStory = Awaited<ReturnType<typeof publishedStoriesOf>>[number];

/** Whether `storyId` is one of the campaign's published stories (share attribution checks this). */
export async function campaignHasPublishedStory(db: Db, campaignId: number, storyId: number): Promise<boolean> {
  const rows = await db
    .select({ id: stories.id })
    .from(campaignStories)
    .innerJoin(stories, eq(stories.id, campaignStories.storyId))
    .where(and(eq(campaignStories.campaignId, campaignId), eq(campaignStories.storyId, storyId), eq(stories.status, 'published')))
    .limit(1);
  return rows.length > 0;
}

/**
 * Shares and clicks credited to each campaign within its own dates, from share_stats_daily.
 * With `provinceCode`, only what members of that province brought.
 */
export async function campaignProgress(db: Db, ids: number[], provinceCode: string | null = null): Promise<Map<number, Figures>> {
  const map = new Map<number, Figures>();
  for (const slice of slices(ids)) {
    const rows = await db
      .select({
        id: campaigns.id,
        shares: sql<number>`coalesce(sum(${shareStatsDaily.shares}), 0)`,
        clicks: sql<number>`coalesce(sum(${shareStatsDaily.clicks}), 0)`,
      })
      .from(campaigns)
      .leftJoin(
        shareStatsDaily,
        and(
          eq(shareStatsDaily.campaignId, campaigns.id),
          gte(shareStatsDaily.day, campaigns.startsOn),
          lte(shareStatsDaily.day, campaigns.endsOn),
          provinceCode ? eq(shareStatsDaily.provinceCode, provinceCode) : undefined,
        ),
      )
      .where(inArray(campaigns.id, slice))
      .groupBy(campaigns.id);
    for (const row of rows) map.set(row.id, { shares: Number(row.shares), clicks: Number(row.clicks) });
  }
  return map;
}

/**
 * Public campaigns: the live ones (running, then upcoming; soonest first), then
 * the ended ones (most recent first). Drafts never appear.
 */
export async function listPublicCampaigns(db: Db, today: string, limit: number): Promise<CampaignRow[]> {
  const live = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.status, 'active'), gte(campaigns.endsOn, today)))
    .orderBy(asc(campaigns.endsOn), asc(campaigns.id))
    .limit(limit);
  const running = live.filter((c) => c.startsOn <= today);
  const upcoming = live.filter((c) => c.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id);
  const room = limit - live.length;
  const ended =
    room <= 0
      ? []
      : await db
          .select()
          .from(campaigns)
          .where(or(eq(campaigns.status, 'ended'), and(eq(campaigns.status, 'active'), lt(campaigns.endsOn, today))))
          .orderBy(desc(campaigns.endsOn), desc(campaigns.id))
          .limit(room);
  return [...running, ...upcoming, ...ended];
}

/** Every campaign, drafts included, newest first (editors). */
export async function listAllCampaigns(db: Db, limit = 200): Promise<CampaignRow[]> {
  return db.select().from(campaigns).orderBy(desc(campaigns.createdAt), desc(campaigns.id)).limit(limit);
}

/** Campaigns a dashboard can filter on: every non-draft one, most recent first. */
export async function listReportableCampaigns(db: Db): Promise<Pick<CampaignRow, 'id' | 'title' | 'slug'>[]> {
  return db
    .select({ id: campaigns.id, title: campaigns.title, slug: campaigns.slug })
    .from(campaigns)
    .where(ne(campaigns.status, 'draft'))
    .orderBy(desc(campaigns.startsOn), desc(campaigns.id))
    .limit(200);
}

/**
 * The running campaign to highlight for a reader in `provinceCode` (null: anonymous).
 * A campaign aimed at the reader's province wins over a nationwide one (`local: true`); then the one ending soonest.
 *
 * @example
 * const campaign = await activeCampaignFor(c.var.db, c.var.user?.provinceCode ?? null, Date.now());
 */
export async function activeCampaignFor(db: Db, provinceCode: string | null, now: number): Promise<(CampaignRow & { local: boolean }) | null> {
  const today = vnToday(now);
  const targeted = (code: string) =>
    db
      .select({ one: sql`1` })
      .from(campaignProvinces)
      .where(and(eq(campaignProvinces.campaignId, campaigns.id), eq(campaignProvinces.provinceCode, code)));
  const anyProvince = db.select({ one: sql`1` }).from(campaignProvinces).where(eq(campaignProvinces.campaignId, campaigns.id));
  const rows = await db
    .select({ ...getTableColumns(campaigns), local: provinceCode ? sql<number>`${exists(targeted(provinceCode))}` : sql<number>`0` })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.status, 'active'),
        lte(campaigns.startsOn, today),
        gte(campaigns.endsOn, today),
        provinceCode ? or(notExists(anyProvince), exists(targeted(provinceCode))) : notExists(anyProvince),
      ),
    )
    .orderBy(
      ...(provinceCode ? [desc(exists(targeted(provinceCode)))] : []),
      asc(campaigns.endsOn),
      asc(campaigns.id),
    )
    .limit(1);
  const row = rows[0];
  // `local`: aimed at the reader's province rather than the whole country.
  return row ? { ...row, local: Boolean(row.local) } : null;
}

/**
 * The feed's `campaign=` filter, as a condition on the feed's `s` (stories) alias:
 * the stories of that campaign, unless it is a draft. Walks campaign_stories by its key.
 */
export function storiesOfCampaign(slug: string): SQL {
  return sql`s.id IN (SELECT cs.story_id FROM campaign_stories cs JOIN campaigns c ON c.id = cs.campaign_id WHERE c.slug = ${slug} AND c.status <> 'draft')`;
}
