// The JSON shapes campaigns are answered with (public and editor views).
import type { Db } from '../core/db';
import { publishedLessonsByIds } from '../lessons/lessons.queries';
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

/** The lesson a campaign asks members to read first, when it is published. */
export type CampaignLesson = { id: number; slug: string; title: string };

export function campaignView(campaign: CampaignRow, provinceCodes: string[], figures: Figures | undefined, today: string, lesson: CampaignLesson | undefined) {
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
    /** "Đọc trước khi chia sẻ": the lesson chosen on the desk (null for none). */
    lessonId: campaign.lessonId,
    /** That lesson while it is published, with where readers take it; null otherwise. */
    lesson: lesson ? { slug: lesson.slug, title: lesson.title, url: `/hoc/${lesson.slug}` } : null,
    updatedAt: isoTime(campaign.updatedAt),
  };
}
export type CampaignView = ReturnType<typeof campaignView>;

/** Views of a list of campaigns, with provinces and progress in two queries. */
export async function viewsOf(db: Db, rows: CampaignRow[], now: number): Promise<CampaignView[]> {
  const ids = rows.map((r) => r.id);
  const lessonIds = rows.flatMap((r) => (r.lessonId === null ? [] : [r.lessonId]));
  const [provinceMap, progress, lessonMap] = await Promise.all([provincesOf(db, ids), campaignProgress(db, ids), publishedLessonsByIds(db, lessonIds)]);
  return rows.map((row) =>
    campaignView(row, provinceMap.get(row.id) ?? [], progress.get(row.id), today(now), row.lessonId === null ? undefined : lessonMap.get(row.lessonId)),
  );
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
