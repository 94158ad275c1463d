import { Hono } from 'hono';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { cardCacheKey, cardHash, cardPath, parseCardFile } from './card-address';
import { loadCardContent } from './card-content';
import { CARD_CACHE_CONTROL, getOrRenderCard } from './card-store';
import { thumbRoutes } from '../media/media.routes';

function cardHeaders(etag: string, source: string): Record<string, string> {
  return {
    'Content-Type': 'image/png',
    'Cache-Control': CARD_CACHE_CONTROL,
    ETag: etag,
    // Where the bytes came from (cache, r2, render): lets the benchmark and operators see hit rates.
    'Server-Timing': `card;desc="${source}"`,
  };
}

/**
 * `GET /cards/<id>-<hash>.png` and `…-square.png`: the story's share cards.
 * The URL is content-addressed, so a cached PNG is served without touching D1
 * (the Cache API in front). On a miss the hash is checked against the story as it
 * is now (one D1 read by primary key): a stale hash redirects (302, not cached)
 * to the current card, an unpublished story is 404. Editing or archiving a story
 * drops its old cards from R2 and from this cache (card-events.ts), so an old
 * title is never served under a new one. The list thumbnails (`/media/thumbs/…`, made from
 * covers and cards) are mounted here too.
 */
export const cardRoutes = new Hono<AppEnv>().route('/', thumbRoutes).get('/cards/:file', async (c) => {
  const parsed = parseCardFile(c.req.param('file'));
  if (!parsed) throw new AppError('NOT_FOUND', 'No such card');
  const path = cardPath(parsed.storyId, parsed.hash, parsed.format);
  const etag = `"${parsed.hash}-${parsed.format}"`;
  const cache = caches.default;
  const cached = await cache.match(cardCacheKey(path));
  if (cached?.body) {
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, { ETag: etag, 'Cache-Control': CARD_CACHE_CONTROL });
    return c.body(cached.body, 200, cardHeaders(etag, 'cache'));
  }

  const content = await loadCardContent(c.var.db, parsed.storyId);
  if (!content) throw new AppError('NOT_FOUND', 'No such card');
  const hash = await cardHash(content);
  if (hash !== parsed.hash) {
    c.header('Cache-Control', 'no-store');
    return c.redirect(cardPath(content.storyId, hash, parsed.format), 302);
  }
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, { ETag: etag, 'Cache-Control': CARD_CACHE_CONTROL });

  const card = await getOrRenderCard(c.env, content, hash, parsed.format);
  // A fresh Response for the cache: only the card's own headers (never a Set-Cookie).
  c.executionCtx.waitUntil(cache.put(cardCacheKey(path), new Response(card.png, { headers: cardHeaders(etag, 'cache') })));
  return c.body(card.png, 200, cardHeaders(etag, card.source));
});

function matchesEtag(header: string | undefined, etag: string): boolean {
  return header?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag) ?? false;
}
