// Cache for anonymous reads (feed, stories, RSS, sitemap, guidelines), in two layers:
// 1. a small per-isolate memory cache (bounded; a hot isolate answers without any I/O),
// 2. the Cache API (`caches.default`), shared by the isolates of a data centre.
// Keyed by path + the allow-listed query parameters + the reader's language, so
// junk parameters cannot fill it; a cached page links back only to what its key holds
// (`c.var.pagePath`), so junk parameters cannot ride along in it either. Everything expires CACHE_TTL_SECONDS after the
// response was made, whichever layer serves it: a story published or archived shows
// within a minute everywhere, and at once in the isolate that handled the change
// (story events bump this isolate's cache generation). Where the zone's purge API is
// configured (cache-purge.ts), a story event also purges the Cache API copies by tag in
// every data centre, and memory re-checks the Cache API every MEMORY_RECHECK_SECONDS,
// so the change shows everywhere within about ten seconds. Signed-in and error
// responses are never stored. Hits for anonymous readers are normally answered before
// the app's middleware by `answerFromCache` (cached-hit.ts, called from workers/index.ts);
// this middleware stores misses and answers the hits the fast path leaves to it (`?lang=`).
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../core/types';
import { cachedRouteFor, cacheTagsFor, type CachedRoute } from './cache-routes';

/** Seconds an anonymous read may be served from cache. At most a minute, so publishing shows quickly. */
export const CACHE_TTL_SECONDS = 60;

/** When the response was made (epoch ms), carried by stored copies so no layer extends its life. */
const MADE_AT = 'x-made-at';
/** Tags on the Cache API copy, for the zone's purge-by-tag API (cache-purge.ts); never shown to readers. */
const CACHE_TAG = 'cache-tag';

/**
 * How long this isolate's memory keeps a copy taken from the Cache API before asking it
 * again: a purge by tag (cache-purge.ts) empties the Cache API in every data centre, and
 * this bounds how long an isolate elsewhere can still answer from memory (at most one
 * Cache API lookup per page per isolate every 10 s, which costs nothing measurable).
 */
export const MEMORY_RECHECK_SECONDS = 10;

/** TTL, overridable (downwards only) with the FEED_CACHE_TTL variable; `0` turns caching off (the benchmark's uncached runs). */
export function cacheTtl(env: Env): number {
  const raw = env.FEED_CACHE_TTL;
  if (raw === undefined || raw === '') return CACHE_TTL_SECONDS;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.max(0, Math.min(CACHE_TTL_SECONDS, Math.floor(n))) : CACHE_TTL_SECONDS;
}

/**
 * This isolate's cache generation, part of every key. Story events (publish, edit,
 * archive) bump it, so the isolate that made the change stops serving copies from
 * before it at once; copies held elsewhere still expire within CACHE_TTL_SECONDS.
 */
let generation = 0;

/** Forget every cached read of this isolate (both layers, through the key). */
export function forgetCachedReads(): void {
  generation += 1;
  memoryCache.clear();
}

/** Story-event handler (workers/stories/events.ts): a changed story must not wait for the TTL here. */
export async function forgetCachedReadsOnStoryEvent(): Promise<void> {
  forgetCachedReads();
}

/**
 * The allow-listed query parameters of a request, decoded by Hono exactly as the
 * validator and the handlers decode them (one decoding for the key and the page,
 * bad UTF-8 included: `%FF` stays the literal text `%FF` in both). Every value of a
 * repeated parameter is kept, in order, so two requests share a key only if the
 * handler sees the same input. Names are sorted, values are not touched.
 */
export function keyedParams(query: Record<string, string[]>, params: readonly string[] = []): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of [...params].sort()) for (const value of query[name] ?? []) pairs.push([name, value]);
  return pairs;
}

/**
 * Path and query a cached page may link back to (the language switch): the path
 * plus only the parameters in the cache key. Anything else in the URL (`utm_*`,
 * `fbclid`, junk) is not in the key, so it must not be in the page either, or the
 * first visitor's junk would be served to everyone for a minute.
 */
export function keyedPath(url: string, pairs: readonly [string, string][]): string {
  const { pathname } = new URL(url);
  const query = new URLSearchParams([...pairs]).toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The cache key: origin + path + the keyed parameters (as `keyedParams` gives them) + language + generation. */
export function cacheKeyFor(url: string, lang: string, pairs: readonly [string, string][] = []): string {
  const parsed = new URL(url);
  const key = new URL(parsed.origin + parsed.pathname);
  for (const [name, value] of pairs) key.searchParams.append(name, value);
  key.searchParams.set('__lang', lang);
  key.searchParams.set('__gen', String(generation));
  return key.toString();
}

export type Stored = { status: number; headers: Record<string, string>; body: ArrayBuffer; expires: number };

/**
 * Layer 1: least-recently-used, bounded by entries and bytes so one isolate
 * never holds more than a few MB. Module state is per isolate, which is the point.
 */
export class MemoryCache {
  private entries = new Map<string, Stored>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 256,
    private readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  get(key: string, now: number): Stored | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) {
      this.bytes -= entry.body.byteLength;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used goes last
    return entry;
  }

  set(key: string, entry: Stored): void {
    if (entry.body.byteLength > this.maxBytes / 16) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.byteLength;
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.byteLength;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

export const memoryCache = new MemoryCache();

// Never leave our cache: the reader's cookies and request ids belong to one response.
const PRIVATE_HEADERS = ['set-cookie', 'x-request-id'];

/**
 * The stored copy for `key`: this isolate's memory first, then the data centre's
 * Cache API (whose copy then goes into memory, expiring when the original would).
 * Shared by the middleware and the fast path, so both find exactly the same copies.
 */
export async function cachedCopy(key: string, ttl: number): Promise<Stored | undefined> {
  const remembered = memoryCache.get(key, Date.now());
  if (remembered) return remembered;
  const hit = await caches.default.match(key);
  if (!hit) return undefined;
  const now = Date.now();
  const madeAt = Number(hit.headers.get(MADE_AT)) || now;
  const { [CACHE_TAG]: _tags, ...headers } = Object.fromEntries(hit.headers);
  const expires = Math.min(madeAt + ttl * 1000, now + MEMORY_RECHECK_SECONDS * 1000);
  const stored: Stored = { status: hit.status, headers, body: await hit.arrayBuffer(), expires };
  memoryCache.set(key, stored);
  return stored;
}

/** A stored copy's own headers as a reader gets them: no bookkeeping, revalidate every time, marked HIT. */
export function hitHeaders(stored: Stored): Record<string, string> {
  const { [MADE_AT]: _madeAt, ...kept } = stored.headers;
  return { ...kept, 'cache-control': 'no-cache', 'x-cache': 'HIT' };
}

function answer(c: Context<AppEnv>, stored: Stored) {
  // Through c.body, so headers set earlier in the chain (X-Request-Id, a language cookie) are kept.
  return c.body(stored.body, stored.status as ContentfulStatusCode, hitHeaders(stored));
}

/**
 * Serve anonymous GETs from cache, storing 200s for `CACHE_TTL_SECONDS`. Put it
 * before the validator: a hit costs no parsing, and only valid (200) answers are stored.
 * Readers always get `Cache-Control: no-cache` (a browser must not keep a page
 * across a sign-in or a language switch); signed-in readers get `private, no-store`.
 * Sets `X-Cache: HIT | MISS` for tests and operators.
 *
 * @example
 * routes.get('/api/stories', cacheAnonymous(CACHED_ROUTES.feedApi), validate('query', feedQuerySchema), handler)
 */
export function cacheAnonymous(route: CachedRoute): MiddlewareHandler<AppEnv> {
  return async function cacheAnonymous(c, next) {
    const pairs = keyedParams(c.req.queries(), route.params);
    // Set for signed-in readers too: a page renders the same links whoever reads it.
    c.set('pagePath', keyedPath(c.req.url, pairs));
    const ttl = cacheTtl(c.env);
    // A path the registry gives to another route (or to none: Hono read it differently) is
    // never stored, so the fast path, which goes by the registry, can never serve it.
    const own = cachedRouteFor(new URL(c.req.url).pathname) === route;
    if (c.var.user !== null || c.req.method !== 'GET' || ttl === 0 || typeof caches === 'undefined' || !own) {
      await next();
      c.header('Cache-Control', c.var.user !== null ? 'private, no-store' : 'no-cache');
      return;
    }
    const key = cacheKeyFor(c.req.url, c.var.lang, pairs);
    const stored = await cachedCopy(key, ttl);
    if (stored) return answer(c, stored);

    await next();
    if (c.res.status !== 200 || c.error) return;
    const now = Date.now();
    const headers: Record<string, string> = Object.fromEntries(c.res.headers);
    for (const name of PRIVATE_HEADERS) delete headers[name];
    headers[MADE_AT] = String(now);
    const body = await c.res.clone().arrayBuffer();
    memoryCache.set(key, { status: 200, headers, body, expires: now + Math.min(ttl, MEMORY_RECHECK_SECONDS) * 1000 });
    const tags = cacheTagsFor(route, new URL(c.req.url).pathname).join(',');
    const copy = new Response(body, { status: 200, headers: { ...headers, 'cache-control': `public, max-age=${ttl}`, [CACHE_TAG]: tags } });
    c.executionCtx.waitUntil(caches.default.put(key, copy));
    c.header('Cache-Control', 'no-cache');
    c.header('X-Cache', 'MISS');
  };
}
