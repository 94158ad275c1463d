// Turning what a reader typed into FTS5 queries and ranking tiers. Input is NFC-normalised
// and cut into letter/digit runs, the same units FTS5's unicode61 tokenizer indexes; each
// becomes a quoted string, so nothing typed can act as FTS5 syntax (AND, NEAR, *, ^, :).
import type { ProvinceCode } from '../geo/reference';
import { provinceIn } from './search-places';
import { foldVietnamese, nfc } from './text';

/** At most this many words of a query are used; the rest are ignored. */
export const MAX_SEARCH_TERMS = 8;
/** Long enough for a pasted link (the longest a report may carry); only the first words are searched. */
export const MAX_QUERY_LENGTH = 2048;

export type SearchTerms = {
  /** Every folded word must appear (matched against `stories_fts`). */
  all: string;
  /** The folded words side by side, as typed (`"da nang"`); null for one word. */
  phrase: string | null;
  /**
   * The words typed WITH marks, as typed (matched against `stories_fts_exact`); null when none was.
   * Words typed without marks say nothing about accents, so they are only compared folded.
   */
  exact: string | null;
};

const quote = (words: string[]) => words.map((w) => `"${w}"`).join(' ');

/**
 * Ranking tiers, highest first; a story's tier is the sum (0..7), and within a tier newest first:
 * 4 — every word typed with marks appears with those marks (only for queries typed with marks;
 *     below this tier come the "approximate" results, which match only once marks are removed);
 * 2 — the story's province is the one the query names (`ha noi`, `tp hcm`, `Huế`);
 * 1 — the words appear side by side, as typed (for a province query: the other words).
 * A tier depends only on the story and the query, never on the rest of the corpus, so a
 * search cursor (tier, published_at, id) stays exact while stories are published.
 */
export const TIER_EXACT = 4;
export const TIER_PROVINCE = 2;
export const TIER_PHRASE = 1;
export const TIER_MAX = TIER_EXACT + TIER_PROVINCE + TIER_PHRASE;

const wordsOf = (query: string) => (nfc(query).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);

function termsOf(words: string[]): SearchTerms | null {
  if (words.length === 0) return null;
  const folded = words.map((w) => foldVietnamese(w));
  const marked = words.filter((w, i) => w !== folded[i]);
  return {
    all: quote(folded),
    phrase: folded.length > 1 ? `"${folded.join(' ')}"` : null,
    exact: marked.length > 0 ? quote(marked) : null,
  };
}

/** Searchable words of `query`, or null when there are none (`"?!"`). */
export function searchTerms(query: string): SearchTerms | null {
  return termsOf(wordsOf(query));
}

export type SearchPlan = {
  /** The whole query: what a story of any other province must match. */
  text: SearchTerms;
  /** Typed with marks: results split into exact (tier ≥ 4) and approximate. */
  accented: boolean;
  /**
   * The province the query names, and the other words (null when the name was the whole query:
   * then every story of the province matches, as its place is indexed with it).
   */
  province: { code: ProvinceCode; rest: SearchTerms | null } | null;
};

/** How to search and rank `query`, or null when it has no searchable words. */
export function searchPlan(query: string): SearchPlan | null {
  const words = wordsOf(query);
  const text = termsOf(words);
  if (!text) return null;
  const named = provinceIn(words);
  return {
    text,
    accented: text.exact !== null,
    province: named ? { code: named.code, rest: termsOf([...words.slice(0, named.start), ...words.slice(named.end)]) } : null,
  };
}

/** A result of an accented query that matches only once marks are removed ("Kết quả gần đúng"). */
export const isApproximate = (plan: SearchPlan, tier: number) => plan.accented && tier < TIER_EXACT;
