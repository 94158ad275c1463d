// What the browser's fonts hold: Latin and Vietnamese, nothing else. Shared by
// scripts/fonts.ts (which writes the WOFF2 files) and the CSS's unicode-range.

/** The weights pages use. 600 is left out: `font-weight: 600` falls to the 700 face (CSS font matching), one file less. */
export const FONT_WEIGHTS = [
  { weight: 400, source: '400Regular/BeVietnamPro_400Regular.ttf', file: 'be-vietnam-pro-400.woff2' },
  { weight: 700, source: '700Bold/BeVietnamPro_700Bold.ttf', file: 'be-vietnam-pro-700.woff2' },
] as const;

/**
 * Basic Latin and Latin-1, Vietnamese (the letters with horn, breve and stroke,
 * the combining tone marks and the precomposed U+1EA0–1EF9 block, the đồng sign),
 * and general punctuation: the ranges Google Fonts serves for `latin` + `vietnamese`.
 */
export const UNICODE_RANGES = [
  [0x0000, 0x00ff], [0x0102, 0x0103], [0x0110, 0x0111], [0x0128, 0x0129], [0x0131, 0x0131], [0x0152, 0x0153],
  [0x0168, 0x0169], [0x01a0, 0x01a1], [0x01af, 0x01b0], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0300, 0x0301], [0x0303, 0x0304], [0x0308, 0x0309], [0x0323, 0x0323], [0x0329, 0x0329],
  [0x1ea0, 0x1ef9], [0x2000, 0x206f], [0x20ab, 0x20ac], [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212],
  [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
] as const;

/** Every character of the ranges, as text for the subsetter. */
export function subsetText(): string {
  let out = '';
  for (const [from, to] of UNICODE_RANGES) for (let cp = from; cp <= to; cp++) out += String.fromCodePoint(cp);
  return out;
}

/** The CSS `unicode-range` value of the subsets. */
export function unicodeRangeCss(): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return UNICODE_RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}
