import { isoTime } from '../core/time';
import type { StoryListItem } from './editorial.queries';
import type { ReviewState } from './pending';
import type { StoryRow } from './story-content';

/** Where a cover stored under `key` in R2 is served from. */
export function coverUrl(key: string | null): string | null {
  return key ? `/media/${key}` : null;
}

/**
 * The full story as editors and its author see it (times as ISO 8601). The top-level
 * fields are the live text; `pending` is an edit awaiting a second editor, and
 * `lastRejection` the newest edit turned down since the live revision (with why).
 */
export function editorStoryJson(row: StoryRow, authorName: string | null = null, review: ReviewState = { pending: null, lastRejection: null }) {
  const { coverKey, ...rest } = row;
  const { pending, lastRejection } = review;
  return {
    ...rest,
    authorName,
    pending: pending
      ? {
          revision: pending.revision,
          editorId: pending.editorId,
          correctionNote: pending.correctionNote,
          createdAt: isoTime(pending.createdAt),
          content: { ...pending.content, coverUrl: coverUrl(pending.content.coverKey) },
        }
      : null,
    lastRejection: lastRejection ? { ...lastRejection, rejectedAt: isoTime(lastRejection.rejectedAt) } : null,
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
