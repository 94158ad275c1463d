// The routes whose anonymous answers are cached, and the query parameters each keeps in
// its key. ONE list for the two places that compute a cache key: `cacheAnonymous`
// (the route's middleware, which stores misses) and `answerFromCache` (the fast path in
// workers/index.ts, which serves hits before the app's middleware). If they read the
// parameters from different lists, the fast path could hand a filtered feed the
// unfiltered copy; with one list they cannot drift.
import { FEED_PARAMS } from './feed.schemas';

/**
 * What a stored copy shows, for purging by `Cache-Tag` (cache-purge.ts): `feed` for
 * pages that list stories, `story` for one story's pages (tagged `story:<slug>`), `page`
 * for pages no story event changes.
 */
export type CachedShows = 'feed' | 'story' | 'page';

export type CachedRoute = {
  /** The route as Hono writes it (`/stories/:slug`); the route file registers the same string. */
  readonly path: string;
  readonly shows: CachedShows;
  /** Query parameters that change the answer; all others stay out of the key (and out of the page). */
  readonly params: readonly string[];
  /** `path` as a whole-path pattern: each `:name` is one non-empty segment. */
  readonly pattern: RegExp;
};

function route(path: string, shows: CachedShows, params: readonly string[] = []): CachedRoute {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { path, shows, params, pattern: new RegExp(`^${source}$`) };
}

export const CACHED_ROUTES = {
  feedPage: route('/', 'feed', FEED_PARAMS),
  storyPage: route('/stories/:slug', 'story'),
  guidelines: route('/guidelines', 'page'),
  rss: route('/feed.xml', 'feed'),
  sitemap: route('/sitemap.xml', 'feed'),
  feedApi: route('/api/stories', 'feed', FEED_PARAMS),
  storyApi: route('/api/stories/:slug', 'story'),
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

/** The story tag of a slug: what a story event purges (cache-purge.ts). */
export const storyTag = (slug: string): string => `story:${slug}`;

/**
 * `Cache-Tag` values for a stored copy of `pathname`: `feed`, `story:<slug>` (the slug
 * as Hono decodes it, the way the handler looks the story up) or `page`. Story pages also
 * list related stories, so they carry `feed` too: a publish or withdrawal anywhere drops them.
 */
export function cacheTagsFor(route: CachedRoute, pathname: string): string[] {
  if (route.shows !== 'story') return [route.shows];
  const segment = pathname.slice(pathname.lastIndexOf('/') + 1);
  let slug = segment;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    // A broken escape stays as typed; such a URL finds no story anyway.
  }
  return [storyTag(slug), 'feed'];
}
