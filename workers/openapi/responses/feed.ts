// Public reading: the feed, one story, the reference lists, health.
import * as v from 'valibot';
import { correctionKinds } from '../../../schema';
import type { StoryCorrection } from '../../notices/notices.queries';
import type { FeedItem, StoryDetail } from '../../stories/present';
import type { ResponseDoc } from '../responses';
import { id, isoTime, maybeText, province, sameAs } from './common';

const thumbnail = v.strictObject({ src: v.string(), src2x: v.string(), width: v.number(), height: v.number() });

const feedEntries = {
  id,
  slug: v.string(),
  title: v.string(),
  summary: v.string(),
  category: v.pipe(v.string(), v.description('A category code, see /api/categories')),
  province,
  tags: v.array(v.string()),
  tagNames: v.array(v.string()),
  publishedAt: isoTime,
  url: v.string(),
};
export const feedItem = sameAs<FeedItem>()(v.strictObject({ ...feedEntries, thumbnail: v.nullable(thumbnail) }));
/** With `?q=`: true when an accented query matched this story only without its marks. */
const searchItem = v.strictObject({ ...feedItem.entries, approximate: v.boolean() });

export const storyCorrection = sameAs<StoryCorrection>()(
  v.strictObject({ id, kind: v.picklist(correctionKinds), note: v.string(), createdAt: isoTime }),
);

const storyDetail = sameAs<StoryDetail>()(
  v.strictObject({
    ...feedEntries,
    categoryName: v.strictObject({ vi: v.string(), en: v.string() }),
    commune: maybeText,
    bodyHtml: v.string(),
    bodyText: v.string(),
    captions: v.array(v.string()),
    hashtags: v.array(v.string()),
    replies: v.array(v.string()),
    source: v.strictObject({ type: maybeText, detail: maybeText }),
    cover: v.nullable(v.strictObject({ key: v.string(), alt: v.string(), url: v.string() })),
    updatedAt: isoTime,
    revision: v.number(),
    corrections: v.array(storyCorrection),
    unit: maybeText,
    author: maybeText,
  }),
);

export const feedDocs: Record<string, ResponseDoc> = {
  'GET /api/openapi.json': {
    contentType: 'application/json',
    description: 'This document (OpenAPI 3.1); tests/openapi checks it against the official 3.1 schema.',
  },
  'GET /api/docs': { contentType: 'text/html', description: 'The API reference page (self-hosted Swagger UI over a server-rendered list of operations).' },
  'GET /api/health': {
    description: 'The Worker is up, and which version answers.',
    schema: v.strictObject({ ok: v.literal(true), version: v.string() }),
  },
  'GET /api/provinces': {
    description: 'The provinces and cities, with their codes (the `province=` values).',
    schema: v.strictObject({ items: v.array(v.strictObject({ code: v.string(), name: v.string(), slug: v.string() })) }),
  },
  'GET /api/categories': {
    description: 'The story categories, with their codes (the `category=` values) and names.',
    schema: v.strictObject({
      items: v.array(v.strictObject({ code: v.string(), nameVi: v.string(), nameEn: v.string(), color: v.string() })),
    }),
  },
  'GET /api/stories': {
    description: 'Published stories, newest first (best match first with `q`), a page at a time: pass `nextCursor` as `cursor`. `pinned` is filled on the first page of a plain listing.',
    schema: v.strictObject({
      items: v.array(v.union([feedItem, searchItem])),
      nextCursor: maybeText,
      pinned: v.array(feedItem),
    }),
  },
  'GET /api/stories/:slug': { description: 'One published story, in full.', schema: storyDetail },
};
