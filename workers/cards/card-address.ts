// Card addresses: what a card's URL and R2 key are, from what it draws. Pure (no D1),
// so the benchmark can compute them in Node too.
import { sha256Hex } from '../core/crypto';
import { nfc } from '../stories/text';
import { CARD_BRAND, summaryLine, type CardContent, type CardFormat } from './card-design';

/**
 * Bump when the design, the fonts or the renderer change: every card URL changes
 * with it, so no cached or stored PNG of the old design is ever served again.
 */
export const CARD_RENDERER_VERSION = 'design-2/satori-0.32.0/resvg-2.4.1/be-vietnam-pro-0.4.1';

/** NFC everywhere: NFD input (from some keyboards and pasted text) must draw, hash and cache like NFC. */
export function normaliseCardContent(content: CardContent): CardContent {
  return {
    storyId: content.storyId,
    title: nfc(content.title).replace(/\s+/g, ' '),
    summary: summaryLine(nfc(content.summary)),
    categoryName: nfc(content.categoryName),
    categoryColor: content.categoryColor.toLowerCase(),
    provinceName: nfc(content.provinceName),
    coverKey: content.coverKey || null,
  };
}

/**
 * 16 hex characters of SHA-256 over everything drawn (the hub's mark too) and the renderer version.
 * The cover is in it through its key: a key is never reused for other bytes (covers.ts).
 */
export async function cardHash(content: CardContent): Promise<string> {
  const c = normaliseCardContent(content);
  const drawn = [CARD_RENDERER_VERSION, CARD_BRAND.mark, CARD_BRAND.tagline, c.storyId, c.title, c.summary, c.categoryName, c.categoryColor, c.provinceName, c.coverKey ?? ''];
  return (await sha256Hex(JSON.stringify(drawn))).slice(0, 16);
}

/** `/cards/<id>-<hash>.png` (OG) or `/cards/<id>-<hash>-square.png`. */
export function cardPath(storyId: number, hash: string, format: CardFormat): string {
  return `/cards/${storyId}-${hash}${format === 'square' ? '-square' : ''}.png`;
}

/** Where the PNG lives in R2 (the MEDIA bucket): the same name as its URL path. */
export function cardObjectKey(storyId: number, hash: string, format: CardFormat): string {
  return cardPath(storyId, hash, format).slice(1);
}

/**
 * The Cache API key of a card: one fixed, host-independent URL per path, so the
 * story-event handler (which has no request, hence no host) can delete it too.
 */
export function cardCacheKey(path: string): Request {
  return new Request(`https://cards.lantoa.invalid${path}`);
}

const CARD_FILE = /^(\d{1,10})-([0-9a-f]{16})(-square)?\.png$/;

/** Parse the file part of a card URL; null when it is not one of ours. */
export function parseCardFile(file: string): { storyId: number; hash: string; format: CardFormat } | null {
  const m = CARD_FILE.exec(file);
  if (!m?.[1] || !m[2]) return null;
  const storyId = Number(m[1]);
  if (!Number.isSafeInteger(storyId) || storyId <= 0) return null;
  return { storyId, hash: m[2], format: m[3] ? 'square' : 'og' };
}
