// Sharing from a campaign: which campaign a share may be credited to, and its hashtags.
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { today } from '../stats/days';
import { campaignById, campaignBySlug, campaignHasPublishedStory } from './campaigns.queries';
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
export async function campaignForShare(db: Db, ref: number | string, storyId: number, now: number): Promise<ShareCampaign> {
  const row = typeof ref === 'number' ? await campaignById(db, ref) : await campaignBySlug(db, ref);
  if (!row || campaignPhase(row, today(now)) !== 'running') throw AppError.field('campaign', 'Not a running campaign');
  if (!(await campaignHasPublishedStory(db, row.id, storyId))) throw AppError.field('campaign', 'This story is not part of the campaign');
  return { id: row.id, slug: row.slug, title: row.title, hashtags: row.hashtags };
}
