// The lessons desk: the list, one lesson (editors see answers and explanations), and its pages.
import * as v from 'valibot';
import { lessonStatuses } from '../../../schema';
import type { LessonView, lessonSummaryView } from '../../lessons/lessons.view';
import type { ResponseDoc } from '../responses';
import { count, id, isoTime, maybeText, maybeTime, sameAs } from './common';

const html = (description: string): ResponseDoc => ({ contentType: 'text/html', description });
const status = v.picklist(lessonStatuses);

const question = v.strictObject({
  prompt: v.string(),
  options: v.array(v.strictObject({ text: v.string(), explanation: v.string() })),
  correct: v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Index of the one right option (0-based)')),
});
const content = v.strictObject({ title: v.string(), summary: v.string(), body: v.string(), questions: v.array(question) });

const lessonSummary = sameAs<ReturnType<typeof lessonSummaryView>>()(
  v.strictObject({
    id,
    slug: v.string(),
    title: v.string(),
    status,
    hasPendingEdit: v.boolean(),
    questionCount: count,
    revision: id,
    updatedAt: maybeTime,
    publishedAt: maybeTime,
  }),
);

const lesson = sameAs<LessonView>()(
  v.strictObject({
    id,
    slug: v.string(),
    url: v.string(),
    status,
    revision: id,
    title: v.string(),
    summary: v.string(),
    body: v.string(),
    bodyHtml: v.string(),
    questions: v.array(question),
    pendingContent: v.nullable(content),
    pendingBy: maybeText,
    authorId: maybeText,
    lastEditorId: maybeText,
    approvedBy: maybeText,
    rejectionReason: maybeText,
    submittedAt: maybeTime,
    publishedAt: maybeTime,
    createdAt: isoTime,
    updatedAt: isoTime,
    mayApprove: v.boolean(),
  }),
);

export const lessonDocs: Record<string, ResponseDoc> = {
  'GET /api/lessons': { schema: v.strictObject({ items: v.array(lessonSummary) }), description: 'Every lesson, newest change first.' },
  'GET /api/lessons/:id': { schema: lesson, description: 'One lesson: what readers see, its quiz with answers, and any edit awaiting approval.' },
  'GET /editor/lessons': html('The lessons desk: every lesson with its state.'),
  'GET /editor/lessons/new': html('The form for a new lesson and its quiz.'),
  'GET /editor/lessons/:id': html('A lesson’s form, state and review moves (submit, approve, send back, archive).'),
  'GET /editor/lessons/:id/preview': html('A lesson as readers will see it, with the right answers and explanations.'),
};
