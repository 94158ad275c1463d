// `/editor/lessons*`: the lessons desk as plain HTML forms (work without JS), on the same
// workflow as the JSON API. A refusal re-renders the page with every typed value and each
// message next to its field, with the refusal's status code. Saving needs only a title (a
// draft may be unfinished); "send for review" and "approve" refuse an incomplete lesson with
// the same messages next to the fields.
import { Hono, type Context } from 'hono';
import { translator } from '../../web/i18n';
import { LessonEditPage, type LessonProblem } from '../../web/pages/lessons/lesson-edit-page';
import { LessonPreviewPage } from '../../web/pages/lessons/lesson-preview-page';
import { LessonsListPage } from '../../web/pages/lessons/lessons-list-page';
import { statusKeys } from '../../web/pages/lessons/lesson-words';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { formString, type FormBody } from '../editorial/story-form';
import { renderMarkdown } from '../stories/markdown';
import { contentFromValues, formValuesOf, problemsOf, valuesFromForm, type LessonFormValues, type SlotMap } from './lesson-form';
import { listLessons, type LessonRow } from './lessons.queries';
import { createLessonBody, doneQuery, lessonIdParam, rejectLessonBody, revisionForm, updateLessonBody } from './lessons.schemas';
import { approveLesson, archiveLesson, createLesson, loadLesson, mayDecideLessons, rejectLesson, submitLesson, updateLesson, workingContent } from './lessons.workflow';

type Status = 400 | 403 | 404 | 409;
const noSlots: SlotMap = { questions: [], options: [] };

const explainable = (err: unknown): err is AppError => err instanceof AppError && ['VALIDATION_FAILED', 'CONFLICT', 'FORBIDDEN'].includes(err.code);

function problemOf(c: Context<AppEnv>, err: AppError, map: SlotMap): LessonProblem {
  const t = translator(c.var.lang);
  const reason = err.extra?.reason;
  // Not complete (at submit or approval): the saved lesson's fields are shown, so API paths map one to one.
  if (err.code === 'VALIDATION_FAILED') return { message: reason === 'incomplete' ? t('ld.error.incomplete') : t('ld.error'), fields: problemsOf(err.errors ?? [], map) };
  if (err.code === 'FORBIDDEN') return { message: reason === 'fourEyes' ? t('ld.ownWork') : reason === 'national' ? t('ld.notNational') : t('ld.error.forbidden', { detail: err.message }), fields: [] };
  const state = err.extra?.currentState;
  const status = typeof state === 'string' && state in statusKeys ? t(statusKeys[state as keyof typeof statusKeys]) : '';
  if (reason === 'stale') return { message: t('ld.error.conflict', { revision: String(err.extra?.currentRevision ?? ''), status }), fields: [] };
  return { message: t('ld.error.state', { status }), fields: [] };
}

type EditExtra = { values?: LessonFormValues; problem?: LessonProblem; done?: string; reason?: string };

function editPage(c: Context<AppEnv>, row: LessonRow | null, extra: EditExtra, status: 200 | Status = 200) {
  const user = currentUser(c);
  const values = extra.values ?? formValuesOf(row ? workingContent(row) : null, row?.revision ?? null);
  return c.html(LessonEditPage({ lang: c.var.lang, user, row, values, problem: extra.problem, done: extra.done, reason: extra.reason, mayDecide: mayDecideLessons(user) }), status);
}

/** The "add an answer box" button's question, when that is what was pressed (nothing is saved then). */
function morePressed(body: FormBody): number | undefined {
  const more = formString(body, 'more');
  return /^\d$/.test(more) ? Number(more) : undefined;
}

/** One review move from a small form: run it, go back to the lesson, or re-render with why not. */
async function move(c: Context<AppEnv>, id: number, run: (row: LessonRow) => Promise<LessonRow>, done: string, extra: (err: AppError) => EditExtra = () => ({})) {
  const row = await loadLesson(c.var.db, id);
  try {
    const after = await run(row);
    return c.redirect(after.status === 'archived' ? '/editor/lessons?done=archived' : `/editor/lessons/${id}?done=${done}`, 303);
  } catch (err) {
    if (!explainable(err)) throw err;
    return editPage(c, await loadLesson(c.var.db, id), { problem: problemOf(c, err, noSlots), ...extra(err) }, err.status as Status);
  }
}

export const lessonDeskPages = new Hono<AppEnv>()
  .get('/editor/lessons', requirePage('editor'), validate('query', doneQuery), async (c) =>
    c.html(LessonsListPage({ lang: c.var.lang, user: currentUser(c), rows: await listLessons(c.var.db), done: c.req.valid('query').done })),
  )
  .get('/editor/lessons/new', requirePage('editor'), (c) => editPage(c, null, {}))
  .post('/editor/lessons', requirePage('editor'), async (c) => {
    const body = await c.req.parseBody({ all: true });
    const more = morePressed(body);
    const values = valuesFromForm(body, more);
    if (more !== undefined) return editPage(c, null, { values });
    const { input, map } = contentFromValues(values);
    try {
      const row = await createLesson(c.var.db, currentUser(c), parseOrThrow(createLessonBody, input));
      return c.redirect(`/editor/lessons/${row.id}?done=created`, 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, null, { values, problem: problemOf(c, err, map) }, err.status as Status);
    }
  })
  .get('/editor/lessons/:id', requirePage('editor'), validate('param', lessonIdParam), validate('query', doneQuery), async (c) =>
    editPage(c, await loadLesson(c.var.db, c.req.valid('param').id), { done: c.req.valid('query').done }),
  )
  .post('/editor/lessons/:id', requirePage('editor'), validate('param', lessonIdParam), async (c) => {
    const row = await loadLesson(c.var.db, c.req.valid('param').id);
    const body = await c.req.parseBody({ all: true });
    const more = morePressed(body);
    const values = valuesFromForm(body, more);
    if (more !== undefined) return editPage(c, row, { values });
    const { input, map } = contentFromValues(values);
    try {
      const revision = Number(values.revision);
      const saved = await updateLesson(c.var.db, currentUser(c), row.id, parseOrThrow(updateLessonBody, { ...input, revision }));
      return c.redirect(`/editor/lessons/${row.id}?done=${saved.pendingContent ? 'savedPending' : 'saved'}`, 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { values, problem: problemOf(c, err, map) }, err.status as Status);
    }
  })
  .get('/editor/lessons/:id/preview', requirePage('editor'), validate('param', lessonIdParam), async (c) => {
    const row = await loadLesson(c.var.db, c.req.valid('param').id);
    const content = workingContent(row);
    const pending = row.pendingContent !== null;
    return c.html(
      LessonPreviewPage({ lang: c.var.lang, user: currentUser(c), id: row.id, content, bodyHtml: pending ? renderMarkdown(content.body) : row.bodyHtml, pending }),
    );
  })
  .post('/editor/lessons/:id/submit', requirePage('editor'), validate('param', lessonIdParam), validate('form', revisionForm), (c) =>
    move(c, c.req.valid('param').id, (row) => submitLesson(c.var.db, currentUser(c), row.id, c.req.valid('form').revision), 'submitted'),
  )
  .post('/editor/lessons/:id/approve', requirePage('editor'), validate('param', lessonIdParam), validate('form', revisionForm), (c) =>
    move(c, c.req.valid('param').id, (row) => approveLesson(c.var.db, currentUser(c), row.id, c.req.valid('form').revision), 'approved'),
  )
  .post('/editor/lessons/:id/reject', requirePage('editor'), validate('param', lessonIdParam), async (c) => {
    const reason = formString(await c.req.parseBody(), 'reason');
    return move(c, c.req.valid('param').id, (row) => rejectLesson(c.var.db, currentUser(c), row.id, parseOrThrow(rejectLessonBody, { reason }).reason), 'rejected', () => ({ reason }));
  })
  .post('/editor/lessons/:id/archive', requirePage('editor'), validate('param', lessonIdParam), (c) =>
    move(c, c.req.valid('param').id, (row) => archiveLesson(c.var.db, currentUser(c), row.id), 'archived'),
  );
