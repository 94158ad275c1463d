// The files that make the hub installable and usable offline, as the assets binding serves
// them (web/public/_headers applied exactly as on Cloudflare).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { computeVersion, precacheFiles, writtenVersion } from '../../web/offline/sw-version';

const ORIGIN = 'https://lantoa.test';
const assets = (path: string) => env.ASSETS.fetch(new Request(new URL(path, ORIGIN)));

type Manifest = {
  name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

describe('the service worker file', () => {
  it('is served as JavaScript, revalidated at every visit, with the site’s script policy', async () => {
    const res = await assets('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(?:application|text)\/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    // worker-src is not set, so it falls back to script-src 'self' (and default-src 'self').
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/worker-src|manifest-src/);
  });

  it('carries a VERSION that matches its own text and the files it precaches (run scripts/sw-version.ts)', async () => {
    const swText = await (await assets('/sw.js')).text();
    const files = await Promise.all(
      precacheFiles(swText).map(async (path) => {
        const res = await assets(path);
        expect(res.status, `${path} is precached, so it must exist`).toBe(200);
        return new Uint8Array(await res.arrayBuffer());
      }),
    );
    expect(writtenVersion(swText)).toBe(await computeVersion(swText, files));
  });

  it('never stores private answers and leaves desk, account and API requests alone', async () => {
    const swText = await (await assets('/sw.js')).text();
    expect(swText).toMatch(/private\|no-store/);
    for (const path of ['editor', 'login', 'logout', 'account', 'api']) expect(swText).toContain(path);
    expect(swText).toContain("request.method !== 'GET'");
  });
});

describe('the web app manifest', () => {
  it('is served as a manifest and revalidated at every visit', async () => {
    const res = await assets('/manifest.webmanifest');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('names the hub in Vietnamese, opens it standalone at / in the site’s colour, with icons that exist', async () => {
    const manifest = (await (await assets('/manifest.webmanifest')).json()) as Manifest;
    expect(manifest).toMatchObject({ name: 'Lan Tỏa', lang: 'vi', start_url: '/', scope: '/', display: 'standalone', theme_color: '#b91c1c' });
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const res = await assets(icon.src);
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('content-type'), icon.src).toBe('image/png');
      const bytes = new Uint8Array(await res.arrayBuffer());
      // A PNG's IHDR holds its width and height: the icon is the size the manifest says.
      const view = new DataView(bytes.buffer);
      expect(`${view.getUint32(16)}x${view.getUint32(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});

describe('the offline page', () => {
  it('is a static Vietnamese page with an English part, linking to the saved stories, with no script', async () => {
    const res = await assets('/offline.html');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Bạn đang ngoại tuyến');
    expect(html).toContain('lang="en"');
    expect(html).toContain('href="/da-luu"');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('style=');
  });
});
