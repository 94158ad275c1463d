// Makes the web app manifest's PNG icons from web/public/favicon.svg, once; the PNGs are
// committed (web/public/icons/). Run again only when the favicon changes:
//   npx tsx scripts/make-icons.ts
// Then run `npx tsx scripts/sw-version.ts`: the service worker precaches the icons.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const favicon = readFileSync('web/public/favicon.svg', 'utf8');

/**
 * A maskable icon is cropped by the launcher (circle, squircle…): only the centre 80 % is
 * safe. So the brand red fills the whole square and the star sits inside the safe zone.
 */
function maskableSvg(): string {
  const star = favicon.match(/<path[^>]*\/>/)?.[0];
  if (!star) throw new Error('favicon.svg: no <path> for the star');
  // The star spans 10..54 of 64 units; scaled by 0.7 around the centre it stays within 80 %.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#b91c1c"/><g transform="translate(32 32) scale(0.7) translate(-32 -32)">${star}</g></svg>`;
}

function png(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const outputs: [string, Uint8Array][] = [
  ['web/public/icons/icon-192.png', png(favicon, 192)],
  ['web/public/icons/icon-512.png', png(favicon, 512)],
  ['web/public/icons/maskable-512.png', png(maskableSvg(), 512)],
];
for (const [path, bytes] of outputs) {
  writeFileSync(path, bytes);
  console.log(`${path}: ${bytes.byteLength} bytes`);
}
