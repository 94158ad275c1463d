// Edge cache for anonymous reads (feed, stories, RSS, sitemap, guidelines).
// Keyed by path + the allow-listed query parameters + the reader's language, so
// junk parameters cannot fill the cache. Short TTL: a story published or archived
// shows within a minute. Signed-in and error responses are never stored.
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../core/types';

/** Seconds an anonymous read may be served from cache. At most a minute, so publishing shows quickly. */
export const CACHE_TTL_SECONDS = 60;

export type CacheOptions = {
  /** Query parameters that change the answer; all others are left out of the key. */
  params?: readonly string[];
};

/** TTL, overridable (downwards only) with the FEED_CACHE_TTL variable; `0` turns caching off (the benchmark's uncached runs). */
export function cacheTtl(env: Env): number {
  const raw = env.FEED_CACHE_TTL;
  if (raw === undefined || raw === '') return CACHE_TTL_SECONDS;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.max(0, Math.min(CACHE_TTL_SECONDS, Math.floor(n))) : CACHE_TTL_SECONDS;
}

/** The cache key: origin + path + sorted allow-listed parameters + language. */
export function cacheKey(c: Context<AppEnv>, params: readonly string[] = []): Request {
  const url = new URL(c.req.url);
  const key = new URL(url.origin + url.pathname);
  for (const name of [...params].sort()) {
    const value = url.searchParams.get(name);
    if (value !== null && value.trim() !== '') key.searchParams.set(name, value.trim());
  }
  key.searchParams.set('__lang', c.var.lang);
  return new Request(key.toString(), { method: 'GET' });
}

// Never leaves our cache: the reader's cookies and request ids belong to one response.
const PRIVATE_HEADERS = ['set-cookie', 'x-request-id'];

/**
 * Serve anonymous GETs from `caches.default`, storing 200s for `CACHE_TTL_SECONDS`.
 * Readers always get `Cache-Control: no-cache` (a browser must not keep a page
 * across a sign-in or a language switch); signed-in readers get `private, no-store`.
 * Sets `X-Cache: HIT | MISS` for tests and operators.
 *
 * @example
 * routes.get('/api/stories', validate('query', feedQuerySchema), cacheAnonymous({ params: ['province'] }), handler)
 */
export function cacheAnonymous(options: CacheOptions = {}): MiddlewareHandler<AppEnv> {
  return async function cacheAnonymous(c, next) {
    const ttl = cacheTtl(c.env);
    if (c.var.user !== null || c.req.method !== 'GET' || ttl === 0 || typeof caches === 'undefined') {
      await next();
      c.header('Cache-Control', c.var.user !== null ? 'private, no-store' : 'no-cache');
      return;
    }
    const cache = caches.default;
    const key = cacheKey(c, options.params);
    const hit = await cache.match(key);
    if (hit) {
      // Through c.body, so headers set earlier in the chain (X-Request-Id, a language cookie) are kept.
      const headers: Record<string, string> = Object.fromEntries(hit.headers);
      headers['cache-control'] = 'no-cache';
      headers['x-cache'] = 'HIT';
      return c.body(hit.body ?? '', hit.status as ContentfulStatusCode, headers);
    }
    await next();
    if (c.res.status !== 200 || c.error) return;
    const stored = new Response(c.res.clone().body, c.res);
    for (const name of PRIVATE_HEADERS) stored.headers.delete(name);
    stored.headers.set('Cache-Control', `public, max-age=${ttl}`);
    c.executionCtx.waitUntil(cache.put(key, stored));
    c.header('Cache-Control', 'no-cache');
    c.header('X-Cache', 'MISS');
  };
}
