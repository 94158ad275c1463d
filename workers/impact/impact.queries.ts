// D1 reads of "my impact" (/me, GET /api/me/impact) and of the unit leaderboards.
import { sql, type SQL } from 'drizzle-orm';
import type { ShareChannel } from '../../schema';
import { campaignProgress } from '../campaigns/campaigns.queries';
import type { CampaignProgress } from '../campaigns/campaigns.view';
import { percentOf } from '../campaigns/lifecycle';
import { d1Batch, type Db } from '../core/db';
import type { SessionUser } from '../core/types';
import { provinceOf } from '../geo/reference';
import { unseenNoticesFor, type MemberNotice } from '../notices/notices.queries';
import { rankUnits, MIN_MEMBERS_TO_RANK, type RankedUnit, type UnitFigures } from './leaderboard';
import { vnMonth, type VnMonth } from './month';

/** How many story-and-channel rows and campaigns /me lists (the most recent first); totals count everything. */
export const MY_SHARE_ROWS = 50;
export const MY_CAMPAIGNS = 20;

/**
 * Every active unit of a province with its figures for the month starting at `startMs`:
 * members (active accounts whose unit_id is the unit), links made this month by members while
 * in the unit (`share_links.unit_id`, snapshot at share time) and their de-duplicated clicks so
 * far, and how many current members made one of them. Each figure is a correlated look-up on
 * an index: units_path_key_idx (province), users_unit_idx, share_links_unit_idx (unit, created_at).
 */
export function leaderboardStatement(province: string, startMs: number): SQL {
  return sql`SELECT un.id AS id, un.name AS name, un.path AS path,
      (SELECT count(*) FROM users u WHERE u.unit_id = un.id AND u.disabled_at IS NULL AND u.erased_at IS NULL) AS members,
      (SELECT count(*) FROM share_links l WHERE l.unit_id = un.id AND l.created_at >= ${startMs}) AS shares,
      (SELECT coalesce(sum(l.clicks), 0) FROM share_links l WHERE l.unit_id = un.id AND l.created_at >= ${startMs}) AS clicks,
      (SELECT count(DISTINCT l.user_id) FROM share_links l JOIN users u ON u.id = l.user_id
        WHERE l.unit_id = un.id AND l.created_at >= ${startMs}
          AND u.unit_id = un.id AND u.disabled_at IS NULL AND u.erased_at IS NULL) AS sharers
    FROM units un
    WHERE un.province_code = ${province} AND un.deactivated_at IS NULL`;
}

function figuresOf(rows: unknown[]): UnitFigures[] {
  return (rows as Record<string, unknown>[]).map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    path: String(r.path),
    members: Number(r.members),
    shares: Number(r.shares),
    clicks: Number(r.clicks),
    sharers: Number(r.sharers),
  }));
}

export type Leaderboard = {
  province: { code: string; name: string };
  period: { month: string; from: string; to: string };
  /** Units with fewer members are left out (a unit of one would rank a person). */
  minMembers: number;
  units: RankedUnit[];
  /** Units left out for having fewer than `minMembers` members (units without members are not counted). */
  tooSmall: number;
};

function leaderboardOf(province: string, month: VnMonth, rows: UnitFigures[]): Leaderboard {
  const ranked = rankUnits(rows);
  return {
    province: provinceOf(province),
    period: { month: month.month, from: month.from, to: month.to },
    minMembers: MIN_MEMBERS_TO_RANK,
    units: ranked.units,
    tooSmall: ranked.tooSmall,
  };
}

/** A province's unit leaderboard for the current Vietnam calendar month (one statement). */
export async function unitLeaderboard(db: Db, province: string, now: number): Promise<Leaderboard> {
  const month = vnMonth(now);
  const [result] = await d1Batch(db, [leaderboardStatement(province, month.startMs)]);
  return leaderboardOf(province, month, figuresOf(result?.results ?? []));
}

/** Where the member's unit stands, or why it has no place. */
export type UnitPlace =
  | { status: 'ranked'; unit: { id: number; name: string; path: string }; clicksRank: number; sharedRank: number; of: number; province: { code: string; name: string } }
  | { status: 'no_unit' }
  | { status: 'too_small'; unit: { id: number; name: string; path: string }; minMembers: number }
  | { status: 'inactive' };

/**
 * Where the member's unit stands in `board`: ranked, too small to rank, or no place (no unit,
 * no province, or a deactivated unit). `figures`: the province's raw rows, to tell "too small" apart.
 */
export function placeOf(user: Pick<SessionUser, 'unitId'>, board: Leaderboard | null, figures: UnitFigures[]): UnitPlace {
  if (user.unitId === null || board === null) return { status: 'no_unit' };
  const ranked = board.units.find((u) => u.id === user.unitId);
  if (ranked) {
    const unit = { id: ranked.id, name: ranked.name, path: ranked.path };
    return { status: 'ranked', unit, clicksRank: ranked.clicksRank, sharedRank: ranked.sharedRank, of: board.units.length, province: board.province };
  }
  const mine = figures.find((u) => u.id === user.unitId);
  if (mine && mine.members > 0) return { status: 'too_small', unit: { id: mine.id, name: mine.name, path: mine.path }, minMembers: board.minMembers };
  return { status: 'inactive' };
}

export type MyShareRow = {
  story: { id: number; slug: string; title: string; url: string | null };
  channel: ShareChannel;
  shares: number;
  clicks: number;
  lastSharedAt: number;
};

export type MyCampaign = {
  id: number;
  slug: string;
  title: string;
  url: string;
  status: 'draft' | 'active' | 'ended';
  startsOn: string;
  endsOn: string;
  mine: { shares: number; clicks: number };
  progress: CampaignProgress;
};

export type Figures = { shares: number; clicks: number };

export type MyImpact = {
  month: VnMonth;
  totals: { allTime: Figures; thisMonth: Figures };
  shares: MyShareRow[];
  campaigns: MyCampaign[];
  corrections: MemberNotice[];
  leaderboard: Leaderboard | null;
  place: UnitPlace;
};

/** The batch behind /me: my shares by story and channel, my totals, the campaigns I shared for (exported for the query-plan test). */
export function myImpactStatements(user: Pick<SessionUser, 'id'>, month: VnMonth): SQL[] {
  const statements: SQL[] = [
    sql`SELECT l.story_id AS storyId, s.slug AS slug, s.title AS title, s.status AS status, l.channel AS channel,
          count(*) AS shares, coalesce(sum(l.clicks), 0) AS clicks, max(l.created_at) AS lastSharedAt
        FROM share_links l JOIN stories s ON s.id = l.story_id
        WHERE l.user_id = ${user.id}
        GROUP BY l.story_id, l.channel
        ORDER BY lastSharedAt DESC, l.story_id DESC, l.channel
        LIMIT ${MY_SHARE_ROWS}`,
    sql`SELECT count(*) AS shares, coalesce(sum(clicks), 0) AS clicks,
          coalesce(sum(created_at >= ${month.startMs}), 0) AS monthShares,
          coalesce(sum(CASE WHEN created_at >= ${month.startMs} THEN clicks ELSE 0 END), 0) AS monthClicks
        FROM share_links WHERE user_id = ${user.id}`,
    sql`SELECT c.id AS id, c.slug AS slug, c.title AS title, c.status AS status, c.starts_on AS startsOn, c.ends_on AS endsOn,
          c.target_shares AS targetShares, c.target_clicks AS targetClicks,
          count(*) AS shares, coalesce(sum(l.clicks), 0) AS clicks
        FROM share_links l JOIN campaigns c ON c.id = l.campaign_id
        WHERE l.user_id = ${user.id} AND c.status <> 'draft'
        GROUP BY c.id
        ORDER BY c.ends_on DESC, c.id DESC
        LIMIT ${MY_CAMPAIGNS}`,
  ];
  return statements;
}

/**
 * Everything /me shows, in two round trips: one D1 batch of four statements (my shares by
 * story and channel, my totals, the campaigns I shared for, my province's leaderboard) beside
 * the notices query, then the progress of those campaigns (campaignProgress, as the campaign
 * pages compute it). Every statement walks an index: share_links_user_idx for mine.
 */
export async function myImpact(db: Db, user: SessionUser, now: number): Promise<MyImpact> {
  const month = vnMonth(now);
  const province = user.provinceCode;
  const statements = myImpactStatements(user, month);
  if (province) statements.push(leaderboardStatement(province, month.startMs));
  const [results, corrections] = await Promise.all([d1Batch(db, statements), unseenNoticesFor(db, user.id, 20)]);
  const [shareRows, totalRows, campaignRows, boardRows] = results.map((r) => (r.results ?? []) as Record<string, unknown>[]);

  const shares: MyShareRow[] = (shareRows ?? []).map((r) => {
    const status = String(r.status);
    const slug = String(r.slug);
    return {
      // Only published stories were shareable; a withdrawn one's page says why it is gone.
      story: { id: Number(r.storyId), slug, title: String(r.title), url: status === 'published' || status === 'archived' ? `/stories/${slug}` : null },
      channel: r.channel as ShareChannel,
      shares: Number(r.shares),
      clicks: Number(r.clicks),
      lastSharedAt: Number(r.lastSharedAt),
    };
  });
  const t = totalRows?.[0] ?? {};
  const totals = {
    allTime: { shares: Number(t.shares ?? 0), clicks: Number(t.clicks ?? 0) },
    thisMonth: { shares: Number(t.monthShares ?? 0), clicks: Number(t.monthClicks ?? 0) },
  };

  const campaignList = campaignRows ?? [];
  const progress = campaignList.length > 0 ? await campaignProgress(db, campaignList.map((r) => Number(r.id))) : new Map<number, Figures>();
  const campaigns: MyCampaign[] = campaignList.map((r) => {
    const id = Number(r.id);
    const figures = progress.get(id) ?? { shares: 0, clicks: 0 };
    const targetShares = r.targetShares == null ? null : Number(r.targetShares);
    const targetClicks = r.targetClicks == null ? null : Number(r.targetClicks);
    return {
      id,
      slug: String(r.slug),
      title: String(r.title),
      url: `/campaigns/${String(r.slug)}`,
      status: r.status as MyCampaign['status'],
      startsOn: String(r.startsOn),
      endsOn: String(r.endsOn),
      mine: { shares: Number(r.shares), clicks: Number(r.clicks) },
      // The campaign's whole progress (everyone's shares within its dates), as its page shows it.
      progress: {
        ...figures,
        targetShares,
        targetClicks,
        sharesPercent: percentOf(figures.shares, targetShares),
        clicksPercent: percentOf(figures.clicks, targetClicks),
      },
    };
  });

  const unitRows = figuresOf(boardRows ?? []);
  const leaderboard = province ? leaderboardOf(province, month, unitRows) : null;
  return { month, totals, shares, campaigns, corrections, leaderboard, place: placeOf(user, leaderboard, unitRows) };
}
