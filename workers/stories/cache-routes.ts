// The routes whose anonymous answers are cached, and the query parameters each keeps in
// its key. ONE list for the two places that compute a cache key: `cacheAnonymous`
// (the route's middleware, which stores misses) and `answerFromCache` (the fast path in
// workers/index.ts, which serves hits before the app's middleware). If they read the
// parameters from different lists, the fast path could hand a filtered feed the
// unfiltered copy; with one list they cannot drift.
import { FEED_PARAMS } from './feed.schemas';

export type CachedRoute = {
  /** The route as Hono writes it (`/stories/:slug`); the route file registers the same string. */
  readonly path: string;
  /** Query parameters that change the answer; all others stay out of the key (and out of the page). */
  readonly params: readonly string[];
  /** `path` as a whole-path pattern: each `:name` is one non-empty segment. */
  readonly pattern: RegExp;
};

function route(path: string, params: readonly string[] = []): CachedRoute {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { path, params, pattern: new RegExp(`^${source}$`) };
}

export const CACHED_ROUTES = {
  feedPage: route('/', FEED_PARAMS),
  storyPage: route('/stories/:slug'),
  guidelines: route('/guidelines'),
  rss: route('/feed.xml'),
  sitemap: route('/sitemap.xml'),
  feedApi: route('/api/stories', FEED_PARAMS),
  storyApi: route('/api/stories/:slug'),
} as const satisfies Record<string, CachedRoute>;

const all: readonly CachedRoute[] = Object.values(CACHED_ROUTES);

/**
 * The cached route a URL path belongs to, or undefined. Matched on the raw
 * (percent-encoded) path, the one the cache key holds. `cacheAnonymous` stores an
 * answer only when this gives back its own route, so a path Hono reads differently
 * (an encoded slash, a trailing slash) is never stored and so never served here.
 */
export function cachedRouteFor(pathname: string): CachedRoute | undefined {
  for (const r of all) if (r.pattern.test(pathname)) return r;
  return undefined;
}
