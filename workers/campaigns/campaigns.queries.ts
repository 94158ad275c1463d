import { and, asc, desc, eq, exists, gte, inArray, lt, lte, ne, notExists, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import {
  campaignProvinces,
  campaigns,
  campaignStories,
  provinces,
  shareStatsDaily,
  stories,
  type CampaignStatus,
} from '../../schema';
import type { Db } from '../core/db';
import { AppError, type FieldError } from '../core/errors';
import { today as vnToday } from '../stats/days';
import { slugify } from '../stories/text';
import { auditInsert } from './audit';
import type { CreateCampaignInput, UpdateCampaignInput } from './campaigns.schemas';
import { assertEditable, assertTransition } from './lifecycle';

export type CampaignRow = typeof campaigns.$inferSelect;
export type Figures = { shares: number; clicks: number };

/** D1 binds at most 100 parameters per statement: id lists are queried in slices of this size. */
const ID_SLICE = 90;

function slices<T>(items: T[], size = ID_SLICE): T[][] {
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
 * A campaign aimed at the reader's province wins over a nationwide one; then the one ending soonest.
 *
 * @example
 * const campaign = await activeCampaignFor(c.var.db, c.var.user?.provinceCode ?? null, Date.now());
 */
export async function activeCampaignFor(db: Db, provinceCode: string | null, now: number): Promise<CampaignRow | null> {
  const today = vnToday(now);
  const targeted = (code: string) =>
    db
      .select({ one: sql`1` })
      .from(campaignProvinces)
      .where(and(eq(campaignProvinces.campaignId, campaigns.id), eq(campaignProvinces.provinceCode, code)));
  const anyProvince = db.select({ one: sql`1` }).from(campaignProvinces).where(eq(campaignProvinces.campaignId, campaigns.id));
  const rows = await db
    .select()
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
  return rows[0] ?? null;
}

async function assertStoriesExist(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await db.select({ id: stories.id }).from(stories).where(inArray(stories.id, ids))).map((r) => r.id));
  const errors: FieldError[] = ids.flatMap((id, i) => (found.has(id) ? [] : [{ path: `stories.${i}`, message: `No story ${id}` }]));
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Unknown stories', { errors });
}

async function assertProvincesExist(db: Db, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = new Set(
    (await db.select({ code: provinces.code }).from(provinces).where(inArray(provinces.code, codes))).map((r) => r.code),
  );
  const errors: FieldError[] = codes.flatMap((code, i) =>
    found.has(code) ? [] : [{ path: `provinces.${i}`, message: `No province ${code}` }],
  );
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Unknown provinces', { errors });
}

async function assertSlugFree(db: Db, slug: string, exceptId?: number): Promise<void> {
  const taken = await campaignBySlug(db, slug);
  if (taken && taken.id !== exceptId) {
    throw new AppError('CONFLICT', `The slug "${slug}" is taken`, { errors: [{ path: 'slug', message: 'Already used by another campaign' }] });
  }
}

async function countPublished(db: Db, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .select({ n: sql<number>`count(*)` })
    .from(stories)
    .where(and(inArray(stories.id, ids), eq(stories.status, 'published')));
  return Number(rows[0]?.n ?? 0);
}

function replaceProvinces(db: Db, campaignId: number, codes: string[]): BatchItem<'sqlite'>[] {
  const items: BatchItem<'sqlite'>[] = [db.delete(campaignProvinces).where(eq(campaignProvinces.campaignId, campaignId))];
  if (codes.length > 0) items.push(db.insert(campaignProvinces).values(codes.map((provinceCode) => ({ campaignId, provinceCode }))));
  return items;
}

function replaceStories(db: Db, campaignId: number, ids: number[]): BatchItem<'sqlite'>[] {
  const rows = ids.map((storyId, position) => ({ campaignId, storyId, position }));
  // Three parameters a row: 30 rows a statement stays under D1's 100.
  const inserts = slices(rows, 30).map((slice) => db.insert(campaignStories).values(slice));
  return [db.delete(campaignStories).where(eq(campaignStories.campaignId, campaignId)), ...inserts];
}

async function runBatch(db: Db, items: BatchItem<'sqlite'>[]): Promise<void> {
  const [first, ...rest] = items;
  if (first) await db.batch([first, ...rest]);
}

/** Creates a draft campaign with its provinces and stories; the audit log records it. */
export async function createCampaign(db: Db, input: CreateCampaignInput, actorId: string, now: number): Promise<CampaignRow> {
  const slug = input.slug ?? slugify(input.title);
  await assertSlugFree(db, slug);
  await assertStoriesExist(db, input.stories ?? []);
  await assertProvincesExist(db, input.provinces ?? []);
  const [created] = await db
    .insert(campaigns)
    .values({
      slug,
      title: input.title,
      description: input.description ?? '',
      hashtags: input.hashtags ?? [],
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      targetShares: input.targetShares ?? null,
      targetClicks: input.targetClicks ?? null,
      status: 'draft',
      coverKey: input.coverKey ?? null,
      coverAlt: input.coverAlt ?? null,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!created) throw new AppError('INTERNAL', 'The campaign was not saved');
  await runBatch(db, [
    ...replaceProvinces(db, created.id, input.provinces ?? []),
    ...replaceStories(db, created.id, input.stories ?? []),
    auditInsert(db, {
      actorId,
      action: 'campaign.created',
      target: `campaign:${created.id}`,
      after: { ...created, provinces: input.provinces ?? [], stories: input.stories ?? [] },
      at: now,
    }),
  ]);
  return created;
}

const auditActions: Record<CampaignStatus, string> = { draft: 'campaign.updated', active: 'campaign.activated', ended: 'campaign.ended' };

/**
 * Applies a partial edit. Enforces the lifecycle: slugs freeze after draft, ended
 * campaigns are read-only, activation needs a target and a published story.
 */
export async function updateCampaign(
  db: Db,
  id: number,
  input: UpdateCampaignInput,
  actorId: string | null,
  now: number,
): Promise<CampaignRow> {
  const current = await campaignById(db, id);
  if (!current) throw new AppError('NOT_FOUND', `No campaign ${id}`);
  assertEditable(current.status);
  if (input.slug !== undefined && input.slug !== current.slug) {
    if (current.status !== 'draft') {
      throw new AppError('CONFLICT', 'The slug is frozen once a campaign is public', {
        errors: [{ path: 'slug', message: 'Links to this campaign are already out' }],
        extra: { currentState: current.status },
      });
    }
    await assertSlugFree(db, input.slug, id);
  }
  const startsOn = input.startsOn ?? current.startsOn;
  const endsOn = input.endsOn ?? current.endsOn;
  if (startsOn > endsOn) throw AppError.field('endsOn', 'The campaign must end on or after its first day');
  if (input.stories) await assertStoriesExist(db, input.stories);
  if (input.provinces) await assertProvincesExist(db, input.provinces);

  const status = input.status ?? current.status;
  const storyIds = input.stories ?? (await storyIdsOf(db, id));
  assertTransition(current.status, status, {
    endsOn,
    targetShares: input.targetShares !== undefined ? input.targetShares : current.targetShares,
    targetClicks: input.targetClicks !== undefined ? input.targetClicks : current.targetClicks,
    publishedStoryCount: status === 'active' && current.status !== 'active' ? await countPublished(db, storyIds) : 1,
    today: vnToday(now),
  });

  const { provinces: provinceCodes, stories: _stories, ...fields } = input;
  const changes = { ...fields, updatedAt: now };
  await runBatch(db, [
    db.update(campaigns).set(changes).where(eq(campaigns.id, id)),
    ...(provinceCodes ? replaceProvinces(db, id, provinceCodes) : []),
    ...(input.stories ? replaceStories(db, id, input.stories) : []),
    auditInsert(db, {
      actorId,
      action: status !== current.status ? auditActions[status] : 'campaign.updated',
      target: `campaign:${id}`,
      before: pick(current, Object.keys(fields)),
      after: { ...fields, ...(provinceCodes ? { provinces: provinceCodes } : {}), ...(input.stories ? { stories: input.stories } : {}) },
      at: now,
    }),
  ]);
  const updated = await campaignById(db, id);
  if (!updated) throw new AppError('NOT_FOUND', `No campaign ${id}`);
  return updated;
}

/** Only drafts can be deleted: a campaign that was public stays on record. */
export async function deleteDraftCampaign(db: Db, id: number, actorId: string, now: number): Promise<void> {
  const current = await campaignById(db, id);
  if (!current) throw new AppError('NOT_FOUND', `No campaign ${id}`);
  if (current.status !== 'draft') {
    throw new AppError('CONFLICT', 'Only draft campaigns can be deleted', { extra: { currentState: current.status } });
  }
  await db.batch([
    db.delete(campaigns).where(eq(campaigns.id, id)),
    auditInsert(db, { actorId, action: 'campaign.deleted', target: `campaign:${id}`, before: current, at: now }),
  ]);
}

/**
 * Moves every active campaign whose last day has passed to `ended` (the cron job).
 * Reads never depend on it: `campaignPhase` already treats them as ended.
 */
export async function endExpiredCampaigns(db: Db, now: number): Promise<number> {
  const today = vnToday(now);
  const expired = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.status, 'active'), lt(campaigns.endsOn, today)));
  if (expired.length === 0) return 0;
  const ids = expired.map((r) => r.id);
  await runBatch(db, [
    db
      .update(campaigns)
      .set({ status: 'ended', updatedAt: now })
      .where(and(eq(campaigns.status, 'active'), lt(campaigns.endsOn, today))),
    ...ids.map((id) =>
      auditInsert(db, { actorId: null, action: 'campaign.ended', target: `campaign:${id}`, before: { status: 'active' }, after: { status: 'ended' }, at: now }),
    ),
  ]);
  return ids.length;
}

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
