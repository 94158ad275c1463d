// Seed part: the demo stories (published ones over many provinces and every
// category, plus a few that must never show publicly). Fixed ids and slugs,
// INSERT OR IGNORE: seeding twice changes nothing. body_html is computed with
// the same renderMarkdown the editorial workflow uses on save.
import { renderMarkdown } from '../../workers/stories/markdown';
import { nfc, normaliseHashtag, normaliseTag, slugify } from '../../workers/stories/text';
import type { SeedPart } from './index';
import { insertOrIgnore, sqlLiteral, type SqlValue } from './sql';
import { pendingEditFor } from './review-queue';
import { nonPublicStories, publishedStories, type SeedStory } from './stories-data';

const DAY = 24 * 60 * 60 * 1000;
/** The newest demo story's publication time; the others go back about four days each. */
const NEWEST = Date.parse('2026-11-25T08:30:00+07:00');

/** Publication time of the i-th newest story: every ~4 days, at varying hours, over about six months. */
export function seedPublishedAt(index: number): number {
  return NEWEST - index * 4 * DAY - (index % 3) * 3 * 60 * 60 * 1000;
}

/**
 * When the story went to review: its own time for the demo queue, else a few hours
 * before it went live (or a day after it was written); a draft never went.
 */
function submittedAt(story: SeedStory, status: string, publishedAt: number | null, created: number): number | null {
  if (story.submittedAt) return Date.parse(story.submittedAt);
  if (status === 'draft') return null;
  return publishedAt !== null ? publishedAt - 5 * 60 * 60 * 1000 : created + DAY;
}

function row(story: SeedStory, publishedAt: number | null): Record<string, SqlValue> {
  const status = story.status ?? 'published';
  const created = (publishedAt ?? NEWEST) - 2 * DAY;
  // A published story with an edit awaiting a second editor (the demo's pending edit).
  const edit = pendingEditFor(story.id);
  return {
    id: story.id,
    slug: slugify(story.title),
    title: nfc(story.title),
    summary: nfc(story.summary),
    body: story.body.normalize('NFC'),
    body_html: renderMarkdown(story.body),
    category_code: story.category,
    province_code: story.province,
    commune: story.commune ?? null,
    tags: story.tags.map(normaliseTag),
    cover_key: null,
    cover_alt: null,
    source_type: story.sourceType,
    source_detail: story.sourceDetail,
    consent: 1,
    captions: story.captions.slice(0, 3),
    replies: story.replies ?? [],
    hashtags: story.hashtags.map(normaliseHashtag),
    status,
    published_at: publishedAt,
    published_by: null,
    scheduled_at: status === 'scheduled' ? Date.parse('2030-01-01T08:00:00+07:00') : null,
    author_id: story.author ?? 'seed-contributor',
    submitted_at: edit ? Date.parse(edit.submittedAt) : submittedAt(story, status, publishedAt, created),
    rejection_reason: status === 'rejected' ? 'Chưa có nguồn tin xác minh được.' : null,
    archive_reason: status === 'archived' ? 'Gỡ theo đề nghị của nhân vật.' : null,
    pinned_until: story.pinnedUntil ? Date.parse(story.pinnedUntil) : null,
    revision: edit ? 2 : 1,
    live_revision: edit ? 1 : null,
    pending_revision: edit ? 2 : null,
    created_at: created,
    updated_at: publishedAt ?? created,
  };
}

/** Every demo story as a row of `stories` (exported for tests). */
export function seedStoryRows(): Record<string, SqlValue>[] {
  return [
    ...publishedStories.map((story, i) => row(story, story.publishedAt ? Date.parse(story.publishedAt) : seedPublishedAt(i))),
    ...nonPublicStories.map((story) => row(story, story.publishedAt ? Date.parse(story.publishedAt) : null)),
  ];
}

/**
 * A local D1 seeded before reply kits existed keeps its rows (INSERT OR IGNORE): give its
 * demo rebuttals their replies, only where none were written, so running it twice changes nothing.
 */
function replyKitStatements(): string[] {
  return publishedStories
    .filter((story) => story.replies?.length)
    .map((story) => `UPDATE stories SET replies = ${sqlLiteral(story.replies ?? [])} WHERE id = ${story.id} AND nullif(replies, '[]') IS NULL;`);
}

export const storiesSeed: SeedPart = {
  name: 'stories',
  statements: () => [...insertOrIgnore('stories', seedStoryRows(), 25), ...replyKitStatements()],
};
