// Picking a campaign's stories one at a time: add a published story found by search,
// move one a step up or down, take one out. Each is a new ordered list saved through
// `updateCampaign`, so the lifecycle rules (an ended campaign is read-only), the
// audit entry and the single D1 batch are the same as for `PUT /api/campaigns/:id/stories`.
import { eq } from 'drizzle-orm';
import { stories } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { campaignById, storyIdsOf, type CampaignRow } from './campaigns.queries';
import { updateCampaign } from './campaigns.writes';
import { assertEditable } from './lifecycle';

/** The most stories a campaign holds (the same limit as the JSON list). */
export const MAX_CAMPAIGN_STORIES = 50;

export type MoveDirection = 'up' | 'down';

async function editableCampaign(db: Db, id: number): Promise<CampaignRow> {
  const row = await campaignById(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No campaign ${id}`);
  assertEditable(row.status);
  return row;
}

function assertInCampaign(ids: number[], storyId: number): number {
  const at = ids.indexOf(storyId);
  if (at < 0) throw new AppError('NOT_FOUND', `Story ${storyId} is not in this campaign`);
  return at;
}

/** Adds a published story at the end; adding one that is already there changes nothing. */
export async function addCampaignStory(db: Db, id: number, storyId: number, actorId: string, now: number): Promise<CampaignRow> {
  const row = await editableCampaign(db, id);
  const [story] = await db.select({ status: stories.status }).from(stories).where(eq(stories.id, storyId)).limit(1);
  if (story?.status !== 'published') throw AppError.field('story', 'Only a published story can be added');
  const ids = await storyIdsOf(db, id);
  if (ids.includes(storyId)) return row;
  if (ids.length >= MAX_CAMPAIGN_STORIES) throw AppError.field('story', `A campaign holds at most ${MAX_CAMPAIGN_STORIES} stories`);
  return updateCampaign(db, id, { stories: [...ids, storyId] }, actorId, now);
}

/** Moves a story one place; at the top (or bottom) already, nothing changes. */
export async function moveCampaignStory(db: Db, id: number, storyId: number, direction: MoveDirection, actorId: string, now: number): Promise<CampaignRow> {
  const row = await editableCampaign(db, id);
  const ids = await storyIdsOf(db, id);
  const at = assertInCampaign(ids, storyId);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= ids.length) return row;
  const order = [...ids];
  [order[at], order[to]] = [order[to] as number, order[at] as number];
  return updateCampaign(db, id, { stories: order }, actorId, now);
}

/** Takes a story out of the campaign (the story itself is untouched). */
export async function removeCampaignStory(db: Db, id: number, storyId: number, actorId: string, now: number): Promise<CampaignRow> {
  await editableCampaign(db, id);
  const ids = await storyIdsOf(db, id);
  assertInCampaign(ids, storyId);
  return updateCampaign(db, id, { stories: ids.filter((s) => s !== storyId) }, actorId, now);
}
