// Render once, store forever: a card is rendered on first request (or at publish),
// kept in R2 under its content-addressed name, and only ever read afterwards.
import { CARD_SIZES, cardFormats, cardTree, type CardContent, type CardFormat } from './card-design';
import { cardEngineAssets, cardFonts } from './card-assets';
import { cardCacheKey, cardHash, cardObjectKey } from './card-address';
import { initCardEngine, renderPng, type PngBytes } from './card-engine';
import { cardCover } from '../media/cover-media';

export const CARD_CACHE_CONTROL = 'public, max-age=31536000, immutable';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The cover as a data URI of its card-sized JPEG (workers/media/cover-media.ts: made once,
 * stored beside the original), so satori never decodes a 5 MB original and WebP covers
 * are drawn too. Null when absent, too large or not an image.
 */
export async function loadCover(bucket: R2Bucket, key: string | null): Promise<string | null> {
  if (!key) return null;
  const jpeg = await cardCover(bucket, key);
  return jpeg ? `data:image/jpeg;base64,${base64(jpeg)}` : null;
}

/** Draw one card now (no storage). */
export async function renderCard(env: Env, content: CardContent, format: CardFormat): Promise<PngBytes> {
  await initCardEngine(cardEngineAssets);
  const cover = await loadCover(env.MEDIA, content.coverKey);
  return renderPng(cardTree(content, format, cover), CARD_SIZES[format], cardFonts);
}

function putCard(env: Env, key: string, png: PngBytes, hash: string) {
  return env.MEDIA.put(key, png, {
    httpMetadata: { contentType: 'image/png', cacheControl: CARD_CACHE_CONTROL },
    customMetadata: { hash },
  });
}

export type StoredCard = { png: PngBytes; source: 'r2' | 'render' };

/**
 * The stored PNG, rendering and storing it first when this is the first request.
 * R2 being down does not cost the reader the card: an unreadable store is a miss, and
 * a card that rendered but could not be stored is served anyway (the next request
 * renders it again). Only a cover that cannot be read fails the request, since the
 * card drawn without it would be wrong under its content-addressed URL.
 */
export async function getOrRenderCard(env: Env, content: CardContent, hash: string, format: CardFormat): Promise<StoredCard> {
  const key = cardObjectKey(content.storyId, hash, format);
  const stored = await env.MEDIA.get(key).catch((err: unknown) => {
    console.error(`card ${key}: R2 read failed, rendering instead`, err);
    return null;
  });
  if (stored) return { png: new Uint8Array(await stored.arrayBuffer()), source: 'r2' };
  const png = await renderCard(env, content, format);
  await putCard(env, key, png, hash).catch((err: unknown) => console.error(`card ${key}: rendered but not stored in R2`, err));
  return { png, source: 'render' };
}

/**
 * Make sure both cards of the current content are in R2 and remove this story's
 * cards for older content (a stale URL is refused before storage is consulted anyway).
 */
export async function syncStoredCards(env: Env, storyId: number, content: CardContent | null): Promise<void> {
  const hash = content ? await cardHash(content) : null;
  if (content && hash) {
    for (const format of cardFormats) {
      const key = cardObjectKey(storyId, hash, format);
      if (await env.MEDIA.head(key)) continue;
      await putCard(env, key, await renderCard(env, content, format), hash);
    }
  }
  const listed = await env.MEDIA.list({ prefix: `cards/${storyId}-` });
  const stale = listed.objects.map((o) => o.key).filter((key) => !hash || !key.startsWith(`cards/${storyId}-${hash}`));
  if (stale.length > 0) {
    await env.MEDIA.delete(stale);
    // R2 keys are the URL paths without the leading slash.
    await Promise.all(stale.map((key) => caches.default.delete(cardCacheKey(`/${key}`))));
  }
}
