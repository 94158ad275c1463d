// Finding published stories to add to a campaign, by title, without accents mattering:
// "hai chau" finds "Hải Châu". It reads the feed's folded FTS5 index (`stories_fts`,
// published stories only, kept by triggers), limited to its title column. Nothing
// typed becomes SQL or FTS5 syntax: each word is quoted, the last one is a prefix so
// results appear while a word is still being typed.
import { sql } from 'drizzle-orm';
import type { Db } from '../core/db';
import { MAX_SEARCH_TERMS } from '../stories/search';
import { foldVietnamese, nfc } from '../stories/text';

/** Results shown at most: a picker, not a feed. */
export const PICKER_LIMIT = 20;

export type PickerStory = {
  id: number;
  slug: string;
  title: string;
  provinceCode: string;
  provinceName: string;
  publishedAt: number;
};

/**
 * The FTS5 query for `typed` restricted to titles (`title : ("hai" "chau"*)`), or null
 * when it holds no letter or digit. Words are folded the way the index folds them.
 */
export function titleQuery(typed: string): string | null {
  const words = (nfc(typed).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS).map((w) => foldVietnamese(w));
  if (words.length === 0) return null;
  const quoted = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`));
  return `title : (${quoted.join(' ')})`;
}

type Raw = { id: number; slug: string; title: string; province_code: string; province_name: string | null; published_at: number };

/** Published stories whose title holds every typed word (accents ignored), newest first. */
export async function searchPublishedTitles(db: Db, typed: string, limit = PICKER_LIMIT): Promise<PickerStory[]> {
  const match = titleQuery(typed);
  if (!match) return [];
  const rows = await db.all<Raw>(
    sql`SELECT s.id, s.slug, s.title, s.province_code, p.name AS province_name, s.published_at
        FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid LEFT JOIN provinces p ON p.code = s.province_code
        WHERE stories_fts MATCH ${match} AND s.status = 'published'
        ORDER BY s.published_at DESC, s.id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    provinceCode: r.province_code,
    provinceName: r.province_name ?? r.province_code,
    publishedAt: r.published_at,
  }));
}
