// Versioned static files: `/v/<10-hex content hash>/<path>` is `<path>` from the assets
// binding, cached by browsers for a year (`immutable`): pages link these URLs
// (web/components/page-assets.ts), and a changed file gets a new hash, so a new URL.
// Plain URLs (`/css/app.css`) still work and keep their revalidated caching (_headers).
import { Hono } from 'hono';
import * as v from 'valibot';
import { BUNDLE_SEPARATOR, bundleOf, bundleSheets } from '../../web/asset-bundles';
import { ASSET_VERSIONS } from '../../web/asset-versions';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

const versionParam = v.object({ hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{10}$/, 'A version is 10 hexadecimal digits')) });

/** Request headers worth passing on to the assets binding (compression and revalidation); never cookies. */
const FORWARDED = ['accept', 'accept-encoding', 'if-none-match', 'if-modified-since', 'range'];

/** Like the assets binding's own miss: a bare 404 (this route runs before sessions and the DB, so no HTML page). */
function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export const versionedAssetRoutes = new Hono<AppEnv>().get('/v/:hash/*', validate('param', versionParam), async (c) => {
  const { hash } = c.req.valid('param');
  const url = new URL(c.req.url);
  const path = url.pathname.slice(`/v/${hash}`.length);
  if (!path.startsWith('/') || path.startsWith('/v/')) return notFound();
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  const bundle = bundleOf(path);
  let out: Response;
  if (bundle) {
    // A bundle is its sheets joined, in cascade order (web/asset-bundles.ts); scripts/assets.ts hashes the same bytes.
    const parts = await Promise.all(bundleSheets(bundle).map((p) => c.env.ASSETS.fetch(new Request(new URL(p, url.origin)))));
    if (parts.some((r) => !r.ok)) return notFound();
    const body = (await Promise.all(parts.map((r) => r.text()))).join(BUNDLE_SEPARATOR);
    out = new Response(c.req.method === 'HEAD' ? null : body, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  } else {
    const res = await c.env.ASSETS.fetch(new Request(new URL(path, url.origin), { method: c.req.method, headers }));
    if (res.status === 404) return notFound();
    out = new Response(res.body, res);
  }
  // Only the file this build knows under this hash may be cached for a year. A page from an
  // older deploy asking for an older hash gets today's file, revalidated as a plain URL would be.
  out.headers.set('Cache-Control', ASSET_VERSIONS[path] === hash ? IMMUTABLE : 'public, no-cache');
  return out;
});
