// The fast path for anonymous cache hits, run by workers/index.ts before the app.
// A hit is a stored copy of a page everyone gets; it needs no request context, no D1
// client, no session lookup and no CSRF check, and measured, that middleware cost a
// cached feed about a third of a bare Worker's throughput (issue 14). So a GET of a
// cached route by a reader with no credentials is looked up here, with the very key
// `cacheAnonymous` stores under (same route registry, same parameter decoding, same
// language rule), and answered with the same bytes and headers a hit through the app
// gets. Anything else returns undefined and goes through the app as before: signed-in
// requests (they must never get an anonymous copy), `?lang=` (the app sets the
// language cookie), and misses (the app renders and stores them).
import { Hono } from 'hono';
import { parse as parseCookies } from 'hono/utils/cookie';
import { getQueryParams } from 'hono/utils/url';
import { isLang, type Lang } from '../../web/i18n';
import { SESSION_COOKIE } from '../auth/session-store';
import { LANG_COOKIE } from '../core/request-context';
import { securityHeaders } from '../core/security-headers';
import { cachedCopy, cacheKeyFor, cacheTtl, hitHeaders, keyedParams } from './cache';
import { cachedRouteFor } from './cache-routes';

const CSP = 'content-security-policy';

/**
 * The headers `securityHeaders()` puts on every app response, taken once per isolate
 * by running that very middleware, so the fast path cannot drift from it.
 */
let siteHeaders: Promise<[string, string][]> | undefined;
function securityHeaderList(): Promise<[string, string][]> {
  siteHeaders ??= (async () => {
    const probe = new Hono().use(securityHeaders()).get('*', (c) => c.body(null, 204));
    const res = await probe.request('https://headers.invalid/');
    return [...res.headers];
  })();
  return siteHeaders;
}

/** What Hono's requestId() answers with: the caller's id when it is a sane one, else a new UUID. */
function requestIdFor(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && given.length <= 255 && !/[^\w\-=]/.test(given) ? given : crypto.randomUUID();
}

/** True when the request may carry a person: a bearer token or a session cookie (even a stale one). */
function hasCredentials(request: Request, cookie: string | null): boolean {
  return request.headers.has('authorization') || (cookie !== null && cookie.includes(SESSION_COOKIE));
}

/**
 * The cached answer to an anonymous GET, or undefined to let the app handle it.
 *
 * @example
 * fetch: async (request, env, ctx) => (await answerFromCache(request, env)) ?? app.fetch(request, env, ctx)
 */
export async function answerFromCache(request: Request, env: Env, url = new URL(request.url)): Promise<Response | undefined> {
  if (request.method !== 'GET') return undefined;
  const route = cachedRouteFor(url.pathname);
  if (!route) return undefined;
  const ttl = cacheTtl(env);
  if (ttl === 0 || typeof caches === 'undefined') return undefined;
  const cookie = request.headers.get('cookie');
  if (hasCredentials(request, cookie)) return undefined;
  // Hono's own query reader: the key's parameters decode exactly as cacheAnonymous reads them.
  const query = getQueryParams(request.url) as Record<string, string[]>;
  if (query.lang !== undefined) return undefined;
  const saved = cookie ? parseCookies(cookie, LANG_COOKIE)[LANG_COOKIE] : undefined;
  const lang: Lang = isLang(saved) ? saved : 'vi';

  const stored = await cachedCopy(cacheKeyFor(request.url, lang, keyedParams(query, route.params)), ttl);
  if (!stored) return undefined;

  const headers = new Headers(hitHeaders(stored));
  headers.set('x-request-id', requestIdFor(request));
  // As securityHeaders() does: every site header is ours, except a route's own stricter CSP.
  const ownPolicy = headers.get(CSP);
  for (const [name, value] of await securityHeaderList()) headers.set(name, value);
  if (ownPolicy !== null) headers.set(CSP, ownPolicy);
  headers.delete('x-powered-by');
  return new Response(stored.body, { status: stored.status, headers });
}
