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
export function dropNoOpClips(svg: string, size: { width: number; height: number }): string | Uint8Array {
  const canvas = `<rect x="0" y="0" width="${size.width}" height="${size.height}"`;
  const noOp = new Set<string>();
  for (const [, id, rect] of svg.matchAll(/<(?:clipPath|mask) id="([^"]+)">(<rect [^>]*\/>)<\/(?:clipPath|mask)>/g)) {
    if (id && (rect === `${canvas}/>` || rect === `${canvas} fill="#fff"/>`)) noOp.add(id);
  }
  // Cut by position and join once: string edits in a loop copy the ~400 KB of cover base64 each time.
  const cuts: [number, number][] = [];
  for (const id of noOp) {
    for (const needle of [` clip-path="url(#${id})"`, ` mask="url(#${id})"`]) {
      for (let at = svg.indexOf(needle); at !== -1; at = svg.indexOf(needle, at + 1)) {
        // Only on untransformed elements: a transform would move the clip's rect with the element.
        if (!svg.slice(svg.lastIndexOf('<', at), svg.indexOf('>', at)).includes(' transform=')) cuts.push([at, at + needle.length]);
      }
    }
  }
  if (cuts.length === 0) return svg;
  cuts.sort((a, b) => a[0] - b[0]);
  // Encode the kept pieces straight into one buffer (resvg takes bytes): joining them into a
  // string again would copy the base64 once more for nothing (~3 ms).
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(svg.length * 3);
  let length = 0;
  let from = 0;
  for (const [at, to] of [...cuts, [svg.length, svg.length] as [number, number]]) {
    length += encoder.encodeInto(svg.slice(from, at), bytes.subarray(length)).written;
    from = to;
  }
  return bytes.subarray(0, length);
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
