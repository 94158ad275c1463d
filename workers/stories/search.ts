// Turning what a reader typed into FTS5 queries. Input is NFC-normalised and cut
// into letter/digit runs, the same units FTS5's unicode61 tokenizer indexes; each
// becomes a quoted string, so nothing typed can act as FTS5 syntax (AND, NEAR, *, ^, :).
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
  /** The words with their marks (matched against `stories_fts_exact`); null when none was typed. */
  exact: string | null;
};

const quote = (words: string[]) => words.map((w) => `"${w}"`).join(' ');

/**
 * Ranking tiers (higher first, then newest first):
 * 2 — the accented words match exactly (only for queries typed with marks);
 * 1 — the folded words appear as a phrase.
 * A story's tier is the sum, 0..3.
 */
export const TIER_EXACT = 2;
export const TIER_PHRASE = 1;

/** Searchable words of `query`, or null when there are none (`"?!"`). */
export function searchTerms(query: string): SearchTerms | null {
  const words = (nfc(query).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);
  if (words.length === 0) return null;
  const folded = words.map((w) => foldVietnamese(w));
  const accented = folded.some((w, i) => w !== words[i]);
  return {
    all: quote(folded),
    phrase: folded.length > 1 ? `"${folded.join(' ')}"` : null,
    exact: accented ? quote(words) : null,
  };
}
