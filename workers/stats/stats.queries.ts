// The dashboard's figures. Shares and clicks come only from share_stats_daily
// (Vietnam days); reports and cases from their own tables. One D1 round trip.
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import {
  campaigns,
  cases,
  caseStatuses,
  provinces,
  reportCategories,
  reportPlatforms,
  reports,
  shareChannels,
  shareStatsDaily as s,
  stories,
} from '../../schema';
import { campaignProgress, type CampaignRow } from '../campaigns/campaigns.queries';
import { progressView } from '../campaigns/campaigns.view';
import { campaignPhase } from '../campaigns/lifecycle';
import type { Db } from '../core/db';
import { addDays, daysBetween, today as vnToday, vnDayStart } from './days';

export type StatsFilter = {
  from: string;
  to: string;
  province: string | null;
  campaign: number | null;
};

const shares = sql<number>`coalesce(sum(${s.shares}), 0)`.mapWith(Number);
const clicks = sql<number>`coalesce(sum(${s.clicks}), 0)`.mapWith(Number);
const count = sql<number>`count(*)`.mapWith(Number);

/** The median of a list of numbers (mean of the two middle ones for an even count), or null. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Counts for every value of `all`, in that order, zero where nothing was counted. */
function complete<K extends string>(all: readonly K[], rows: { key: K; count: number }[]) {
  const found = new Map(rows.map((r) => [r.key, r.count]));
  return all.map((key) => ({ key, count: found.get(key) ?? 0 }));
}

/**
 * Everything `/api/stats/overview` and `/editor/stats` show, for one filter.
 * `storyLimit`: how many top stories to list (CSV export asks for more).
 */
export async function statsOverview(db: Db, f: StatsFilter, opts: { storyLimit?: number; now?: number } = {}) {
  const now = opts.now ?? Date.now();
  const shareFilter = and(
    gte(s.day, f.from),
    lte(s.day, f.to),
    f.province ? eq(s.provinceCode, f.province) : undefined,
    f.campaign ? eq(s.campaignId, f.campaign) : undefined,
  );
  const start = vnDayStart(f.from);
  const end = vnDayStart(addDays(f.to, 1));
  const reportFilter = and(gte(reports.createdAt, start), lt(reports.createdAt, end), f.province ? eq(reports.provinceCode, f.province) : undefined);
  // Campaign progress is over each campaign's own dates: those running at any time in the period, or the one asked for.
  const campaignFilter = f.campaign
    ? eq(campaigns.id, f.campaign)
    : and(ne(campaigns.status, 'draft'), lte(campaigns.startsOn, f.to), gte(campaigns.endsOn, f.from));

  const [daily, channels, topStories, byProvince, units, campaignRows, byCategory, byPlatform, byStatus, verdicts] = await db.batch([
    db.select({ day: s.day, shares, clicks }).from(s).where(shareFilter).groupBy(s.day).orderBy(asc(s.day)),
    db.select({ channel: s.channel, shares, clicks }).from(s).where(shareFilter).groupBy(s.channel),
    db
      .select({ storyId: s.storyId, slug: stories.slug, title: stories.title, shares, clicks })
      .from(s)
      .leftJoin(stories, eq(stories.id, s.storyId))
      .where(shareFilter)
      .groupBy(s.storyId)
      .orderBy(desc(shares), desc(clicks), asc(s.storyId))
      .limit(opts.storyLimit ?? 10),
    db
      .select({ provinceCode: s.provinceCode, name: provinces.name, shares, clicks })
      .from(s)
      .leftJoin(provinces, eq(provinces.code, s.provinceCode))
      .where(shareFilter)
      .groupBy(s.provinceCode)
      .orderBy(desc(shares), desc(clicks), asc(s.provinceCode)),
    db
      .select({ provinceCode: s.provinceCode, unit: s.unit, shares, clicks })
      .from(s)
      .where(and(shareFilter, ne(s.unit, '')))
      .groupBy(s.provinceCode, s.unit)
      .orderBy(desc(shares), desc(clicks), asc(s.unit), asc(s.provinceCode)),
    db.select().from(campaigns).where(campaignFilter).orderBy(desc(campaigns.endsOn), asc(campaigns.id)).limit(50),
    db.select({ key: reports.category, count }).from(reports).where(reportFilter).groupBy(reports.category),
    db.select({ key: reports.platform, count }).from(reports).where(reportFilter).groupBy(reports.platform),
    db
      .select({ key: cases.status, count })
      .from(reports)
      .innerJoin(cases, eq(cases.id, reports.caseId))
      .where(reportFilter)
      .groupBy(cases.status),
    // Time to verdict: cases decided in the period, from their first report; merged cases live on in their target.
    db
      .select({ ms: sql<number>`${cases.verdictAt} - ${cases.firstSeenAt}`.mapWith(Number) })
      .from(cases)
      .where(
        and(
          isNotNull(cases.verdictAt),
          gte(cases.verdictAt, start),
          lt(cases.verdictAt, end),
          isNull(cases.mergedIntoId),
          f.province ? eq(cases.provinceCode, f.province) : undefined,
        ),
      ),
  ]);

  const progress = await campaignProgress(db, campaignRows.map((c) => c.id), f.province);
  const perDay = new Map(daily.map((d) => [d.day, d]));
  const dailyFilled = daysBetween(f.from, f.to).map((day) => ({ day, shares: perDay.get(day)?.shares ?? 0, clicks: perDay.get(day)?.clicks ?? 0 }));
  const perChannel = new Map(channels.map((c) => [c.channel, c]));
  const medianMs = median(verdicts.map((v) => v.ms));
  const reportCounts = complete(reportCategories, byCategory);

  return {
    filter: f,
    totals: {
      shares: dailyFilled.reduce((sum, d) => sum + d.shares, 0),
      clicks: dailyFilled.reduce((sum, d) => sum + d.clicks, 0),
    },
    daily: dailyFilled,
    // Every channel, busiest first; channels nobody used stay listed with zero.
    channels: shareChannels
      .map((channel) => ({ channel, shares: perChannel.get(channel)?.shares ?? 0, clicks: perChannel.get(channel)?.clicks ?? 0 }))
      .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks),
    topStories: topStories.map((r) => ({ ...r, title: r.title ?? '', slug: r.slug ?? null })),
    provinces: byProvince.map((r) => ({ provinceCode: r.provinceCode, name: r.name ?? null, shares: r.shares, clicks: r.clicks })),
    units: units.map((r, i) => ({ rank: i + 1, ...r })),
    campaigns: campaignRows.map((c: CampaignRow) => ({
      id: c.id,
      slug: c.slug,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      phase: campaignPhase(c, vnToday(now)),
      ...progressView(c, progress.get(c.id)),
    })),
    reports: {
      total: reportCounts.reduce((sum, r) => sum + r.count, 0),
      byCategory: reportCounts.map((r) => ({ category: r.key, count: r.count })),
      byPlatform: complete(reportPlatforms, byPlatform).map((r) => ({ platform: r.key, count: r.count })),
      byCaseStatus: complete(caseStatuses, byStatus).map((r) => ({ status: r.key, count: r.count })),
      verdicts: {
        decided: verdicts.length,
        medianMs,
        medianHours: medianMs === null ? null : Math.round(medianMs / 360_000) / 10,
      },
    },
  };
}
export type StatsOverview = Awaited<ReturnType<typeof statsOverview>>;

/** Provinces for the filter form, in their official order. */
export async function provinceOptions(db: Db) {
  return db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.sortOrder));
}
