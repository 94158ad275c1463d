// "Đọc và chia sẻ tiếp" under a story: up to three other published stories, the same
// province first, then the same category, newest first within each. Folded into the story
// page's own statement (one column), so a story page stays ONE D1 query.
import { sql, type SQL } from 'drizzle-orm';
import { stories } from '../../schema';
import type { FeedRow } from './feed.queries';
import { namesFor } from './tag-names';

export const RELATED_MAX = 3;

/** One arm: the newest published stories (never the story itself) matching `where`, as a JSON array. */
function arm(where: SQL): SQL {
  // Bare names: the columns of the unnamed subquery below (the query-plan test reads it as "SCAN (subquery-N)").
  const row = sql.raw(
    "json_object('id', id, 'slug', slug, 'title', title, 'summary', summary, 'category_code', category_code, " +
      "'province_code', province_code, 'tags', json(tags), 'published_at', published_at, 'thumb_key', thumb_key)",
  );
  // The inner table is aliased `s`, so `stories` below is always the page's story (the outer row).
  return sql`(SELECT json_group_array(${row}) FROM (SELECT s.id, s.slug, s.title, s.summary, s.category_code, s.province_code, s.tags, s.published_at, s.thumb_key FROM stories s WHERE s.status = 'published' AND s.id <> ${stories.id} AND ${where} ORDER BY s.published_at DESC, s.id DESC LIMIT ${RELATED_MAX}))`;
}

/**
 * A column of the story page's query: three small arms, each walking a feed index newest first
 * and stopping at three rows (same province and category, same province, same category).
 * Their union holds the true top three, which `pickRelated` ranks. No sort in SQL.
 */
export const relatedColumn = sql<string>`json_array(${arm(
  sql`s.province_code = ${stories.provinceCode} AND s.category_code = ${stories.categoryCode}`,
)}, ${arm(sql`s.province_code = ${stories.provinceCode}`)}, ${arm(sql`s.category_code = ${stories.categoryCode}`)})`;

type RelatedJson = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  category_code: string;
  province_code: string;
  tags: unknown;
  published_at: number;
  thumb_key?: string | null;
};

function isRelated(value: unknown): value is RelatedJson {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.id === 'number' && typeof r.slug === 'string' && typeof r.title === 'string' && typeof r.published_at === 'number';
}

/**
 * The three arms' rows, ranked: same province and category (3), same province (2), same
 * category (1), newest first within a rank; each story once.
 *
 * @example
 * pickRelated(row.related, { provinceCode: 'DNG', categoryCode: 'good_deed' })
 */
export function pickRelated(json: string | null, story: { provinceCode: string; categoryCode: string }): FeedRow[] {
  let arms: unknown;
  try {
    arms = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  const seen = new Map<number, FeedRow & { score: number }>();
  for (const list of Array.isArray(arms) ? arms : []) {
    for (const r of Array.isArray(list) ? list : []) {
      if (!isRelated(r) || seen.has(r.id)) continue;
      const score = (r.province_code === story.provinceCode ? 2 : 0) + (r.category_code === story.categoryCode ? 1 : 0);
      const tags = Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : [];
      seen.set(r.id, {
        id: r.id,
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        categoryCode: r.category_code,
        provinceCode: r.province_code,
        tags,
        // Related items show no tags: names read from the slugs are enough for the JSON.
        tagNames: namesFor(tags, null),
        publishedAt: r.published_at,
        thumbKey: typeof r.thumb_key === 'string' ? r.thumb_key : null,
        tier: 0,
        approximate: false,
        score,
      });
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id)
    .slice(0, RELATED_MAX)
    .map(({ score: _score, ...row }) => row);
}
