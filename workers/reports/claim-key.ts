// Case keys for reports without a link. A rumour forwarded from a chat arrives as
// retyped or copied text, or as a screenshot: the same text sent by many people
// (with or without accents, emoji, a different case or spacing) must land in ONE
// case, so it is folded before it is hashed. The key takes the place of the
// canonical URL in `cases.canonical_url`; it is never shown to a person.
import { sha256Hex, toHex } from '../core/crypto';
import { foldVietnamese } from '../stories/text';

/** What a report or case is about: a link, a copied text, or only a screenshot. */
export type ContentKind = 'link' | 'text' | 'image';

/** A description counts as the claim itself from this many characters (as typed, after cleaning). */
export const MIN_CLAIM_TEXT = 20;

const TEXT_PREFIX = 'claim:text:';
const IMAGE_PREFIX = 'claim:image:';

/**
 * The claim's text reduced to what identifies it: NFC, lower case, Vietnamese
 * accents and đ folded, links, hashtags, emoji and punctuation dropped, single spaces.
 *
 * @example
 * foldClaimText('🔥 Uống NƯỚC chanh   chữa được COVID!!! #chiase https://t.me/x') // 'uong nuoc chanh chua duoc covid'
 */
export function foldClaimText(text: string): string {
  return foldVietnamese(text.normalize('NFC').toLowerCase())
    .replace(/\b(?:https?:\/\/|www\.)\S*/g, ' ')
    .replace(/#[\p{L}\p{N}_]+/gu, ' ')
    // Letters and digits of any script survive; emoji, symbols and punctuation become spaces.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Is this description long enough, and more than links and emoji, to stand for the claim? */
export function isClaimText(description: string | undefined | null): boolean {
  if (!description) return false;
  return [...description.trim()].length >= MIN_CLAIM_TEXT && foldClaimText(description) !== '';
}

/** `claim:text:<sha256 hex of the folded text>`. */
export async function claimTextKey(description: string): Promise<string> {
  return `${TEXT_PREFIX}${await sha256Hex(foldClaimText(description))}`;
}

/** `claim:image:<sha256 hex of the image bytes>`: the same screenshot forwarded twice is one case. */
export async function claimImageKey(bytes: Uint8Array): Promise<string> {
  // `as BufferSource`: Node's types (scripts and browser fixtures import the claims matcher) refuse a view that could be shared memory.
  return `${IMAGE_PREFIX}${toHex(await crypto.subtle.digest('SHA-256', bytes as BufferSource))}`;
}

/** A case's kind from its key: canonical URLs are always http(s), so they never start with `claim:`. */
export function caseContentKind(canonicalUrl: string): ContentKind {
  if (canonicalUrl.startsWith(TEXT_PREFIX)) return 'text';
  if (canonicalUrl.startsWith(IMAGE_PREFIX)) return 'image';
  return 'link';
}

/** A report's kind from what it holds (`reports.url` is '' for a linkless report). */
export function reportContentKind(report: { url: string; description: string | null }): ContentKind {
  if (report.url) return 'link';
  return isClaimText(report.description) ? 'text' : 'image';
}

/** The URL to show or return: null in place of a claim key or an empty link. */
export function shownUrl(urlOrKey: string): string | null {
  return urlOrKey === '' || caseContentKind(urlOrKey) !== 'link' ? null : urlOrKey;
}
