// Approval and rejection: the second pair of eyes. A submitted story and a pending
// edit of a public story go live the same way, through `approveStory`, which names
// the revision approved and applies it in one conditional UPDATE.
import { AppError } from '../core/errors';
import { emitStoryEvent } from '../stories/events';
import type { ApproveInput } from './editorial.schemas';
import { approveRevision, rejectPendingRevision } from './editorial.queries';
import { assertMayApprove, editsArePending, pendingEdit } from './pending';
import { assertRepliesMayGoLive } from './replies';
import { changedFields, contentColumns, snapshot, substantiveFields, type StoryRow } from './story-content';
import { assertTransition } from './story-state';
import { loadStory, missingProvenance, rejectSubmission, type Workflow } from './workflow';

/** 409 naming the revision now current: the approver reviewed something else. */
function notReviewed(story: StoryRow, action: string): AppError {
  return new AppError('CONFLICT', `The story changed since you reviewed it (now at revision ${story.revision}); ${action} was not applied`, {
    extra: { currentRevision: story.revision, currentState: story.status },
  });
}

function assertProvenance(content: Parameters<typeof missingProvenance>[0]): void {
  const missing = missingProvenance(content);
  if (missing.length) throw new AppError('VALIDATION_FAILED', 'Provenance is incomplete: a source and consent are required', { errors: missing });
}

export async function approveStory(w: Workflow, id: number, input: ApproveInput): Promise<StoryRow> {
  const story = await loadStory(w.db, id);
  if (story.pendingRevision !== null && editsArePending(story.status)) return approvePendingEdit(w, story, input);
  assertTransition('approve', story.status);
  if (input.revision !== story.revision) throw notReviewed(story, 'approval');
  await assertMayApprove(w.db, w.actor.id, story, input.revision);
  assertProvenance(snapshot(story));
  await assertRepliesMayGoLive(w.db, id, story.replies);
  const now = w.now ?? Date.now();
  const schedule = input.publishAt !== undefined && input.publishAt > now;
  const set = schedule
    ? { status: 'scheduled' as const, scheduledAt: input.publishAt, publishedBy: w.actor.id }
    : { status: 'published' as const, publishedAt: story.publishedAt ?? now, scheduledAt: null, publishedBy: w.actor.id };
  const approved = await approveRevision(
    w.db,
    {
      id,
      from: 'submitted',
      revision: input.revision,
      pending: false,
      set,
      approverId: w.actor.id,
      audit: {
        actorId: w.actor.id,
        action: 'story.approve',
        target: `story:${id}`,
        before: { status: 'submitted' },
        after: { status: set.status, revision: input.revision, ...(schedule ? { scheduledAt: new Date(input.publishAt ?? now).toISOString() } : {}) },
      },
    },
    now,
  );
  if (!approved) throw notReviewed(await loadStory(w.db, id), 'approval');
  if (!schedule) emitStoryEvent({ kind: 'published', storyId: id, actorId: w.actor.id }, w.env, w.exec);
  return loadStory(w.db, id);
}

/**
 * Make a pending edit of a published or scheduled story live. Its correction note
 * (the approver's, or the one proposed with the edit) goes out now, with the text.
 */
async function approvePendingEdit(w: Workflow, story: StoryRow, input: ApproveInput): Promise<StoryRow> {
  if (input.revision !== story.pendingRevision) throw notReviewed(story, 'approval');
  if (input.publishAt !== undefined) throw AppError.field('publishAt', 'An edit of a public story goes live when it is approved; it cannot be scheduled');
  const pending = await pendingEdit(w.db, story);
  if (!pending) throw new AppError('NOT_FOUND', `Story ${story.id} has no revision ${input.revision}`);
  await assertMayApprove(w.db, w.actor.id, story, pending.revision);
  assertProvenance(pending.content);
  // The edit's replies, not the live ones: what goes live is what is checked.
  await assertRepliesMayGoLive(w.db, story.id, pending.content.replies);
  const now = w.now ?? Date.now();
  const changed = changedFields(snapshot(story), pending.content);
  const note = input.correctionNote || pending.correctionNote || undefined;
  const approved = await approveRevision(
    w.db,
    {
      id: story.id,
      from: story.status,
      revision: pending.revision,
      pending: true,
      // The slug stays: the public URL of a story never changes once published.
      set: contentColumns(pending.content),
      approverId: w.actor.id,
      audit: {
        actorId: w.actor.id,
        action: 'story.approve',
        target: `story:${story.id}`,
        before: { revision: story.liveRevision },
        after: { revision: pending.revision, changed, edit: true, ...(note ? { correctionNote: note } : {}) },
      },
    },
    now,
  );
  if (!approved) throw notReviewed(await loadStory(w.db, story.id), 'approval');
  announceEdit(w, story, changed, note);
  return loadStory(w.db, story.id);
}

/** Readers' side effects of an approved edit (card re-render, correction notices, caches), never of the edit itself. */
function announceEdit(w: Workflow, story: StoryRow, changed: string[], note: string | undefined): void {
  if (story.status !== 'published' || changed.length === 0) return;
  const substantive = changed.some((field) => (substantiveFields as readonly string[]).includes(field));
  emitStoryEvent({ kind: 'edited', storyId: story.id, actorId: w.actor.id, substantive, note }, w.env, w.exec);
}

/**
 * Turn down a submitted story (back to its author) or a pending edit of a public
 * story (the live revision stays; the edit's writers see the reason).
 */
export async function rejectStory(w: Workflow, id: number, reason: string, revision?: number): Promise<StoryRow> {
  const story = await loadStory(w.db, id);
  if (story.pendingRevision === null || !editsArePending(story.status)) {
    if (revision !== undefined && revision !== story.revision) throw notReviewed(story, 'rejection');
    return rejectSubmission(w, id, reason);
  }
  const pending = story.pendingRevision;
  if (revision !== undefined && revision !== pending) throw notReviewed(story, 'rejection');
  const now = w.now ?? Date.now();
  const rejected = await rejectPendingRevision(
    w.db,
    {
      id,
      revision: pending,
      reason,
      rejecterId: w.actor.id,
      audit: { actorId: w.actor.id, action: 'story.reject', target: `story:${id}`, before: { revision: pending }, after: { revision: story.liveRevision, edit: true, reason } },
    },
    now,
  );
  if (!rejected) throw notReviewed(await loadStory(w.db, id), 'rejection');
  return loadStory(w.db, id);
}
