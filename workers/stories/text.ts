// Vietnamese text helpers used on every write path and in search.

/** NFC-normalise and trim: everything user-typed goes through this on the way in. */
export function nfc(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * Strip diacritics and fold `đ`/`Đ` to `d`/`D` (Unicode does not decompose đ,
 * and D1's FTS5 `remove_diacritics` leaves it alone).
 *
 * @example
 * foldVietnamese('Đà Nẵng') // 'Da Nang'
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .normalize('NFC');
}

/**
 * ASCII slug: folded, lower-case, hyphen-separated, at most `max` characters.
 *
 * @example
 * slugify('Gương sáng Đà Nẵng: 20 năm hiến máu') // 'guong-sang-da-nang-20-nam-hien-mau'
 */
export function slugify(text: string, max = 80): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'bai-viet';
}

/** Tags are stored as slugs so `?tag=` matches however they were typed (`Tình nguyện` → `tinh-nguyen`). */
export function normaliseTag(tag: string): string {
  return slugify(tag.replace(/^#/, ''), 40);
}

/** Hashtags are stored without `#`, folded to ASCII-safe CamelCase-free words the networks accept. */
export function normaliseHashtag(tag: string): string {
  return nfc(tag)
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{N}_]/gu, '');
}
