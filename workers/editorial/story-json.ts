import { isoTime } from '../core/time';
import type { StoryListItem } from './editorial.queries';
import type { StoryRow } from './story-content';

/** Where a cover stored under `key` in R2 is served from. */
export function coverUrl(key: string | null): string | null {
  return key ? `/media/${key}` : null;
}

/** The full story as editors and its author see it (times as ISO 8601). */
export function editorStoryJson(row: StoryRow, authorName: string | null = null) {
  const { coverKey, ...rest } = row;
  return {
    ...rest,
    authorName,
    coverKey,
    coverUrl: coverUrl(coverKey),
    publishedAt: isoTime(row.publishedAt),
    scheduledAt: isoTime(row.scheduledAt),
    submittedAt: isoTime(row.submittedAt),
    pinnedUntil: isoTime(row.pinnedUntil),
    createdAt: isoTime(row.createdAt),
    updatedAt: isoTime(row.updatedAt),
  };
}

export function storyListJson(row: StoryListItem) {
  return {
    ...row,
    submittedAt: isoTime(row.submittedAt),
    scheduledAt: isoTime(row.scheduledAt),
    publishedAt: isoTime(row.publishedAt),
    updatedAt: isoTime(row.updatedAt),
  };
}
