import type { Db } from '../core/db';
import { t } from '../../web/i18n';
import type { Lang } from '../../web/i18n';
import { CARD_SIZES, type CardContent, type CardFormat } from './card-design';
import { cardHash, cardPath } from './card-address';
import { loadCardContent } from './card-content';

export type CardImage = { url: string; width: number; height: number; alt: string; type: 'image/png' };
export type CardMeta = Record<CardFormat, CardImage>;

/**
 * The story's card images as a page needs them for `og:image`, `og:image:width|height|alt`
 * and `twitter:image` (absolute URLs; the square card is for posts and downloads).
 *
 * @example
 * const meta = await cardMetaFor(content, new URL(c.req.url).origin, c.var.lang);
 * <CardMetaTags meta={meta} />
 */
export async function cardMetaFor(content: CardContent, origin: string, lang: Lang = 'vi'): Promise<CardMeta> {
  const hash = await cardHash(content);
  const alt = t(lang, 'share.card.alt', { title: content.title, category: content.categoryName, province: content.provinceName });
  const image = (format: CardFormat): CardImage => ({
    url: `${origin}${cardPath(content.storyId, hash, format)}`,
    ...CARD_SIZES[format],
    alt,
    type: 'image/png',
  });
  return { og: image('og'), square: image('square') };
}

/** `cardMetaFor` for a story id (one D1 read); null when the story is not published. */
export async function cardMetaForStory(db: Db, storyId: number, origin: string, lang: Lang = 'vi'): Promise<CardMeta | null> {
  const content = await loadCardContent(db, storyId);
  return content ? cardMetaFor(content, origin, lang) : null;
}
