import { Resvg } from '@resvg/resvg-wasm';
import { cardEngineAssets } from '../../workers/cards/card-assets';
import { initCardEngine } from '../../workers/cards/card-engine';

/** A small landscape "photo" (PNG) drawn with the card engine's own rasteriser. */
export async function coverPng(width = 320, height = 200): Promise<Uint8Array> {
  await initCardEngine(cardEngineAssets);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 100">
    <rect width="160" height="100" fill="#7dd3fc"/><rect y="62" width="160" height="38" fill="#65a30d"/>
    <circle cx="122" cy="26" r="14" fill="#fde047"/><path d="M0 62 L40 28 L72 62 Z" fill="#475569"/>
    <path d="M50 62 L92 20 L134 62 Z" fill="#334155"/><rect x="20" y="70" width="30" height="20" fill="#b91c1c"/></svg>`;
  return new Resvg(svg).render().asPng();
}
