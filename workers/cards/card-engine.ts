// The card renderer: satori lays the element tree out into SVG (text as paths),
// resvg rasterises it to PNG. Both are WebAssembly, instantiated once per isolate
// from modules compiled at upload time (workerd forbids compiling wasm at run time).
// This file imports no asset itself, so the benchmark can drive it from Node.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori, { init as initSatori, type Font } from 'satori/standalone';
import type { CardNode } from './card-design';

export type CardFont = Font;
/** PNG bytes (a copy out of wasm memory, so backed by a plain ArrayBuffer). */
export type PngBytes = Uint8Array<ArrayBuffer>;

export type CardEngineAssets = {
  /** satori's yoga layout engine (`satori/yoga.wasm`). */
  yogaWasm: WebAssembly.Module;
  /** `@resvg/resvg-wasm/index_bg.wasm`. */
  resvgWasm: WebAssembly.Module;
};

let ready: Promise<void> | null = null;

/** Instantiate both wasm modules once per isolate; later calls share the first promise. */
export function initCardEngine(assets: CardEngineAssets): Promise<void> {
  ready ??= Promise.all([initSatori(assets.yogaWasm), initWasm(assets.resvgWasm)]).then(() => undefined);
  return ready;
}

/**
 * Remove references to clip paths and masks that are the whole canvas (a `<rect>` at 0,0 the
 * card's size; a mask's rect white): drawing through them changes nothing, but resvg still
 * paints the element into a layer and composites it. satori clips and masks every `<img>` to its
 * box, and the cover's box is the whole card: this alone took ~40 % of a warm cover render.
 */
export function dropNoOpClips(svg: string, size: { width: number; height: number }): string {
  const canvas = `<rect x="0" y="0" width="${size.width}" height="${size.height}"`;
  const noOp = new Set<string>();
  for (const [, id, rect] of svg.matchAll(/<(?:clipPath|mask) id="([^"]+)">(<rect [^>]*\/>)<\/(?:clipPath|mask)>/g)) {
    if (id && (rect === `${canvas}/>` || rect === `${canvas} fill="#fff"/>`)) noOp.add(id);
  }
  if (noOp.size === 0) return svg;
  // Only on untransformed elements: a transform would move the clip's rect with the element.
  return svg.replace(/<[a-zA-Z]+ [^>]*>/g, (tag) =>
    tag.includes(' transform=') ? tag : tag.replace(/ (?:clip-path|mask)="url\(#([^)]+)\)"/g, (attr, id: string) => (noOp.has(id) ? '' : attr)),
  );
}

let renders = 0;

/** How many cards this isolate has rendered (tests prove the second request does not render). */
export function cardRenderCount(): number {
  return renders;
}

/**
 * Render one element tree to PNG bytes. Costs tens of milliseconds of CPU:
 * callers store the result (R2) and never render the same card twice.
 */
export async function renderPng(tree: CardNode, size: { width: number; height: number }, fonts: CardFont[]): Promise<PngBytes> {
  renders += 1;
  const svg = dropNoOpClips(await satori(tree, { width: size.width, height: size.height, fonts }), size);
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  try {
    const image = resvg.render();
    try {
      return image.asPng() as PngBytes;
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
