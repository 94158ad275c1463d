// What a share card looks like, as a satori element tree of plain `{ type, props }`
// objects (no JSX runtime involved). Pure: the same content always gives the same tree,
// which is what lets the card URL be a hash of the content.
import { t } from '../../web/i18n';

export const cardFormats = ['og', 'square'] as const;
export type CardFormat = (typeof cardFormats)[number];

/** Pixel sizes: Open Graph (Facebook, X, Telegram, Zalo previews) and square posts. */
export const CARD_SIZES = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
} as const satisfies Record<CardFormat, { width: number; height: number }>;

/** Everything a card draws. The card hash covers exactly these fields (plus the renderer version). */
export type CardContent = {
  storyId: number;
  /** NFC-normalised title. */
  title: string;
  /** The summary's first line (NFC, one paragraph, at most SUMMARY_MAX characters; see summaryLine). */
  summary: string;
  categoryName: string;
  /** Flat category colour, `#rrggbb`. */
  categoryColor: string;
  provinceName: string;
  /** R2 key of the cover image; keys are never reused for different bytes. */
  coverKey: string | null;
};

type CardStyle = Record<string, string | number>;
export type CardChild = CardNode | string;
export type CardNode = {
  type: string;
  props: { style?: CardStyle; children?: CardChild | CardChild[]; src?: string; width?: number; height?: number };
};

const FONT = 'Be Vietnam Pro';

/** The hub's mark and tagline on every card (cards are Vietnamese). Part of the card hash. */
export const CARD_BRAND = { mark: t('vi', 'site.name'), tagline: t('vi', 'share.card.tagline') } as const;
const LINE_HEIGHT = 1.3;

function el(type: string, style: CardStyle, children?: CardChild | CardChild[]): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

// --- colour -------------------------------------------------------------------

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  const n = m?.[1] ? parseInt(m[1], 16) : 0x444444;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hexColor: string): number {
  const lin = rgb(hexColor).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
}

/** White text on dark category colours, near-black on light ones (WCAG contrast ≥ 4.5 for every seeded colour). */
export function textColorOn(background: string): string {
  const l = luminance(background);
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance('#111111') + 0.05) ? '#ffffff' : '#111111';
}

/** A darker shade of the same flat colour, for the category pill. */
function shade(color: string, amount: number): string {
  const [r, g, b] = rgb(color);
  return hex([r * (1 - amount), g * (1 - amount), b * (1 - amount)]);
}

// --- title fitting ------------------------------------------------------------

/**
 * Rough advance widths of Be Vietnam Pro Bold, in em, by kind of character; only picks the font
 * size (satori wraps exactly). Capitals are much wider than lower case: an all-caps headline
 * measured at an average width was clamped with an ellipsis.
 */
function charEm(ch: string): number {
  if (ch === ' ') return 0.26;
  if (/[.,:;!?'"()\-–—]/.test(ch)) return 0.32;
  if (/[0-9]/.test(ch)) return 0.62;
  if (/[mwMW]/.test(ch)) return 0.9;
  if (/[iljtfrI]/.test(ch)) return 0.36;
  const base = ch.normalize('NFD')[0] ?? ch;
  return base !== base.toLowerCase() ? 0.74 : 0.6;
}

function widthEm(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charEm(ch);
  return sum;
}

function estimateLines(title: string, fontSize: number, width: number): number {
  const lineEm = width / fontSize;
  const space = charEm(' ');
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const w = widthEm(word);
    if (used === 0) used = w;
    else if (used + space + w <= lineEm) used += space + w;
    else {
      lines += 1;
      used = w;
    }
    while (used > lineEm) {
      lines += 1;
      used -= lineEm;
    }
  }
  return lines;
}

/**
 * The largest font size at which the title fits the box, and how many lines to allow.
 * Titles too long even at the smallest size are clamped with an ellipsis by satori.
 */
export function fitTitle(title: string, box: { width: number; height: number }, sizes: readonly number[]) {
  for (const size of sizes) {
    const maxLines = Math.floor(box.height / (size * LINE_HEIGHT));
    if (estimateLines(title, size, box.width) <= maxLines) return { fontSize: size, maxLines };
  }
  const smallest = sizes[sizes.length - 1] ?? 40;
  return { fontSize: smallest, maxLines: Math.max(1, Math.floor(box.height / (smallest * LINE_HEIGHT))) };
}

// --- layout -------------------------------------------------------------------

/** Longest summary line kept (satori clamps what does not fit the card anyway). */
export const SUMMARY_MAX = 180;

/** The summary's first line: its first paragraph, whitespace collapsed, cut at SUMMARY_MAX on a word. */
export function summaryLine(summary: string): string {
  const first = (summary.split(/\n\s*\n|\r?\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  if ([...first].length <= SUMMARY_MAX) return first;
  const cut = [...first].slice(0, SUMMARY_MAX).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX / 2)).trimEnd()}…`;
}

type Layout = {
  width: number;
  height: number;
  padding: number;
  /** Title sizes tried from the largest down. */
  sizes: readonly number[];
  /** Size of the category, province and summary text. */
  meta: number;
  /** Lines of summary under the title. */
  summaryLines: number;
};

const LAYOUTS: Record<CardFormat, Layout> = {
  og: { ...CARD_SIZES.og, padding: 60, sizes: [68, 62, 56, 50, 46, 42], meta: 26, summaryLines: 1 },
  square: { ...CARD_SIZES.square, padding: 72, sizes: [88, 78, 70, 62, 56, 50], meta: 32, summaryLines: 2 },
};

/**
 * Space the title cannot use: the header row, the summary, the footer, the gaps between them,
 * and on cards with a cover the top part left to the photo.
 */
function titleBox(layout: Layout, withCover: boolean) {
  const chrome = layout.meta * 1.9 + layout.summaryLines * layout.meta * 1.4 + (layout.meta + 8) * 1.6 + 3 * 24;
  const photoShare = withCover ? (layout.height > layout.width ? 0.3 : 0.12) : 0;
  return { width: layout.width - 2 * layout.padding, height: layout.height * (1 - photoShare) - 2 * layout.padding - chrome };
}

/** One of three background motifs, picked by the category's name so each category keeps its own. */
function motif(categoryName: string): 0 | 1 | 2 {
  let h = 0;
  for (const ch of categoryName) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return (h % 3) as 0 | 1 | 2;
}

function layer(style: CardStyle, children?: CardChild | CardChild[]): CardNode {
  return el('div', { display: 'flex', position: 'absolute', ...style }, children);
}

/** `color` moved `amount` (0..1) of the way to white: an opaque tint, cheaper to draw than white at that alpha. */
function tint(color: string, amount: number): string {
  const [r, g, b] = rgb(color);
  return hex([r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount]);
}

function disc(cx: number, cy: number, radius: number, color: string): CardNode {
  return layer({ left: cx - radius, top: cy - radius, width: 2 * radius, height: 2 * radius, borderRadius: 9999, backgroundColor: color });
}

/**
 * The designed background of a card without a cover: the category colour with its motif in
 * opaque tints and shades of it. Flat, opaque fills only: resvg draws a CSS gradient (an SVG
 * pattern in satori's output), a rounded border (a clip path) or a translucent layer several
 * times slower than the whole rest of the card, and a warm render must stay within 40 ms.
 */
function categoryBackground(content: CardContent, width: number, height: number): CardNode[] {
  const base = content.categoryColor;
  const deep = shade(base, 0.3);
  const r = Math.round(Math.max(width, height) * 0.42);
  switch (motif(content.categoryName)) {
    case 0: {
      // Rings spreading from the top-right corner, like ripples ("lan tỏa"): discs alternating tint and base.
      const rings: CardNode[] = [];
      for (const [k, w] of [[1.35, 12], [1.0, 18], [0.68, 24]] as const) {
        rings.push(disc(width, 0, r * k, tint(base, 0.12)), disc(width, 0, r * k - w, base));
      }
      return [...rings, disc(width, 0, r * 0.42, deep)];
    }
    case 1: // two large discs
      return [disc(width - r * 0.2, r * 0.3, r * 0.9, deep), disc(r * 0.1, height + r * 0.1, r * 0.6, tint(base, 0.14))];
    default: // a deep band along the bottom with a light stripe above it
      return [
        layer({ left: 0, top: Math.round(height * 0.62) - 14, width, height: 14, backgroundColor: tint(base, 0.16) }),
        layer({ left: 0, top: Math.round(height * 0.62), width, height: height - Math.round(height * 0.62), backgroundColor: deep }),
        disc(width - r * 0.3, r * 0.05, r * 0.5, tint(base, 0.1)),
      ];
  }
}

/**
 * Opacity of the scrim's flat bands from the top of the card down: a smoothstep from clear at a
 * fifth of the height to 0.9 at three quarters, in steps small enough not to show as stripes
 * (a cheap stand-in for a CSS gradient, see categoryBackground).
 */
const SCRIM = Array.from({ length: 24 }, (_, i) => {
  const t = Math.min(1, Math.max(0, ((i + 0.5) / 24 - 0.2) / 0.55));
  return Math.round((0.08 + 0.82 * t * t * (3 - 2 * t)) * 100) / 100;
});

/** A cover filling the card, and a scrim darkening its lower part so white type reads on any photo. */
function coverBackground(src: string, width: number, height: number): CardNode[] {
  const band = height / SCRIM.length;
  return [
    { type: 'img', props: { src, width, height, style: { position: 'absolute', left: 0, top: 0, width, height, objectFit: 'cover' } } },
    // Integer edges that meet exactly: an overlapping row would be darkened twice and show as a line.
    ...SCRIM.map((alpha, i) => {
      const top = Math.round(i * band);
      return layer({ left: 0, top, width, height: Math.round((i + 1) * band) - top, backgroundColor: `rgba(0,0,0,${alpha})` });
    }),
  ];
}

/**
 * The card's element tree. `coverSrc` is the cover as a data URI (or null). With a cover the
 * photo fills the card and the text sits on a dark scrim in its lower part; without one the
 * category's designed background carries the text. Both show the category and province, the
 * title (largest size that fits), the summary's first line and the hub's mark.
 */
export function cardTree(content: CardContent, format: CardFormat, coverSrc: string | null): CardNode {
  const layout = LAYOUTS[format];
  const { width, height, padding, meta } = layout;
  const fg = coverSrc ? '#ffffff' : textColorOn(content.categoryColor);
  const box = titleBox(layout, coverSrc !== null);
  const { fontSize, maxLines } = fitTitle(content.title, box, layout.sizes);
  const pill = el(
    'div',
    { display: 'flex', backgroundColor: coverSrc ? content.categoryColor : shade(content.categoryColor, 0.35), color: textColorOn(coverSrc ? content.categoryColor : shade(content.categoryColor, 0.35)), borderRadius: 999, padding: '6px 20px', fontSize: meta, fontWeight: 600 },
    content.categoryName,
  );
  const header = el('div', { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 16 }, [
    pill,
    el('div', { display: 'flex', alignItems: 'center', gap: 10, fontSize: meta, fontWeight: 600 }, [
      el('div', { display: 'flex', width: meta * 0.5, height: meta * 0.5, borderRadius: 999, backgroundColor: fg }),
      content.provinceName,
    ]),
  ]);
  const text: CardChild[] = [
    // Room above the first line for stacked marks (Ẵ, Ỗ): lineHeight 1.3 plus the padding-top.
    el('div', { display: 'block', lineClamp: maxLines, fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT, maxWidth: box.width, paddingTop: Math.round(fontSize * 0.08) }, content.title),
  ];
  if (content.summary) {
    text.push(el('div', { display: 'block', lineClamp: layout.summaryLines, fontSize: meta, fontWeight: 600, lineHeight: 1.4, opacity: 0.92, maxWidth: box.width, marginTop: 18 }, content.summary));
  }
  const body = el('div', { display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: coverSrc ? 'flex-end' : 'center', paddingTop: 24, paddingBottom: 24 }, text);
  const footer = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 14 }, [
      el('div', { display: 'flex', width: 22, height: 22, backgroundColor: fg, transform: 'rotate(45deg)' }),
      el('div', { display: 'flex', fontSize: meta + 8, fontWeight: 700 }, CARD_BRAND.mark),
    ]),
    el('div', { display: 'flex', fontSize: meta - 4, fontWeight: 600, opacity: 0.9 }, CARD_BRAND.tagline),
  ]);
  const background = coverSrc ? coverBackground(coverSrc, width, height) : categoryBackground(content, width, height);
  const panel = el('div', { display: 'flex', position: 'absolute', left: 0, top: 0, flexDirection: 'column', justifyContent: 'space-between', width, height, padding, color: fg }, [
    header,
    body,
    footer,
  ]);
  return el('div', { display: 'flex', position: 'relative', width, height, fontFamily: FONT, backgroundColor: content.categoryColor }, [...background, panel]);
}
