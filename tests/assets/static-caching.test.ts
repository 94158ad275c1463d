// How browsers may cache the static files (web/public/_headers, applied by the assets
// binding exactly as Cloudflare serves them). The desk's repeat visits stay under 60 KB
// because styles and scripts are revalidated (304, no body), never downloaded again.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const ORIGIN = 'https://lantoa.test';
const assets = (path: string, headers: Record<string, string> = {}) => env.ASSETS.fetch(new Request(new URL(path, ORIGIN), { headers }));

describe('static files: cache headers', () => {
  it.each(['/css/app.css', '/css/editor.css', '/js/a11y.js', '/js/editor.js', '/favicon.svg'])(
    '%s is revalidated on every use (no-cache with an ETag), never cached blind',
    async (path) => {
      const res = await assets(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, no-cache');
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/);
    },
  );

  it('answers a repeat request with the same ETag with 304 and no body', async () => {
    const first = await assets('/css/app.css');
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const again = await assets('/css/app.css', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sends the whole file again once it has changed (an old ETag does not match)', async () => {
    const res = await assets('/css/app.css', { 'if-none-match': '"0000000000000000000000000000dead"' });
    expect(res.status).toBe(200);
    expect((await res.text()).length).toBeGreaterThan(100);
  });

  it('keeps fonts immutable for a year: their files never change under the same name', async () => {
    const res = await assets('/fonts/be-vietnam-pro-400.woff2');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the site’s security headers on static files', async () => {
    const res = await assets('/css/app.css');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('robots.txt', () => {
  it('is a plain-text file that keeps crawlers out of private pages (not the HTML 404 page)', async () => {
    const res = await assets('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('User-agent: *');
    expect(text).toContain('Disallow: /report/');
  });
});
