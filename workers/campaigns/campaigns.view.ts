// The JSON shapes campaigns are answered with (public and editor views).
import type { Db } from '../core/db';
import { isoTime } from '../core/time';
import { today } from '../stats/days';
import { campaignProgress, provincesOf, type CampaignRow, type CampaignStory, type Figures } from './campaigns.queries';
import { campaignPhase, percentOf } from './lifecycle';

export type CampaignProgress = Figures & {
  targetShares: number | null;
  targetClicks: number | null;
  sharesPercent: number | null;
  clicksPercent: number | null;
};

export function progressView(campaign: CampaignRow, figures: Figures | undefined): CampaignProgress {
  const shares = figures?.shares ?? 0;
  const clicks = figures?.clicks ?? 0;
  return {
    shares,
    clicks,
    targetShares: campaign.targetShares,
    targetClicks: campaign.targetClicks,
    sharesPercent: percentOf(shares, campaign.targetShares),
    clicksPercent: percentOf(clicks, campaign.targetClicks),
  };
}

export function campaignView(campaign: CampaignRow, provinceCodes: string[], figures: Figures | undefined, today: string) {
  return {
    id: campaign.id,
    slug: campaign.slug,
    title: campaign.title,
    description: campaign.description,
    hashtags: campaign.hashtags,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    status: campaign.status,
    phase: campaignPhase(campaign, today),
    /** Empty: the whole country. */
    provinces: provinceCodes,
    coverKey: campaign.coverKey,
    coverAlt: campaign.coverAlt,
    progress: progressView(campaign, figures),
    updatedAt: isoTime(campaign.updatedAt),
  };
}
export type CampaignView = ReturnType<typeof campaignView>;

/** Views of a list of campaigns, with provinces and progress in two queries. */
export async function viewsOf(db: Db, rows: CampaignRow[], now: number): Promise<CampaignView[]> {
  const ids = rows.map((r) => r.id);
  const [provinceMap, progress] = await Promise.all([provincesOf(db, ids), campaignProgress(db, ids)]);
  return rows.map((row) => campaignView(row, provinceMap.get(row.id) ?? [], progress.get(row.id), today(now)));
}

export function campaignStoryView(story: CampaignStory, position: number) {
  return {
    position,
    id: story.id,
    slug: story.slug,
    url: `/stories/${story.slug}`,
    title: story.title,
    summary: story.summary,
    categoryCode: story.categoryCode,
    provinceCode: story.provinceCode,
    coverKey: story.coverKey,
    coverAlt: story.coverAlt,
    captions: story.captions,
    hashtags: story.hashtags,
    publishedAt: isoTime(story.publishedAt),
  };
}
export type CampaignStoryView = ReturnType<typeof campaignStoryView>;
