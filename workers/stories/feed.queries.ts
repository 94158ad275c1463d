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
import { searchTerms, TIER_EXACT, TIER_PHRASE } from './search';

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
  publishedAt: number;
  /** Search match quality (0..3, see search.ts); 0 outside search. */
  tier: number;
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
    's.province_code AS province_code, s.tags AS tags, s.published_at AS published_at',
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

/**
 * Search: every folded word must match `stories_fts`; the tier lifts exact-accent
 * matches (stories_fts_exact) and phrase matches; ties go newest first.
 */
function searchArm(page: FeedPageRequest, q: string): SQL {
  const terms = searchTerms(q);
  // The schema refuses text without letters or digits; this is the query layer's own guard.
  if (!terms) return sql`SELECT 0 AS pinned, 0 AS tier, ${COLUMNS} FROM stories s WHERE 0`;
  const tierParts: SQL[] = [];
  if (terms.exact) {
    tierParts.push(
      sql`(CASE WHEN s.id IN (SELECT rowid FROM stories_fts_exact WHERE stories_fts_exact MATCH ${terms.exact}) THEN ${TIER_EXACT} ELSE 0 END)`,
    );
  }
  if (terms.phrase) {
    tierParts.push(sql`(CASE WHEN s.id IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ${terms.phrase}) THEN ${TIER_PHRASE} ELSE 0 END)`);
  }
  const tier = tierParts.length > 0 ? sql.join(tierParts, sql` + `) : sql`0`;
  const parts = [sql`stories_fts MATCH ${terms.all}`, PUBLISHED, ...conditions(page)];
  if (page.tag !== undefined) parts.push(tagMember(page.tag));
  const after =
    page.cursor?.kind === 'search'
      ? sql`WHERE (m.tier, m.published_at, m.id) < (${page.cursor.tier}, ${page.cursor.publishedAt}, ${page.cursor.id})`
      : sql``;
  // MATERIALIZED: the matches are ranked once; without it SQLite inlines the tier expression (and its FTS lookups) twice.
  return sql`WITH m AS MATERIALIZED (SELECT ${tier} AS tier, ${COLUMNS} FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid WHERE ${where(parts)}) SELECT 0 AS pinned, m.* FROM m ${after} ORDER BY m.tier DESC, m.published_at DESC, m.id DESC LIMIT ${page.limit + 1}`;
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
  return {
    id: raw.id,
    slug: raw.slug,
    title: raw.title,
    summary: raw.summary,
    categoryCode: raw.category_code,
    provinceCode: raw.province_code,
    tags: parseList(raw.tags),
    publishedAt: raw.published_at,
    tier: raw.tier,
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
  const raw = await db.all<RawRow>(feedStatement(page, now));
  const pinned = raw.filter((r) => r.pinned === 1).map(toRow).sort(newestFirst);
  const rows = raw.filter((r) => r.pinned !== 1).map(toRow).sort(newestFirst);
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
      coverKey: stories.coverKey,
      coverAlt: stories.coverAlt,
      sourceType: stories.sourceType,
      sourceDetail: stories.sourceDetail,
      captions: stories.captions,
      hashtags: stories.hashtags,
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
