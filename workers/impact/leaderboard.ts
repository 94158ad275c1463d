// Unit leaderboards: pure ranking of one province's units on two measures that do not
// favour big units (clicks brought per member, share of members who shared this month).
// Individuals are never ranked: the rows are units, and units too small to hide a
// person (fewer than MIN_MEMBERS_TO_RANK members) are left out.

/**
 * A unit of one or two members would show one person's sharing under the unit's name,
 * so units need at least this many members to be ranked.
 */
export const MIN_MEMBERS_TO_RANK = 3;

/** One unit's raw figures for the period, as the query reads them. */
export type UnitFigures = {
  id: number;
  name: string;
  path: string;
  /** Active accounts (not disabled, not erased) whose `unit_id` is this unit. */
  members: number;
  /** Links made this month by the unit's members (`share_links.unit_id`, snapshot at share time). */
  shares: number;
  /** De-duplicated clicks those links have brought so far (`share_links.clicks`). */
  clicks: number;
  /** Current members who made at least one of those links. */
  sharers: number;
};

export type RankedUnit = UnitFigures & {
  /** clicks / members, one decimal (ranked on the exact fraction). */
  clicksPerMember: number;
  /** sharers / members as a whole percentage (ranked on the exact fraction). */
  sharedPercent: number;
  clicksRank: number;
  sharedRank: number;
};

export type RankedUnits = { units: RankedUnit[]; tooSmall: number };

/** a/b against c/d without floating point: positive when a/b is larger. */
function compareFractions(a: number, b: number, c: number, d: number): number {
  return a * d - c * b;
}

/**
 * Competition ranking ("1, 1, 3"): equal values share a rank, the next rank skips.
 * `better(x, y)` > 0 when x ranks above y, 0 when tied.
 */
function ranks<T>(rows: T[], better: (x: T, y: T) => number): Map<T, number> {
  const sorted = [...rows].sort((x, y) => better(y, x));
  const out = new Map<T, number>();
  sorted.forEach((row, i) => {
    const prev = sorted[i - 1];
    out.set(row, prev !== undefined && better(row, prev) === 0 ? (out.get(prev) ?? i + 1) : i + 1);
  });
  return out;
}

/**
 * Ranks a province's units. Units without members are dropped silently; units with fewer
 * than MIN_MEMBERS_TO_RANK are dropped and counted in `tooSmall`. Rows come back in
 * clicks-per-member order (then share of members, then path) for a stable table.
 */
export function rankUnits(all: UnitFigures[]): RankedUnits {
  const withMembers = all.filter((u) => u.members > 0);
  const rankable = withMembers.filter((u) => u.members >= MIN_MEMBERS_TO_RANK);
  const byClicks = (x: UnitFigures, y: UnitFigures) => compareFractions(x.clicks, x.members, y.clicks, y.members);
  const byShared = (x: UnitFigures, y: UnitFigures) => compareFractions(x.sharers, x.members, y.sharers, y.members);
  const clicksRanks = ranks(rankable, byClicks);
  const sharedRanks = ranks(rankable, byShared);
  const units = rankable
    .map((u) => ({
      ...u,
      clicksPerMember: Math.round((u.clicks / u.members) * 10) / 10,
      sharedPercent: Math.round((u.sharers / u.members) * 100),
      clicksRank: clicksRanks.get(u) ?? 0,
      sharedRank: sharedRanks.get(u) ?? 0,
    }))
    .sort((x, y) => x.clicksRank - y.clicksRank || x.sharedRank - y.sharedRank || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { units, tooSmall: withMembers.length - rankable.length };
}
