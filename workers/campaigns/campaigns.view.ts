// The JSON shapes campaigns are answered with (public and editor views).
import { isoTime } from '../core/time';
import type { CampaignRow, CampaignStory, Figures } from './campaigns.queries';
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
