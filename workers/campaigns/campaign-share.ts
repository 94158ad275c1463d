// Sharing from a campaign: which campaign a share may be credited to, and its hashtags.
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { today } from '../stats/days';
import { knownCampaign, type CampaignRef } from './campaign-ref';
import { campaignHasPublishedStory } from './campaigns.queries';
import { campaignPhase } from './lifecycle';

export type ShareCampaign = { id: number; slug: string; title: string; hashtags: string[] };

/**
 * The campaign a share of `storyId` is credited to: it must be running today and
 * list the (published) story. Anything else is refused on the `campaign` field, so
 * a forged id can never add to a campaign's progress.
 *
 * @example
 * const campaign = await campaignForShare(db, body.campaign, story.id, Date.now()); // then campaignId: campaign.id
 */
export async function campaignForShare(db: Db, ref: CampaignRef, storyId: number, now: number): Promise<ShareCampaign> {
  // A draft is refused as unknown: a member cannot learn of a campaign before it is announced.
  const row = await knownCampaign(db, ref, { publicOnly: true });
  if (campaignPhase(row, today(now)) !== 'running') throw AppError.field('campaign', 'This campaign is not running today: share without it');
  if (!(await campaignHasPublishedStory(db, row.id, storyId))) throw AppError.field('campaign', 'This story is not part of the campaign');
  return { id: row.id, slug: row.slug, title: row.title, hashtags: row.hashtags };
}
