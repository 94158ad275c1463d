// Where derived images live in R2 (the MEDIA bucket, beside the originals) and their URLs.
// Every name is content-addressed: a cover key is never reused for other bytes, and a card
// hash changes with everything the card draws, so each URL may be cached forever.

/** List thumbnails are 16:9: the share card (1200×630) loses only 7 % of its width to the crop. */
export const THUMB_SIZES = {
  x1: { width: 192, height: 108 },
  x2: { width: 384, height: 216 },
} as const;
export type ThumbScale = keyof typeof THUMB_SIZES;

/** Bump when the thumbnail size, crop or encoder changes: every thumbnail gets a new name. */
export const MEDIA_VERSION = 't1';

const IMMUTABLE = 'public, max-age=31536000, immutable';
export const MEDIA_CACHE_CONTROL = IMMUTABLE;

/** `covers/12-AbCd….webp` → `12-AbCd…` (the cover's unique name without its extension). */
function coverStem(coverKey: string): string {
  return coverKey.replace(/^covers\//, '').replace(/\.[a-z]+$/, '');
}

/** Thumbnails of a cover: `thumbs/t1-c-<cover>`, files `…-1x.jpg` and `…-2x.jpg`. */
export function coverThumbBase(coverKey: string): string {
  return `thumbs/${MEDIA_VERSION}-c-${coverStem(coverKey)}`;
}

/** Thumbnails of a story's OG share card (stories without a cover). */
export function cardThumbBase(storyId: number, cardHash: string): string {
  return `thumbs/${MEDIA_VERSION}-k-${storyId}-${cardHash}`;
}

/** The cover downsized for share cards (≤ 1200×1080 JPEG); never served, only drawn. */
export function cardCoverKey(coverKey: string): string {
  return `thumbs/${MEDIA_VERSION}-c-${coverStem(coverKey)}-card.jpg`;
}

export function thumbFileKey(base: string, scale: '1x' | '2x'): string {
  return `${base}-${scale}.jpg`;
}

/** The public path of a thumbnail file: `/media/thumbs/…-1x.jpg`. */
export function thumbPath(base: string, scale: '1x' | '2x'): string {
  return `/media/${thumbFileKey(base, scale)}`;
}

/** File names the thumbnail route serves (anything else is 404 before R2 is asked). */
export const THUMB_FILE = /^t\d{1,3}-[ck]-[A-Za-z0-9_-]{1,120}-[12]x\.jpg$/;

/** R2 put options of every derived image (structurally an R2PutOptions; Node scripts import this file too). */
export function putOptions(contentType: string): { httpMetadata: { contentType: string; cacheControl: string } } {
  return { httpMetadata: { contentType, cacheControl: IMMUTABLE } };
}
