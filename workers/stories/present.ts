// Rows → what the API and pages show. Province and category names come from
// the reference constants, so no query joins for them.
import { isoTime } from '../core/time';
import { coverUrl as editorialCoverUrl } from '../editorial/story-json';
import { categoryName, provinceOf } from '../geo/reference';
import { THUMB_SIZES, thumbPath } from '../media/media-keys';
import type { FeedRow, PublishedStory } from './feed.queries';
import { markdownToText, renderMarkdown } from './markdown';
import { namesFor } from './tag-names';
import type { StoryCorrection } from '../notices/notices.queries';

/** Absolute URL of a story page (the public contract: `/stories/:slug`). */
export function storyUrl(origin: string, slug: string): string {
  return `${origin}/stories/${slug}`;
}

/** Where a cover image is served from: the editorial domain serves R2 covers under /media/. */
export function coverUrl(key: string): string {
  return editorialCoverUrl(key) ?? '';
}

/**
 * A list thumbnail: a small JPEG made once per cover (or share card) and stored in R2 beside
 * the original, at 1× and 2×. Never the full-size cover. Null until one has been made.
 */
export type StoryThumbnail = { src: string; src2x: string; width: number; height: number };

export type FeedItem = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  category: string;
  province: { code: string; name: string };
  /** Tag slugs, as `?tag=` takes them. */
  tags: string[];
  /** The tags' names for people, in the order of `tags` ("Tình nguyện" for `tinh-nguyen`). */
  tagNames: string[];
  publishedAt: string;
  url: string;
  thumbnail: StoryThumbnail | null;
};

/** The stored thumbnail under its immutable URLs (absolute, like `url`); null until one is made. */
export function storyThumbnail(thumbKey: string | null, origin: string): StoryThumbnail | null {
  if (!thumbKey) return null;
  return { src: `${origin}${thumbPath(thumbKey, '1x')}`, src2x: `${origin}${thumbPath(thumbKey, '2x')}`, ...THUMB_SIZES.x1 };
}

/** One item of `GET /api/stories`: exactly these fields. */
export function feedItem(row: FeedRow, origin: string): FeedItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: row.categoryCode,
    province: provinceOf(row.provinceCode),
    tags: row.tags,
    tagNames: row.tagNames,
    publishedAt: isoTime(row.publishedAt) ?? '',
    url: storyUrl(origin, row.slug),
    thumbnail: storyThumbnail(row.thumbKey, origin),
  };
}

export type StoryDetail = Omit<FeedItem, 'thumbnail'> & {
  categoryName: { vi: string; en: string };
  commune: string | null;
  bodyHtml: string;
  /** Plain text of the body, for descriptions and previews. */
  bodyText: string;
  captions: string[];
  hashtags: string[];
  /** The reply kit: up to 3 courteous replies to paste under a false post (a rebuttal's; empty otherwise). */
  replies: string[];
  source: { type: string | null; detail: string | null };
  cover: { key: string; alt: string; url: string } | null;
  updatedAt: string;
  revision: number;
  /** Dated notes when the story was corrected after publication (oldest first). */
  corrections: StoryCorrection[];
  /** The unit (đơn vị) of the account that wrote it, when it names one. */
  unit: string | null;
  /** The writer's name, only when they ticked "Hiện tên tôi là tác giả" (stories.show_author). */
  author: string | null;
};

/** `GET /api/stories/:slug` and the story page. */
export function storyDetail(story: PublishedStory, origin: string): StoryDetail {
  return {
    id: story.id,
    slug: story.slug,
    title: story.title,
    summary: story.summary,
    category: story.categoryCode,
    categoryName: { vi: categoryName(story.categoryCode, 'vi'), en: categoryName(story.categoryCode, 'en') },
    province: provinceOf(story.provinceCode),
    commune: story.commune,
    tags: story.tags,
    tagNames: namesFor(story.tags, story.tagNames),
    publishedAt: isoTime(story.publishedAt) ?? '',
    url: storyUrl(origin, story.slug),
    // body_html is rendered by renderMarkdown on every save; render here only if a writer left it empty.
    bodyHtml: story.bodyHtml || renderMarkdown(story.body),
    bodyText: markdownToText(story.body),
    captions: story.captions,
    hashtags: story.hashtags,
    replies: story.replies,
    source: { type: story.sourceType, detail: story.sourceDetail },
    cover: story.coverKey ? { key: story.coverKey, alt: story.coverAlt ?? '', url: coverUrl(story.coverKey) } : null,
    updatedAt: isoTime(story.updatedAt) ?? '',
    revision: story.revision,
    corrections: story.corrections,
    unit: story.authorUnit?.trim() || null,
    author: story.authorName?.trim() || null,
  };
}
