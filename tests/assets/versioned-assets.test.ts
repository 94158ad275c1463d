// Versioned URLs: pages link /v/<content hash>/<path>, served immutable for a year;
// plain URLs keep working; a reader's page links only the sheets it needs.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { bundleSheets } from '../../web/asset-bundles';
import { ASSET_VERSIONS } from '../../web/asset-versions';
import { assetUrl, stylesheetsFor } from '../../web/components/page-assets';
import { IMMUTABLE } from '../../workers/assets/versioned.routes';
import { fetchApp, ORIGIN } from '../helpers/http';

const plain = (path: string) => env.ASSETS.fetch(new Request(new URL(path, ORIGIN)));

describe('versioned static files', () => {
  it.each(['/css/app.css', '/css/feed.css', '/js/a11y.js', '/favicon.svg'])('%s under its hash is the same file, cached for a year', async (path) => {
    const url = assetUrl(path);
    expect(url).toMatch(new RegExp(`^/v/[0-9a-f]{10}${path.replace('.', '\\.')}$`));
    const res = await fetchApp(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(await (await plain(path)).text());
  });

  it('stays immutable for a signed-in reader too (static files are nobody’s private answer)', async () => {
    const res = await fetchApp(assetUrl('/css/app.css'), { headers: { cookie: 'lt_session=anything' } });
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
  });

  it('serves an older hash (a page from the last deploy) with today’s file, revalidated, never immutable', async () => {
    const res = await fetchApp('/v/0000000000/css/app.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
  });

  it('answers a file that does not exist with 404 and a malformed version with 400, never a 500', async () => {
    expect((await fetchApp(`/v/${ASSET_VERSIONS['/css/app.css']}/css/nope.css`)).status).toBe(404);
    expect((await fetchApp('/v/zzzz/css/app.css')).status).toBe(400);
    expect((await fetchApp('/v/0123456789/v/0123456789/css/app.css')).status).toBe(404);
  });

  it('keeps the old plain URLs working with their revalidated caching', async () => {
    const res = await plain('/css/app.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
  });
});

describe('pages link versioned files, and only the sheets they need', () => {
  async function head(path: string): Promise<string> {
    const html = await (await fetchApp(path, { headers: { accept: 'text/html' } })).text();
    return html.slice(0, html.indexOf('</head>'));
  }

  it('the feed links one reading bundle, its script and icon by hash, and preloads the heading font', async () => {
    const h = await head('/');
    expect(h.match(/rel="stylesheet"/g)?.length).toBe(1);
    expect(h).toContain(`href="${assetUrl('/css/bundle/reading.css')}"`);
    expect(h).toContain(`src="${assetUrl('/js/a11y.js')}"`);
    expect(h).toContain(`href="${assetUrl('/favicon.svg')}"`);
    expect(h).not.toContain('/css/editor.css');
    expect(h).not.toContain('/css/review.css');
    expect(h).not.toContain('href="/css/');
    expect(h).toContain('<link rel="preload" href="/fonts/be-vietnam-pro-700.woff2" as="font" type="font/woff2" crossorigin="anonymous"');
  });

  it('the report form links the reporting bundle; the desk the bundle of every sheet', async () => {
    expect(await head('/report')).toContain(assetUrl('/css/bundle/reporting.css'));
    expect(stylesheetsFor('/editor/cases')).toEqual([assetUrl('/css/bundle/desk.css')]);
    expect(stylesheetsFor('/?q=x')).toEqual(stylesheetsFor('/'));
  });

  it.each(['reading', 'reporting', 'desk'] as const)('the %s bundle is its sheets joined in cascade order (the base last), immutable', async (name) => {
    const res = await fetchApp(assetUrl(`/css/bundle/${name}.css`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    const parts = await Promise.all(bundleSheets(name).map(async (p) => (await plain(p)).text()));
    expect(await res.text()).toBe(parts.join('\n'));
    expect(bundleSheets(name).at(-1)).toBe('/css/app.css');
    if (name !== 'desk') expect(bundleSheets(name)).not.toContain('/css/editor.css');
  });

  it('app.css imports nothing: no chain of requests before the first paint', async () => {
    for (const sheet of ['app', 'feed', 'shared', 'reports', 'share', 'campaigns']) expect(await (await plain(`/css/${sheet}.css`)).text(), sheet).not.toMatch(/@import/);
  });
});
