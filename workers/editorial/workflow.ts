// The story lifecycle: who may do what, in which state, and what gets recorded.
// Routes (JSON and HTML forms) call these; each throws AppError on refusal.
import { hasRole } from '../auth/roles';
import type { Db } from '../core/db';
import { AppError, type FieldError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { emitStoryEvent } from '../stories/events';
import { rememberTagNames, type TagName } from '../stories/tag-names';
import { slugify } from '../stories/text';
import type { CreateStoryInput, PatchStoryInput } from './editorial.schemas';
import { changeState, findRevision, findStory, insertStory, saveContent, uniqueSlug, withFreeSlug } from './editorial.queries';
import { editsArePending, headContent } from './pending';
import { assertCategory, assertProvince } from './reference';
import { changedFields, contentColumns, contentFromJson, snapshot, type StoryContent, type StoryRow } from './story-content';
import { assertTransition, authorEditableStates } from './story-state';

export type Workflow = {
  db: Db;
  env: Env;
  exec: Pick<ExecutionContext, 'waitUntil'>;
  actor: SessionUser;
  now?: number;
};

const isEditor = (user: SessionUser) => hasRole(user.role, 'editor');

export async function loadStory(db: Db, id: number): Promise<StoryRow> {
  const story = await findStory(db, id);
  if (!story) throw new AppError('NOT_FOUND', `No story with id ${id}`);
  return story;
}

/** Editors see every story; a contributor only their own. */
export function assertCanView(actor: SessionUser, story: StoryRow): void {
  if (!isEditor(actor) && story.authorId !== actor.id) throw new AppError('FORBIDDEN', 'You can only open your own stories');
}

/** Editors edit any story; an author edits their own while it is a draft or was rejected. */
export function assertCanEdit(actor: SessionUser, story: StoryRow): void {
  if (isEditor(actor)) return;
  if (story.authorId !== actor.id) throw new AppError('FORBIDDEN', 'You can only edit your own stories');
  if (!authorEditableStates.includes(story.status)) {
    throw new AppError('CONFLICT', `A ${story.status} story can only be changed by an editor`, { extra: { currentState: story.status } });
  }
}

/**
 * "Hiện tên tôi là tác giả" is the writer's own consent: an editor may edit the story and
 * may hide the name, but never turn it on for the writer.
 */
function namesSomeoneElse(actor: SessionUser, story: StoryRow, head: StoryContent, next: StoryContent): boolean {
  return story.authorId !== actor.id && next.showAuthor && !head.showAuthor;
}

/** A cover needs alt text: a screen reader has nothing else to say about it. */
function assertCoverAlt(content: StoryContent): void {
  if (content.coverKey && !content.coverAlt) throw AppError.field('coverAlt', 'Describe the cover image (alt text is required)');
}

export async function createStory(w: Workflow, input: CreateStoryInput): Promise<StoryRow> {
  const now = w.now ?? Date.now();
  await assertCategory(w.db, input.categoryCode);
  await assertProvince(w.db, input.provinceCode);
  const { tags, ...typed } = input;
  const content: StoryContent = { ...typed, tags: tags.map((tag) => tag.slug), coverKey: null, coverAlt: input.coverAlt };
  const id = await withFreeSlug(w.db, slugify(input.title), (slug) =>
    insertStory(
      w.db,
      { ...contentColumns(content), slug, status: 'draft', authorId: w.actor.id, revision: 1, createdAt: now, updatedAt: now },
      content,
      { actorId: w.actor.id, after: { status: 'draft', title: content.title } },
      now,
      tags,
    ),
  );
  return loadStory(w.db, id);
}

function staleRevision(story: StoryRow): AppError {
  return new AppError('CONFLICT', `This story was saved by someone else (now at revision ${story.revision}); reload and apply your changes again`, {
    extra: { currentRevision: story.revision, currentState: story.status },
  });
}

/**
 * Save new content over revision `expected`. Used by PATCH, cover upload and restore;
 * 409 if someone saved (or the state changed) in between. On a published or
 * scheduled story the new revision is pending: readers keep the live text until a
 * second editor approves it (workers/editorial/approval.ts). `before` is the text the
 * edit was built on: the pending edit's, when there is one (`headContent`).
 */
async function writeContent(
  w: Workflow,
  story: StoryRow,
  before: StoryContent,
  next: StoryContent,
  expected: number,
  audit?: { action: string; after: Record<string, unknown> },
  correctionNote?: string,
  tagNames?: readonly TagName[],
): Promise<StoryRow> {
  const now = w.now ?? Date.now();
  if (expected !== story.revision) throw staleRevision(story);
  if (story.status === 'archived') {
    throw new AppError('CONFLICT', 'A withdrawn story cannot be changed', { extra: { currentState: story.status, currentRevision: story.revision } });
  }
  assertCoverAlt(next);
  const pending = editsArePending(story.status);
  const changed = changedFields(before, next);
  if (changed.length === 0 && !audit) {
    // Same slugs, maybe better spelt ("Lễ hội" over a guessed "Le hoi"): the names still count.
    const names = rememberTagNames(tagNames ?? [], now);
    if (names) await w.db.run(names);
    return story;
  }
  // The public URL is stable once a story has been approved; before that it follows the title.
  const slug = !pending && story.publishedAt === null && next.title !== before.title ? await uniqueSlug(w.db, slugify(next.title), story.id) : story.slug;
  const auditEntry = audit
    ? { actorId: w.actor.id, action: audit.action, target: `story:${story.id}`, before: { revision: story.revision }, after: { ...audit.after, changed, ...(pending ? { pending: true } : {}) } }
    : pending
      ? { actorId: w.actor.id, action: 'story.edit', target: `story:${story.id}`, before: { revision: story.revision }, after: { revision: expected + 1, changed, pending: true } }
      : undefined;
  const saved = await saveContent(
    w.db,
    {
      id: story.id,
      expected,
      status: story.status,
      pendingRevision: story.pendingRevision,
      set: { ...contentColumns(next), slug },
      content: next,
      editorId: w.actor.id,
      audit: auditEntry,
      pending: pending ? { liveRevision: story.liveRevision ?? story.revision, correctionNote: correctionNote || null } : undefined,
      tagNames,
    },
    now,
  );
  if (!saved) {
    const current = await loadStory(w.db, story.id);
    if (current.revision !== expected) throw staleRevision(current);
    // Same revision, but the edit it built on was approved or turned down (or the story went public) meanwhile.
    throw new AppError('CONFLICT', 'The story was reviewed while you were editing; reload and apply your changes again', {
      extra: { currentRevision: current.revision, currentState: current.status },
    });
  }
  return loadStory(w.db, story.id);
}

/**
 * Save typed changes as one new revision. `cover` (from the story form) replaces the
 * cover in the same revision, or removes it and its alt text when `null`.
 */
export async function editStory(w: Workflow, id: number, input: PatchStoryInput, cover?: { key: string; alt: string } | null): Promise<StoryRow> {
  const story = await loadStory(w.db, id);
  assertCanEdit(w.actor, story);
  await assertCategory(w.db, input.categoryCode);
  await assertProvince(w.db, input.provinceCode);
  const { revision, correctionNote, tags, ...changes } = input;
  // An edit builds on the newest text: a pending edit's, when there is one.
  const head = await headContent(w.db, story);
  const next: StoryContent = { ...head };
  for (const [field, value] of Object.entries(changes)) if (value !== undefined) Object.assign(next, { [field]: value });
  if (tags !== undefined) next.tags = tags.map((tag) => tag.slug);
  if (cover !== undefined) Object.assign(next, cover ? { coverKey: cover.key, coverAlt: cover.alt } : { coverKey: null, coverAlt: null });
  if (namesSomeoneElse(w.actor, story, head, next)) throw AppError.field('showAuthor', 'Only the writer can agree to show their name');
  return writeContent(w, story, head, next, revision, undefined, correctionNote, tags);
}

/** Attach an uploaded cover (already in R2) as a new revision; `null` removes the cover and its alt text. */
export async function setCover(w: Workflow, id: number, cover: { key: string; alt: string } | null, expected?: number): Promise<StoryRow> {
  const story = await loadStory(w.db, id);
  assertCanEdit(w.actor, story);
  const head = await headContent(w.db, story);
  const next = cover ? { coverKey: cover.key, coverAlt: cover.alt } : { coverKey: null, coverAlt: null };
  return writeContent(w, story, head, { ...head, ...next }, expected ?? story.revision);
}

/** Bring back an old revision's content as a new revision (history is never rewritten). */
export async function restoreRevision(w: Workflow, id: number, rev: number, expected?: number): Promise<StoryRow> {
  const story = await loadStory(w.db, id);
  assertCanEdit(w.actor, story);
  const old = await findRevision(w.db, id, rev);
  if (!old) throw new AppError('NOT_FOUND', `Story ${id} has no revision ${rev}`);
  const head = await headContent(w.db, story);
  const content = contentFromJson(old.content, snapshot(story));
  // An old revision carries the consent of its day: the writer's current choice stands.
  if (namesSomeoneElse(w.actor, story, head, content)) content.showAuthor = head.showAuthor;
  return writeContent(w, story, head, content, expected ?? story.revision, { action: 'story.restore', after: { restoredFrom: rev, revision: story.revision + 1 } });
}

/** Required before a story goes to review. */
function missingForSubmit(story: StoryRow): FieldError[] {
  const errors: FieldError[] = [];
  if (story.summary.trim() === '') errors.push({ path: 'summary', message: 'Write a short summary before submitting' });
  if (story.body.trim() === '') errors.push({ path: 'body', message: 'Write the story before submitting' });
  return errors;
}

/** Provenance: where the facts come from, and consent of the people featured. */
export function missingProvenance(story: StoryContent): FieldError[] {
  const errors: FieldError[] = [];
  if (!story.sourceType) errors.push({ path: 'sourceType', message: 'Record the kind of source before approval' });
  if (!story.sourceDetail) errors.push({ path: 'sourceDetail', message: 'Describe the source before approval' });
  if (!story.consent) errors.push({ path: 'consent', message: 'Confirm the people featured agreed before approval' });
  return errors;
}

function conflictIfMoved(changed: boolean, story: StoryRow, action: string): void {
  if (!changed) {
    throw new AppError('CONFLICT', `The story changed state while you were working; ${action} was not applied`, { extra: { currentState: story.status } });
  }
}

export async function submitStory(w: Workflow, id: number): Promise<StoryRow> {
  const now = w.now ?? Date.now();
  const story = await loadStory(w.db, id);
  if (!isEditor(w.actor) && story.authorId !== w.actor.id) throw new AppError('FORBIDDEN', 'You can only submit your own stories');
  assertTransition('submit', story.status);
  const missing = missingForSubmit(story);
  if (missing.length) throw new AppError('VALIDATION_FAILED', 'The story is not ready for review', { errors: missing });
  const changed = await changeState(
    w.db,
    {
      id,
      from: story.status,
      set: { status: 'submitted', submittedAt: now },
      audit: { actorId: w.actor.id, action: 'story.submit', target: `story:${id}`, before: { status: story.status }, after: { status: 'submitted', revision: story.revision } },
    },
    now,
  );
  conflictIfMoved(changed, await loadStory(w.db, id), 'submit');
  return loadStory(w.db, id);
}

/** A reasoned move out of one state (reject from `submitted`, archive from `published`), audited. */
async function closeWithReason(
  w: Workflow,
  id: number,
  move: { action: 'reject' | 'archive'; from: 'submitted' | 'published'; to: 'rejected' | 'archived'; label: string },
  reason: string,
): Promise<StoryRow> {
  const now = w.now ?? Date.now();
  const story = await loadStory(w.db, id);
  assertTransition(move.action, story.status);
  // A withdrawn story drops any edit still awaiting approval: it can no longer go live.
  const reasonColumn = move.to === 'rejected' ? { rejectionReason: reason } : { archiveReason: reason, pendingRevision: null };
  const changed = await changeState(
    w.db,
    {
      id,
      from: move.from,
      set: { status: move.to, ...reasonColumn },
      audit: { actorId: w.actor.id, action: `story.${move.action}`, target: `story:${id}`, before: { status: move.from }, after: { status: move.to, reason } },
    },
    now,
  );
  conflictIfMoved(changed, await loadStory(w.db, id), move.label);
  return loadStory(w.db, id);
}

/** Send a submitted story back to its author (a pending edit of a public story: see approval.ts). */
export async function rejectSubmission(w: Workflow, id: number, reason: string): Promise<StoryRow> {
  return closeWithReason(w, id, { action: 'reject', from: 'submitted', to: 'rejected', label: 'rejection' }, reason);
}

export async function archiveStory(w: Workflow, id: number, reason: string): Promise<StoryRow> {
  const story = await closeWithReason(w, id, { action: 'archive', from: 'published', to: 'archived', label: 'archiving' }, reason);
  emitStoryEvent({ kind: 'archived', storyId: id, actorId: w.actor.id, reason }, w.env, w.exec);
  return story;
}
