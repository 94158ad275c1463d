// The editable content of a story: what a revision snapshots, what PATCH may
// change, and how typed input becomes stored columns (NFC, slugs, rendered HTML).
import type { SourceType, stories } from '../../schema';
import { renderMarkdown } from '../stories/markdown';
import { normaliseHashtag } from '../stories/text';

export type StoryRow = typeof stories.$inferSelect;

export const contentFields = [
  'title',
  'summary',
  'body',
  'categoryCode',
  'provinceCode',
  'commune',
  'tags',
  'coverKey',
  'coverAlt',
  'sourceType',
  'sourceDetail',
  'consent',
  'showAuthor',
  'captions',
  'hashtags',
  'replies',
] as const;
export type ContentField = (typeof contentFields)[number];

export type StoryContent = {
  title: string;
  summary: string;
  body: string;
  categoryCode: string;
  provinceCode: string;
  commune: string | null;
  tags: string[];
  coverKey: string | null;
  coverAlt: string | null;
  sourceType: SourceType | null;
  sourceDetail: string | null;
  consent: boolean;
  /** The writer agreed to be named on the public page. */
  showAuthor: boolean;
  captions: string[];
  hashtags: string[];
  /** The reply kit (workers/editorial/replies.ts): reviewed with the rest of the text. */
  replies: string[];
};

/** Fields whose change makes an edit of a published story "substantive" (readers who shared it are told). */
export const substantiveFields: readonly ContentField[] = ['title', 'summary', 'body'];

export function snapshot(row: StoryRow): StoryContent {
  return {
    title: row.title,
    summary: row.summary,
    body: row.body,
    categoryCode: row.categoryCode,
    provinceCode: row.provinceCode,
    commune: row.commune,
    tags: row.tags,
    coverKey: row.coverKey,
    coverAlt: row.coverAlt,
    sourceType: row.sourceType,
    sourceDetail: row.sourceDetail,
    consent: row.consent,
    showAuthor: row.showAuthor,
    captions: row.captions,
    hashtags: row.hashtags,
    replies: row.replies,
  };
}

/**
 * A revision's stored JSON back into content, tolerating fields added since it was written
 * (a revision saved before reply kits existed has no `replies`: the fallback's stand).
 */
export function contentFromJson(json: Record<string, unknown>, fallback: StoryContent): StoryContent {
  const merged: Record<string, unknown> = { ...fallback };
  for (const field of contentFields) if (field in json) merged[field] = json[field];
  return merged as StoryContent;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changedFields(before: StoryContent, after: StoryContent): ContentField[] {
  return contentFields.filter((field) => !same(before[field], after[field]));
}

// Tags: tagNamesOf (workers/stories/tag-names.ts) turns typed tags into slugs and their names.

export function normaliseHashtags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseHashtag).filter(Boolean))];
}

/** The stored columns for some content: the Markdown is rendered (sanitised) here, on save. */
export function contentColumns(content: StoryContent) {
  return { ...content, bodyHtml: renderMarkdown(content.body) };
}
