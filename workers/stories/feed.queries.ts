// Public reads of stories. Every function takes `db` first so tests call them
// directly. A feed page is ONE statement (pinned block and page in a single
// UNION ALL; province and category names come from constants), every statement
// walks an index (tests/feed/query-plans.test.ts checks EXPLAIN QUERY PLAN), and
// pages are keyset-paginated: never OFFSET, never a COUNT.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { stories, users } from '../../schema';
import { storiesOfCampaign } from '../campaigns/campaigns.queries';
import type { Db } from '../core/db';
import { correctionsColumn } from '../notices/notices.queries';
import type { Cursor } from './cursor';
import { relatedColumn } from './related.queries';
import { isApproximate, searchPlan, TIER_EXACT, TIER_PHRASE, TIER_PROVINCE } from './search';
import { namesFor, tagNamesColumn, withTagNames } from './tag-names';

/** At most this many pinned stories head the first page. */
export const PINNED_MAX = 3;

export type FeedFilters = {
  /** A campaign slug. */
  campaign?: string;
  province?: string;
  category?: string;
  /** A tag slug (`tinh-nguyen`). */
  tag?: string;
  /** Search text, NFC. */
  q?: string;
};

export type FeedPageRequest = FeedFilters & { limit: number; cursor?: Cursor };

export type FeedRow = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  categoryCode: string;
  provinceCode: string;
  tags: string[];
  /** The tags' names, in the order of `tags` ("Tình nguyện" for `tinh-nguyen`). */
  tagNames: string[];
  publishedAt: number;
  /** R2 base key of the list thumbnail (workers/media/thumbs.ts), null until made. */
  thumbKey: string | null;
  /** Search match quality (0..7, see search.ts); 0 outside search. */
  tier: number;
  /** Search only: an accented query's result that matches only once marks are removed ("Kết quả gần đúng"). */
  approximate: boolean;
};

export type FeedResult = {
  items: FeedRow[];
  /** Pinned stories: first page of a plain listing only (they also keep their place in `items`). */
  pinned: FeedRow[];
  /** Sort key of the last item when there is a further page. */
  next: Cursor | null;
};

/**
 * Conditions on `s` (stories) that narrow every listing: plain, tag, search and
 * the pinned block. To add a filter (the campaigns branch adds `campaign`), add
 * its field to FeedFilters and one entry here.
 */
export const feedConditions: Array<(filters: FeedFilters) => SQL | undefined> = [
  (f) => (f.province ? sql`s.province_code = ${f.province}` : undefined),
  (f) => (f.category ? sql`s.category_code = ${f.category}` : undefined),
  (f) => (f.campaign ? storiesOfCampaign(f.campaign) : undefined),
];

// Every arm selects these columns in this order, so UNION ALL lines them up.
const COLUMNS = sql.raw(
  's.id AS id, s.slug AS slug, s.title AS title, s.summary AS summary, s.category_code AS category_code, ' +
    's.province_code AS province_code, s.tags AS tags, s.published_at AS published_at, s.thumb_key AS thumb_key',
);

type RawRow = {
  pinned: number;
  tier: number;
  id: number;
  slug: string;
  title: string;
  summary: string;
  category_code: string;
  province_code: string;
  tags: string;
  published_at: number;
  /** Added by withTagNames: `{slug: name}` of the tags that have one. */
  tag_names: string | null;
  thumb_key: string | null;
};

const PUBLISHED = sql.raw(`s.status = 'published'`);
const tagMember = (tag: string) => sql`s.id IN (SELECT story_id FROM story_tags WHERE tag = ${tag})`;

function conditions(filters: FeedFilters): SQL[] {
  return feedConditions.map((condition) => condition(filters)).filter((c): c is SQL => c !== undefined);
}

const where = (parts: SQL[]) => sql.join(parts, sql` AND `);

/**
 * The plain listing. Without a tag it walks stories_feed_idx (or the province /
 * category variant) newest first; with a tag it walks story_tags_feed_idx, whose
 * copy of published_at keeps the tag page in feed order without a sort.
 */
function listingArm(page: FeedPageRequest): SQL {
  const byTag = page.tag !== undefined;
  const from = byTag ? sql.raw('story_tags st JOIN stories s ON s.id = st.story_id') : sql.raw('stories s');
  const [time, id] = byTag ? [sql.raw('st.published_at'), sql.raw('st.story_id')] : [sql.raw('s.published_at'), sql.raw('s.id')];
  const parts: SQL[] = byTag ? [sql`st.tag = ${page.tag}`, sql`st.published_at IS NOT NULL`, PUBLISHED] : [PUBLISHED];
  parts.push(...conditions(page));
  if (page.cursor?.kind === 'feed') parts.push(sql`(${time}, ${id}) < (${page.cursor.publishedAt}, ${page.cursor.id})`);
  return sql`SELECT 0 AS pinned, 0 AS tier, ${COLUMNS} FROM ${from} WHERE ${where(parts)} ORDER BY ${time} DESC, ${id} DESC LIMIT ${page.limit + 1}`;
}

/** Pinned stories matching the filters, newest pin first (stories_pinned_idx: the set is tiny). */
function pinnedArm(filters: FeedFilters, now: number): SQL {
  const parts = [PUBLISHED, sql`s.pinned_until > ${now}`, ...conditions(filters)];
  if (filters.tag !== undefined) parts.push(tagMember(filters.tag));
  return sql`SELECT 1 AS pinned, 0 AS tier, ${COLUMNS} FROM stories s INDEXED BY stories_pinned_idx WHERE ${where(parts)} ORDER BY s.pinned_until DESC LIMIT ${PINNED_MAX}`;
}

const inFts = (terms: string) => sql`SELECT rowid FROM stories_fts WHERE stories_fts MATCH ${terms}`;
const inExact = (terms: string) => sql`SELECT rowid FROM stories_fts_exact WHERE stories_fts_exact MATCH ${terms}`;

/** Terms per compound SELECT: D1 refuses more than a handful ("too many terms in compound SELECT"). */
const COMPOUND_MAX = 4;

/** One ranking dimension of a tier arm: its weight when the condition holds, and the condition. */
type Split = { weight: number; when: SQL } | null;

/** The arms of every combination of the splits: the weight and the conditions (IN / NOT IN) of each. */
function combinations(splits: Split[]): Array<{ tier: number; parts: SQL[] }> {
  let arms: Array<{ tier: number; parts: SQL[] }> = [{ tier: 0, parts: [] }];
  for (const split of splits) {
    if (!split) continue;
    arms = arms.flatMap((arm) => [
      { tier: arm.tier + split.weight, parts: [...arm.parts, sql`${split.when}`] },
      { tier: arm.tier, parts: [...arm.parts, sql`NOT ${split.when}`] },
    ]);
  }
  return arms;
}

/**
 * Search, as one statement: a UNION ALL of "tier arms", best tier first, each one's stories
 * newest first (ORDER BY + LIMIT inside the arm). SQLite runs the arms in order and stops
 * once the page is full, so a page costs only the arms it reaches:
 * - the province arms (the query names a province) walk stories_province_feed_idx newest
 *   first and test each story against the other words' FTS rowid lists: a page of
 *   `Đà Nẵng` reads 21 index entries and rows, whatever the number of matches;
 * - the other arms start from `stories_fts` and check the exact-accent and phrase lists on
 *   the FTS rowid (`+f.rowid`: a plain `f.rowid IN (…)` would be pushed into FTS5 as one
 *   full-text query per listed rowid); they rank their matches from stories_search_key_idx
 *   (id, status, published_at, province, category) and read story rows for the page only,
 *   so a common word costs index lookups, not a row read per match. No bm25: a tier depends on the story and the query alone, so the cursor
 *   (tier, published_at, id) stays exact — arms above the cursor's tier are left out, its own
 *   arm starts after it.
 */
function searchArm(page: FeedPageRequest, q: string): SQL {
  const plan = searchPlan(q);
  // The schema refuses text without letters or digits; this is the query layer's own guard.
  if (!plan) return sql`SELECT 0 AS pinned, 0 AS tier, ${COLUMNS} FROM stories s WHERE 0`;
  const shared = [PUBLISHED, ...conditions(page)];
  if (page.tag !== undefined) shared.push(tagMember(page.tag));
  // A province filter other than the named province leaves no story in the province arms, and the named one none outside them.
  const province = plan.province && (page.province === undefined || page.province === plan.province.code) ? plan.province : null;
  const arms: Array<{ tier: number; from: SQL; parts: SQL[]; keysFirst?: boolean }> = [];

  if (province) {
    const rest = province.rest;
    const exact: Split = plan.accented && rest?.exact ? { weight: TIER_EXACT, when: sql`+s.id IN (${inExact(rest.exact)})` } : null;
    const phrase: Split = rest?.phrase ? { weight: TIER_PHRASE, when: sql`+s.id IN (${inFts(rest.phrase)})` } : null;
    // Every story of the province matches its name (the place column); the other words must match too.
    const base = [sql`s.province_code = ${province.code}`, ...(rest ? [sql`+s.id IN (${inFts(rest.all)})`] : []), ...shared];
    // With no exact split, the province's own stories are exact for an accented query: the marked words were its name.
    const lift = TIER_PROVINCE + (plan.accented && !exact ? TIER_EXACT : 0);
    for (const arm of combinations([exact, phrase])) {
      arms.push({ tier: arm.tier + lift, from: sql.raw('stories s'), parts: [...base, ...arm.parts] });
    }
  }
  if (!province || page.province === undefined) {
    const text = plan.text;
    const exact: Split = text.exact ? { weight: TIER_EXACT, when: sql`+f.rowid IN (${inExact(text.exact)})` } : null;
    const phrase: Split = text.phrase ? { weight: TIER_PHRASE, when: sql`+f.rowid IN (${inFts(text.phrase)})` } : null;
    // The named province's stories are left out on the FTS rowid, from the province index alone, before any row is read.
    const others = province
      ? [sql`NOT +f.rowid IN (SELECT id FROM stories WHERE status = 'published' AND province_code = ${province.code})`]
      : [];
    const base = [sql`stories_fts MATCH ${text.all}`, ...others, ...shared];
    // CROSS JOIN: the full-text match drives; each match is ranked from stories_search_key_idx, never its row.
    const from = sql.raw('stories_fts f CROSS JOIN stories s INDEXED BY stories_search_key_idx ON s.id = f.rowid');
    for (const arm of combinations([exact, phrase])) arms.push({ tier: arm.tier, from, parts: [...arm.parts, ...base], keysFirst: true });
  }

  const cursor = page.cursor?.kind === 'search' ? page.cursor : undefined;
  const selects = arms
    .sort((a, b) => b.tier - a.tier)
    .filter((arm) => cursor === undefined || arm.tier <= cursor.tier)
    .map((arm) => {
      const parts = [...arm.parts];
      if (cursor && arm.tier === cursor.tier) parts.push(sql`(s.published_at, s.id) < (${cursor.publishedAt}, ${cursor.id})`);
      const tier = sql.raw(String(arm.tier));
      const order = sql.raw('ORDER BY s.published_at DESC, s.id DESC');
      if (!arm.keysFirst) {
        return sql`SELECT * FROM (SELECT 0 AS pinned, ${tier} AS tier, ${COLUMNS} FROM ${arm.from} WHERE ${where(parts)} ${order} LIMIT ${page.limit + 1})`;
      }
      // The page's ids from the narrow index first; only those rows are read (and re-sorted: at most limit + 1).
      const keys = sql`SELECT s.id AS id FROM ${arm.from} WHERE ${where(parts)} ${order} LIMIT ${page.limit + 1}`;
      return sql`SELECT * FROM (SELECT 0 AS pinned, ${tier} AS tier, ${COLUMNS} FROM (${keys}) k CROSS JOIN stories s ON s.id = k.id ${order})`;
    });
  if (selects.length === 0) return sql`SELECT 0 AS pinned, 0 AS tier, ${COLUMNS} FROM stories s WHERE 0`;
  // D1 allows only a few terms per compound SELECT: up to 4 arms per nested compound, each still run lazily as a co-routine.
  const groups: SQL[] = [];
  for (let i = 0; i < selects.length; i += COMPOUND_MAX) groups.push(sql.join(selects.slice(i, i + COMPOUND_MAX), sql` UNION ALL `));
  const body = groups.length === 1 ? groups[0] : sql.join(groups.map((g) => sql`SELECT * FROM (${g})`), sql` UNION ALL `);
  return sql`${body} LIMIT ${page.limit + 1}`;
}

/** The single statement behind one feed page (exported for the query-plan tests). */
export function feedStatement(page: FeedPageRequest, now: number): SQL {
  if (page.q !== undefined) return searchArm(page, page.q);
  const listing = listingArm(page);
  if (page.cursor !== undefined) return listing;
  return sql`SELECT * FROM (${pinnedArm(page, now)}) UNION ALL SELECT * FROM (${listing})`;
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function toRow(raw: RawRow): FeedRow {
  const tags = parseList(raw.tags);
  return {
    id: raw.id,
    slug: raw.slug,
    title: raw.title,
    summary: raw.summary,
    categoryCode: raw.category_code,
    provinceCode: raw.province_code,
    tags,
    tagNames: namesFor(tags, raw.tag_names),
    publishedAt: raw.published_at,
    thumbKey: raw.thumb_key,
    tier: raw.tier,
    approximate: false,
  };
}

const newestFirst = (a: FeedRow, b: FeedRow) => b.tier - a.tier || b.publishedAt - a.publishedAt || b.id - a.id;

/**
 * One page of published stories, newest first (search: best tier first). One D1 query.
 *
 * @example
 * const { items, next } = await listFeed(db, { province: 'DNG', limit: 20 }, Date.now());
 */
export async function listFeed(db: Db, page: FeedPageRequest, now: number): Promise<FeedResult> {
  const raw = await db.all<RawRow>(withTagNames(feedStatement(page, now)));
  const pinned = raw.filter((r) => r.pinned === 1).map(toRow).sort(newestFirst);
  const rows = raw.filter((r) => r.pinned !== 1).map(toRow).sort(newestFirst);
  const plan = page.q !== undefined ? searchPlan(page.q) : null;
  if (plan) for (const row of rows) row.approximate = isApproximate(plan, row.tier);
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  let next: Cursor | null = null;
  if (rows.length > page.limit && last) {
    next =
      page.q !== undefined
        ? { kind: 'search', tier: last.tier, publishedAt: last.publishedAt, id: last.id }
        : { kind: 'feed', publishedAt: last.publishedAt, id: last.id };
  }
  return { items, pinned, next };
}

/** Everything the story page and `GET /api/stories/:slug` show. */
export function publishedStoryQuery(db: Db, slug: string) {
  return db
    .select({
      id: stories.id,
      slug: stories.slug,
      title: stories.title,
      summary: stories.summary,
      body: stories.body,
      bodyHtml: stories.bodyHtml,
      categoryCode: stories.categoryCode,
      provinceCode: stories.provinceCode,
      commune: stories.commune,
      tags: stories.tags,
      // `{slug: name}` of the tags that have a name, in this same statement.
      tagNames: tagNamesColumn(sql`${stories.tags}`),
      coverKey: stories.coverKey,
      coverAlt: stories.coverAlt,
      sourceType: stories.sourceType,
      sourceDetail: stories.sourceDetail,
      captions: stories.captions,
      hashtags: stories.hashtags,
      replies: stories.replies,
      publishedAt: stories.publishedAt,
      updatedAt: stories.updatedAt,
      // The live revision: an edit awaiting its second editor is not what readers see.
      revision: sql<number>`coalesce(${stories.liveRevision}, ${stories.revision})`,
      // Folded into this one statement so a story page stays a single D1 query.
      corrections: correctionsColumn,
      // The unit behind the story (the writer's account), and the writer's name only when they agreed (show_author).
      authorUnit: sql<string | null>`(SELECT ${users.unit} FROM ${users} WHERE ${users.id} = ${stories.authorId})`,
      authorName: sql<string | null>`(CASE WHEN ${stories.showAuthor} THEN (SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${stories.authorId}) END)`,
      // Up to three stories to read next (related.queries.ts), in the same statement.
      related: relatedColumn,
    })
    .from(stories)
    .where(and(eq(stories.slug, slug), eq(stories.status, 'published')))
    .limit(1);
}

export type PublishedStory = Awaited<ReturnType<typeof publishedStoryQuery>>[number];

/** A published story by slug (stories_slug_unique), or null for unknown and unpublished slugs alike. */
export async function findPublishedStory(db: Db, slug: string): Promise<PublishedStory | null> {
  const rows = await publishedStoryQuery(db, slug);
  return rows[0] ?? null;
}

/** The newest published stories for RSS (stories_feed_idx). */
export function latestStoriesQuery(db: Db, limit: number) {
  return db
    .select({
      id: stories.id,
      slug: stories.slug,
      title: stories.title,
      summary: stories.summary,
      categoryCode: stories.categoryCode,
      provinceCode: stories.provinceCode,
      publishedAt: stories.publishedAt,
    })
    .from(stories)
    .where(eq(stories.status, 'published'))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
}

/** Slugs and change times of the newest published stories, for the sitemap (stories_feed_idx). */
export function sitemapQuery(db: Db, limit: number) {
  return db
    .select({ slug: stories.slug, updatedAt: stories.updatedAt, publishedAt: stories.publishedAt })
    .from(stories)
    .where(eq(stories.status, 'published'))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
}
