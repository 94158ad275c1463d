// The JSON shape of a lesson on the desk API (editors only: answers and explanations included).
import type { SessionUser } from '../core/types';
import { isoTime } from '../core/time';
import type { LessonRow } from './lessons.queries';
import { mayDecideLessons } from './lessons.workflow';

export function lessonView(row: LessonRow, viewer: SessionUser) {
  const pending = row.status === 'published' && row.pendingContent !== null;
  const waitingOn = pending ? row.pendingBy : row.status === 'submitted' ? row.lastEditorId : null;
  return {
    id: row.id,
    slug: row.slug,
    /** Where readers take it (the learn pages). */
    url: `/hoc/${row.slug}`,
    status: row.status,
    revision: row.revision,
    title: row.title,
    summary: row.summary,
    body: row.body,
    bodyHtml: row.bodyHtml,
    questions: row.questions,
    /** An edit of the published lesson awaiting a second editor; readers still see the fields above. */
    pendingContent: row.pendingContent,
    pendingBy: row.pendingBy,
    authorId: row.authorId,
    lastEditorId: row.lastEditorId,
    approvedBy: row.approvedBy,
    rejectionReason: row.rejectionReason,
    submittedAt: isoTime(row.submittedAt),
    publishedAt: isoTime(row.publishedAt),
    createdAt: isoTime(row.createdAt),
    updatedAt: isoTime(row.updatedAt),
    /** Whether the caller may approve what is waiting now (four-eyes and the national rule). */
    mayApprove: (pending || row.status === 'submitted') && mayDecideLessons(viewer) && waitingOn !== viewer.id,
  };
}
export type LessonView = ReturnType<typeof lessonView>;

/** One line of the desk list. */
export function lessonSummaryView(row: LessonRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    hasPendingEdit: row.pendingContent !== null,
    questionCount: row.questions.length,
    revision: row.revision,
    updatedAt: isoTime(row.updatedAt),
    publishedAt: isoTime(row.publishedAt),
  };
}
