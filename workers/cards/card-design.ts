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
/** Header (category, province) + footer (mark) + gaps, in px: what the title cannot use. */
const CHROME_HEIGHT = 150;

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

/** Rough advance width of Be Vietnam Pro Bold, in em; only picks the font size (satori wraps exactly). */
const AVG_CHAR_EM = 0.58;

function estimateLines(title: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * AVG_CHAR_EM)));
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const len = [...word].length;
    if (used === 0) used = len;
    else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines += 1;
      used = len;
    }
    while (used > perLine) {
      lines += 1;
      used -= perLine;
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

type PanelSpec = { width: number; height: number; padding: number; sizes: readonly number[]; meta: number };

function panel(content: CardContent, spec: PanelSpec): CardNode {
  const fg = textColorOn(content.categoryColor);
  const titleBox = { width: spec.width - 2 * spec.padding, height: spec.height - 2 * spec.padding - CHROME_HEIGHT };
  const { fontSize, maxLines } = fitTitle(content.title, titleBox, spec.sizes);
  const header = el('div', { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 16 }, [
    el(
      'div',
      {
        display: 'flex',
        backgroundColor: shade(content.categoryColor, 0.3),
        color: '#ffffff',
        borderRadius: 999,
        padding: '6px 20px',
        fontSize: spec.meta,
        fontWeight: 600,
      },
      content.categoryName,
    ),
    el('div', { display: 'flex', fontSize: spec.meta, fontWeight: 600 }, content.provinceName),
  ]);
  const title = el('div', { display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, [
    el(
      'div',
      { display: 'block', lineClamp: maxLines, fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT, maxWidth: titleBox.width },
      content.title,
    ),
  ]);
  const footer = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 14 }, [
      el('div', { display: 'flex', width: 22, height: 22, backgroundColor: fg, transform: 'rotate(45deg)' }),
      el('div', { display: 'flex', fontSize: spec.meta + 8, fontWeight: 700 }, CARD_BRAND.mark),
    ]),
    el('div', { display: 'flex', fontSize: spec.meta - 4, fontWeight: 600, opacity: 0.9 }, CARD_BRAND.tagline),
  ]);
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: spec.width,
      height: spec.height,
      padding: spec.padding,
      backgroundColor: content.categoryColor,
      color: fg,
    },
    [header, title, footer],
  );
}

function cover(src: string, width: number, height: number): CardNode {
  return { type: 'img', props: { src, width, height, style: { width, height, objectFit: 'cover' } } };
}

/**
 * The card's element tree. `coverSrc` is the cover as a data URI (or null):
 * OG cards put it on the right, square cards across the top.
 */
export function cardTree(content: CardContent, format: CardFormat, coverSrc: string | null): CardNode {
  const { width, height } = CARD_SIZES[format];
  const root: CardStyle = { display: 'flex', width, height, fontFamily: FONT, backgroundColor: content.categoryColor };
  if (format === 'og') {
    if (!coverSrc) return el('div', root, [panel(content, { width, height, padding: 64, sizes: [76, 68, 60, 54, 48, 44], meta: 26 })]);
    return el('div', { ...root, flexDirection: 'row' }, [
      panel(content, { width: 720, height, padding: 56, sizes: [64, 56, 50, 44, 40], meta: 24 }),
      cover(coverSrc, width - 720, height),
    ]);
  }
  if (!coverSrc) return el('div', root, [panel(content, { width, height, padding: 80, sizes: [96, 84, 74, 66, 58, 52], meta: 30 })]);
  return el('div', { ...root, flexDirection: 'column' }, [
    cover(coverSrc, width, 480),
    panel(content, { width, height: height - 480, padding: 60, sizes: [68, 60, 54, 48, 44], meta: 28 }),
  ]);
}
