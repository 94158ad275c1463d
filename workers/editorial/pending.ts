// Pending revisions: an edit of a public story is kept in story_revisions until a
// second editor approves it; the story row (what every public read serves) keeps
// the live revision's content meanwhile.
import type { StoryStatus } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { findRevision, latestRejectedEdit, revisionEditors } from './editorial.queries';
import { contentColumns, contentFromJson, snapshot, type StoryContent, type StoryRow } from './story-content';

/** States whose text readers see (or will at a set time): an edit there waits for approval. */
export const publicStates: readonly StoryStatus[] = ['published', 'scheduled'];

export const editsArePending = (status: StoryStatus) => publicStates.includes(status);

export type PendingEdit = {
  revision: number;
  content: StoryContent;
  editorId: string | null;
  correctionNote: string | null;
  createdAt: number;
};

/** The edit awaiting approval, or null. */
export async function pendingEdit(db: Db, story: StoryRow): Promise<PendingEdit | null> {
  if (story.pendingRevision === null) return null;
  const row = await findRevision(db, story.id, story.pendingRevision);
  if (!row) return null;
  return {
    revision: row.revision,
    content: contentFromJson(row.content, snapshot(story)),
    editorId: row.editorId,
    correctionNote: row.correctionNote,
    createdAt: row.createdAt,
  };
}

/** The newest text of a story: the pending edit if there is one, else the row. Edits start from it. */
export async function headContent(db: Db, story: StoryRow): Promise<StoryContent> {
  return (await pendingEdit(db, story))?.content ?? snapshot(story);
}

/** The story row as it will read once `content` is live (for the editor's form and preview). */
export function withContent(story: StoryRow, content: StoryContent): StoryRow {
  return { ...story, ...contentColumns(content) };
}

/**
 * Why `actorId` may not approve revision `revision` of the story, or null if they may:
 * the author never approves their own story, and nobody approves text they edited
 * since the last approval (four-eyes).
 */
export async function approvalRefusal(db: Db, actorId: string, story: StoryRow, revision: number): Promise<'own' | 'edited' | null> {
  if (story.authorId === actorId) return 'own';
  // A pending edit is checked from the live revision on; a story never published, from its first.
  const after = story.pendingRevision !== null ? (story.liveRevision ?? 0) : 0;
  const editors = await revisionEditors(db, story.id, after, revision);
  return editors.includes(actorId) ? 'edited' : null;
}

export async function assertMayApprove(db: Db, actorId: string, story: StoryRow, revision: number): Promise<void> {
  const refusal = await approvalRefusal(db, actorId, story, revision);
  if (refusal === 'own') {
    throw new AppError('FORBIDDEN', 'You cannot approve a story you wrote: another editor must review it (four-eyes rule)');
  }
  if (refusal === 'edited') {
    throw new AppError('FORBIDDEN', 'You edited this revision, so you cannot approve it: another editor must review it (four-eyes rule)');
  }
}

/** What editors and the author see besides the row: the pending edit and the last turned-down one. */
export async function reviewState(db: Db, story: StoryRow) {
  const [pending, lastRejection] = await Promise.all([
    pendingEdit(db, story),
    story.liveRevision !== null ? latestRejectedEdit(db, story.id, story.liveRevision) : Promise.resolve(null),
  ]);
  return { pending, lastRejection };
}
export type ReviewState = Awaited<ReturnType<typeof reviewState>>;
