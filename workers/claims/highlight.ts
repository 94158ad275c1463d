// The matched words of a candidate, marked in the other case's text as the editor reads it.
// Matched words are folded (no accents, lower case: workers/reports/claim-key.ts), so each
// word of the text is folded the same way before it is compared; the text itself is shown as typed.
import { foldClaimText } from '../reports/claim-key';

export type TextPiece = { text: string; mark: boolean };

/**
 * @example
 * highlightWords('Uống nước chanh chữa COVID', ['nuoc', 'covid'])
 * // [{ text: 'Uống ', mark: false }, { text: 'nước', mark: true }, { text: ' chanh chữa ', mark: false }, { text: 'COVID', mark: true }]
 */
export function highlightWords(text: string, words: readonly string[]): TextPiece[] {
  const wanted = new Set(words.map((w) => foldClaimText(w)).filter(Boolean));
  const pieces: TextPiece[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = pieces.at(-1);
    if (last && last.mark === mark && !mark) last.text += piece;
    else pieces.push({ text: piece, mark });
  };
  for (const part of text.split(/([\p{L}\p{M}\p{N}]+)/u)) push(part, wanted.size > 0 && /[\p{L}\p{N}]/u.test(part) && wanted.has(foldClaimText(part)));
  return pieces;
}

/** The folded words two texts share, in the first text's order, at most `max` (what claim_matches.matched_words holds). */
export function sharedWords(a: string, b: string, max = 20): string[] {
  const other = new Set(foldClaimText(b).split(' ').filter(Boolean));
  const out: string[] = [];
  for (const w of foldClaimText(a).split(' ')) {
    if (w && other.has(w) && !out.includes(w)) out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

/** matched_words as stored (a JSON array of strings); anything else reads as no words. */
export function parseMatchedWords(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((w): w is string => typeof w === 'string').slice(0, 20) : [];
  } catch {
    return [];
  }
}
