// Campaign writes: create, edit (with the lifecycle rules), delete drafts, end expired
// ones. Each change and its audit row go to D1 in one batch.
import { publishedLessonsByIds } from '../lessons/lessons.queries';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { campaignProvinces, campaigns, campaignStories, provinces, stories, type CampaignStatus } from '../../schema';
import type { Db } from '../core/db';
import { AppError, type FieldError } from '../core/errors';
import { today as vnToday } from '../stats/days';
import { slugify } from '../stories/text';
import { auditInsert } from '../audit/audit.queries';
import { campaignById, campaignBySlug, slices, storyIdsOf, type CampaignRow } from './campaigns.queries';
import type { CreateCampaignInput, UpdateCampaignInput } from './campaigns.schemas';
import { assertEditable, assertTransition } from './lifecycle';

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

/** A cover needs alt text: a screen reader has nothing else to say about it. */
function assertCoverDescribed(coverKey: string | null | undefined, coverAlt: string | null | undefined): void {
  if (coverKey && !coverAlt?.trim()) throw AppError.field('coverAlt', 'Describe the cover image (alt text is required)');
}

/** A campaign may point only to a published lesson (readers could not open any other). */
async function assertLessonPublished(db: Db, lessonId: number | null | undefined): Promise<void> {
  if (lessonId === null || lessonId === undefined) return;
  if (!(await publishedLessonsByIds(db, [lessonId])).has(lessonId)) throw AppError.field('lessonId', 'Choose a published lesson');
}

async function runBatch(db: Db, items: BatchItem<'sqlite'>[]): Promise<void> {
  const [first, ...rest] = items;
  if (first) await db.batch([first, ...rest]);
}

/** Creates a draft campaign with its provinces and stories; the audit log records it. */
export async function createCampaign(db: Db, input: CreateCampaignInput, actorId: string, now: number): Promise<CampaignRow> {
  const slug = input.slug ?? slugify(input.title);
  await assertSlugFree(db, slug);
  assertCoverDescribed(input.coverKey, input.coverAlt);
  await assertStoriesExist(db, input.stories ?? []);
  await assertProvincesExist(db, input.provinces ?? []);
  await assertLessonPublished(db, input.lessonId);
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
      lessonId: input.lessonId ?? null,
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
    }, now),
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
  if (input.coverKey !== undefined || input.coverAlt !== undefined) {
    assertCoverDescribed(input.coverKey !== undefined ? input.coverKey : current.coverKey, input.coverAlt !== undefined ? input.coverAlt : current.coverAlt);
  }
  if (input.stories) await assertStoriesExist(db, input.stories);
  if (input.provinces) await assertProvincesExist(db, input.provinces);
  if (input.lessonId !== undefined && input.lessonId !== current.lessonId) await assertLessonPublished(db, input.lessonId);

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
    }, now),
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
    auditInsert(db, { actorId, action: 'campaign.deleted', target: `campaign:${id}`, before: current }, now),
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
      auditInsert(db, { actorId: null, action: 'campaign.ended', target: `campaign:${id}`, before: { status: 'active' }, after: { status: 'ended' } }, now),
    ),
  ]);
  return ids.length;
}

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
