// The browser's fonts: WOFF2 subsets (Latin + Vietnamese), small enough for a first visit on a phone.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS, unicodeRangeCss } from '../../scripts/lib/font-subsets';

const ORIGIN = 'https://lantoa.test';
const asset = (path: string) => env.ASSETS.fetch(new Request(new URL(path, ORIGIN)));

describe('web fonts', () => {
  it('each subset is a WOFF2 file of at most 25 KB, and all of them together at most 60 KB', async () => {
    let total = 0;
    for (const face of FONT_WEIGHTS) {
      const res = await asset(`/fonts/${face.file}`);
      expect(res.status, face.file).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(bytes.subarray(0, 4)), face.file).toBe('wOF2');
      expect(bytes.length, face.file).toBeLessThanOrEqual(25 * 1024);
      total += bytes.length;
    }
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });

  it('app.css declares every subset with the subset’s unicode-range, swap, and WOFF2 only', async () => {
    const css = await (await asset('/css/app.css')).text();
    for (const face of FONT_WEIGHTS) expect(css).toContain(`url('/fonts/${face.file}') format('woff2')`);
    expect(css.split(`unicode-range: ${unicodeRangeCss()};`).length - 1).toBe(FONT_WEIGHTS.length);
    expect(css.split('font-display: swap;').length - 1).toBe(FONT_WEIGHTS.length);
    expect(css).not.toContain('.ttf');
  });

  it('ships no full TTF to browsers any more (the share cards read theirs from the font package)', async () => {
    for (const old of ['BeVietnamPro_400Regular', 'BeVietnamPro_600SemiBold', 'BeVietnamPro_700Bold']) {
      expect((await asset(`/fonts/${old}.ttf`)).status).toBe(404);
    }
  });

  it('keeps fonts immutable for a year: a changed font gets a new file name', async () => {
    const res = await asset(`/fonts/${FONT_WEIGHTS[0].file}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
