// Opaque page cursors for keyset pagination. A cursor is the sort key of the
// last item on a page, base64url-encoded JSON, so clients cannot build or edit
// one meaningfully and the server never needs OFFSET.
//
// - feed:   newest first, key (published_at, id)
// - search: key (tier, published_at, id), where `tier` is the match quality of
//           the story for the query (see search.ts). A tier depends only on the
//           story and the query, never on the rest of the corpus (unlike bm25),
//           so a walk stays exact while other stories are published.
import { toBase64Url } from '../core/crypto';
import { TIER_MAX } from './search';

export type FeedCursor = { kind: 'feed'; publishedAt: number; id: number };
export type SearchCursor = { kind: 'search'; tier: number; publishedAt: number; id: number };
export type Cursor = FeedCursor | SearchCursor;

/** Longest encoded cursor we accept (a search cursor is about 40 characters). */
export const MAX_CURSOR_LENGTH = 120;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function encodeCursor(cursor: Cursor): string {
  const tuple = cursor.kind === 'feed' ? ['f', cursor.publishedAt, cursor.id] : ['s', cursor.tier, cursor.publishedAt, cursor.id];
  return toBase64Url(encoder.encode(JSON.stringify(tuple)));
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

const isKey = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** The cursor inside `text`, or null when it is not one of ours. Never throws. */
export function decodeCursor(text: string): Cursor | null {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH) return null;
  const bytes = fromBase64Url(text);
  if (!bytes) return null;
  let tuple: unknown;
  try {
    tuple = JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
  if (!Array.isArray(tuple)) return null;
  const [kind, ...rest] = tuple as unknown[];
  if (kind === 'f' && rest.length === 2 && rest.every(isKey)) {
    return { kind: 'feed', publishedAt: rest[0] as number, id: rest[1] as number };
  }
  if (kind === 's' && rest.length === 3 && rest.every(isKey) && (rest[0] as number) <= TIER_MAX) {
    return { kind: 'search', tier: rest[0] as number, publishedAt: rest[1] as number, id: rest[2] as number };
  }
  return null;
}
