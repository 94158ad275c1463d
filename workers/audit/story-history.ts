// A story's own audit entries (created, submitted, approved, edited, pinned…) with the
// names they mention, for the history on its review screen.
import type { Db } from '../core/db';
import { listAudit } from './audit.queries';
import { historyLookups } from './history-lookups';

export const STORY_HISTORY_LIMIT = 100;

export async function storyHistory(db: Db, storyId: number) {
  // Story entries are not account entries and have no province of their own: any editor who may review the story reads them.
  const { entries } = await listAudit(db, { target: `story:${storyId}`, limit: STORY_HISTORY_LIMIT }, { accountEntries: false, province: null });
  return { entries, lookups: await historyLookups(db, entries) };
}
export type StoryHistory = Awaited<ReturnType<typeof storyHistory>>;
