// "Đọc thêm" under a story: up to three other published stories, the same province
// first, then the same category, newest first within each. ONE D1 statement.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../core/db';
import { COLUMNS, toRow, type FeedRow, type RawRow } from './feed.queries';

export const RELATED_MAX = 3;

export type RelatedOf = { id: number; provinceCode: string; categoryCode: string };

/**
 * Score: 3 = same province and category, 2 = same province, 1 = same category.
 * Three small arms, each walking a feed index newest first and stopping at three rows:
 * the province and category pair, the province, the category. Their union holds the
 * true top three (each arm's three newest contain every better-scored row it could be
 * beaten by), and `UNION` drops a story found by two arms (its score is the same in both).
 */
export function relatedStatement(story: RelatedOf): SQL {
  const score = sql`((s.province_code = ${story.provinceCode}) * 2 + (s.category_code = ${story.categoryCode})) AS score`;
  const arm = (where: SQL) =>
    sql`SELECT * FROM (SELECT ${score}, 0 AS pinned, 0 AS tier, ${COLUMNS} FROM stories s WHERE s.status = 'published' AND s.id <> ${story.id} AND ${where} ORDER BY s.published_at DESC, s.id DESC LIMIT ${RELATED_MAX})`;
  const both = arm(sql`s.province_code = ${story.provinceCode} AND s.category_code = ${story.categoryCode}`);
  const province = arm(sql`s.province_code = ${story.provinceCode}`);
  const category = arm(sql`s.category_code = ${story.categoryCode}`);
  return sql`SELECT * FROM (${both} UNION ${province} UNION ${category}) ORDER BY score DESC, published_at DESC, id DESC LIMIT ${RELATED_MAX}`;
}

/**
 * Up to three published stories to read (and share) next; never the story itself.
 *
 * @example
 * const next = await relatedStories(db, { id: 7, provinceCode: 'DNG', categoryCode: 'good_deed' });
 */
export async function relatedStories(db: Db, story: RelatedOf): Promise<FeedRow[]> {
  const rows = await db.all<RawRow & { score: number }>(relatedStatement(story));
  return rows.map(toRow);
}
