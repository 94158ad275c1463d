// A lesson's life: draft → submitted → published (or rejected, back to draft on the next
// edit), archived at any point. Four-eyes like stories: whoever last changed the content
// (`last_editor_id`, or `pending_by` for an edit of a published lesson) cannot approve it.
//
// Who decides: lessons are national guidance, so every editor (provincial ones included) may
// write, edit and submit, but only national editors and admins (accounts without a province)
// approve, reject or archive. A provincial editor's lesson is always checked nationally.
import type { LessonContent, LessonStatus } from '../../schema';
import type { AuditEntry } from '../audit/audit.queries';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { renderMarkdown } from '../stories/markdown';
import { freeSlug, insertLesson, lessonById, updateLessonIf, type LessonRow } from './lessons.queries';
import { completenessErrors, type LessonContentInput, type UpdateLessonInput } from './lessons.schemas';

/** True when `user` may approve, reject or archive lessons: a national editor or admin. */
export function mayDecideLessons(user: SessionUser): boolean {
  return (user.role === 'editor' || user.role === 'admin') && user.provinceCode === null;
}

function assertMayDecide(user: SessionUser): void {
  if (!mayDecideLessons(user)) {
    throw new AppError('FORBIDDEN', 'Lessons are national guidance: only national editors and admins approve, reject or archive them', {
      extra: { reason: 'national' },
    });
  }
}

export async function loadLesson(db: Db, id: number): Promise<LessonRow> {
  const row = await lessonById(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No lesson ${id}`);
  return row;
}

/** The content readers see (the row itself). */
export function liveContent(row: LessonRow): LessonContent {
  return { title: row.title, summary: row.summary, body: row.body, questions: row.questions };
}

/** What an editor edits: the pending edit of a published lesson if there is one, else the row. */
export function workingContent(row: LessonRow): LessonContent {
  return row.pendingContent ?? liveContent(row);
}

function stale(row: LessonRow, action: string): AppError {
  return new AppError('CONFLICT', `The lesson changed since you opened it (now at revision ${row.revision}); ${action} was not applied`, {
    extra: { currentRevision: row.revision, currentState: row.status, reason: 'stale' },
  });
}

function wrongState(row: LessonRow, action: string): AppError {
  return new AppError('CONFLICT', `A ${row.status} lesson cannot be ${action}`, {
    extra: { currentRevision: row.revision, currentState: row.status, reason: 'state' },
  });
}

const target = (id: number) => `lesson:${id}`;

/**
 * Drafts may be unfinished; what goes to review, waits for approval or is published may not.
 * 400 naming every field still missing (`questions`, `questions.2.correct`, …).
 */
function assertComplete(content: LessonContent, action: string): void {
  const errors = completenessErrors(content);
  if (errors.length === 0) return;
  throw new AppError('VALIDATION_FAILED', `The lesson is not complete, so it cannot be ${action}: ${errors.map((e) => e.path).join(', ')}`, {
    errors,
    extra: { reason: 'incomplete' },
  });
}

/** Content columns of the row, the Markdown rendered once here with the story renderer. */
function contentColumns(content: LessonContent) {
  return { title: content.title, summary: content.summary, body: content.body, bodyHtml: renderMarkdown(content.body), questions: content.questions };
}

function changedParts(before: LessonContent, after: LessonContent): string[] {
  return (['title', 'summary', 'body', 'questions'] as const).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

async function guardedUpdate(
  db: Db,
  row: LessonRow,
  set: Parameters<typeof updateLessonIf>[3],
  audit: Omit<AuditEntry, 'target'>,
  action: string,
  now: number,
): Promise<LessonRow> {
  const ok = await updateLessonIf(db, row.id, { revision: row.revision, status: row.status }, set, { ...audit, target: target(row.id) }, now);
  if (!ok) throw stale(await loadLesson(db, row.id), action);
  return loadLesson(db, row.id);
}

export async function createLesson(db: Db, actor: SessionUser, input: LessonContentInput, now = Date.now()): Promise<LessonRow> {
  const slug = await freeSlug(db, input.title);
  const id = await insertLesson(
    db,
    { slug, ...contentColumns(input), status: 'draft', authorId: actor.id, lastEditorId: actor.id, revision: 1, createdAt: now, updatedAt: now },
    { actorId: actor.id, action: 'lesson.create', target: '', after: { title: input.title, slug, questions: input.questions.length } },
    now,
  );
  return loadLesson(db, id);
}

/**
 * Save an edit made from `input.revision`. A published lesson keeps what readers see: the
 * edit waits in `pending_content` for a second editor. A rejected lesson goes back to draft.
 */
export async function updateLesson(db: Db, actor: SessionUser, id: number, input: UpdateLessonInput, now = Date.now()): Promise<LessonRow> {
  const row = await loadLesson(db, id);
  if (row.status === 'archived') throw wrongState(row, 'edited');
  if (input.revision !== row.revision) throw stale(row, 'the save');
  const before = workingContent(row);
  const { revision: _from, ...parts } = input;
  const after: LessonContent = { ...before, ...parts };
  const changed = changedParts(before, after);
  const pending = row.status === 'published';
  // A lesson already in review (submitted) or live (published: the edit waits for approval) keeps the complete rules.
  if (pending || row.status === 'submitted') assertComplete(after, 'saved while it waits for approval');
  const set = pending
    ? { pendingContent: after, pendingBy: actor.id, revision: row.revision + 1, rejectionReason: null }
    : { ...contentColumns(after), lastEditorId: actor.id, revision: row.revision + 1, status: row.status === 'rejected' ? ('draft' as const) : row.status };
  return guardedUpdate(
    db,
    row,
    set,
    { actorId: actor.id, action: 'lesson.update', before: { revision: row.revision }, after: { revision: row.revision + 1, changed, ...(pending ? { pending: true } : {}) } },
    'the save',
    now,
  );
}

export async function submitLesson(db: Db, actor: SessionUser, id: number, revision: number | undefined, now = Date.now()): Promise<LessonRow> {
  const row = await loadLesson(db, id);
  if (row.status !== 'draft' && row.status !== 'rejected') throw wrongState(row, 'submitted');
  if (revision !== undefined && revision !== row.revision) throw stale(row, 'the submission');
  assertComplete(liveContent(row), 'submitted');
  return guardedUpdate(
    db,
    row,
    { status: 'submitted', submittedAt: now },
    { actorId: actor.id, action: 'lesson.submit', before: { status: row.status }, after: { status: 'submitted', revision: row.revision } },
    'the submission',
    now,
  );
}

/** Approve revision `revision`: a submitted lesson goes live, or a published lesson's pending edit replaces it. */
export async function approveLesson(db: Db, actor: SessionUser, id: number, revision: number, now = Date.now()): Promise<LessonRow> {
  const row = await loadLesson(db, id);
  assertMayDecide(actor);
  const pending = row.status === 'published' && row.pendingContent !== null;
  if (!pending && row.status !== 'submitted') throw wrongState(row, 'approved');
  if (revision !== row.revision) throw stale(row, 'the approval');
  // Checked again here: readers must never get a lesson with fewer than 5 valid questions.
  assertComplete(workingContent(row), 'published');
  const author = pending ? row.pendingBy : row.lastEditorId;
  if (author === actor.id) {
    throw new AppError('FORBIDDEN', 'You made the last change to this lesson: a second editor must approve it', { extra: { reason: 'fourEyes' } });
  }
  const set =
    pending && row.pendingContent
      ? { ...contentColumns(row.pendingContent), pendingContent: null, pendingBy: null, lastEditorId: row.pendingBy, approvedBy: actor.id, rejectionReason: null }
      : { status: 'published' as const, publishedAt: row.publishedAt ?? now, approvedBy: actor.id, rejectionReason: null };
  return guardedUpdate(
    db,
    row,
    set,
    { actorId: actor.id, action: 'lesson.approve', before: { status: row.status }, after: { status: 'published', revision, ...(pending ? { pending: true } : {}) } },
    'the approval',
    now,
  );
}

/** Turn down a submitted lesson (it becomes rejected) or a published lesson's pending edit (readers never saw it). */
export async function rejectLesson(db: Db, actor: SessionUser, id: number, reason: string, now = Date.now()): Promise<LessonRow> {
  const row = await loadLesson(db, id);
  assertMayDecide(actor);
  const pending = row.status === 'published' && row.pendingContent !== null;
  if (!pending && row.status !== 'submitted') throw wrongState(row, 'rejected');
  const set = pending ? { pendingContent: null, pendingBy: null, rejectionReason: reason } : { status: 'rejected' as const, rejectionReason: reason };
  const to: LessonStatus = pending ? 'published' : 'rejected';
  return guardedUpdate(
    db,
    row,
    set,
    { actorId: actor.id, action: 'lesson.reject', before: { status: row.status }, after: { status: to, reason, ...(pending ? { pending: true } : {}) } },
    'the rejection',
    now,
  );
}

/** Take a lesson out of use (readers no longer find it; campaigns stop linking it). Any pending edit is dropped. */
export async function archiveLesson(db: Db, actor: SessionUser, id: number, now = Date.now()): Promise<LessonRow> {
  const row = await loadLesson(db, id);
  assertMayDecide(actor);
  if (row.status === 'archived') throw wrongState(row, 'archived');
  return guardedUpdate(
    db,
    row,
    { status: 'archived', pendingContent: null, pendingBy: null },
    { actorId: actor.id, action: 'lesson.archive', before: { status: row.status }, after: { status: 'archived' } },
    'archiving',
    now,
  );
}
