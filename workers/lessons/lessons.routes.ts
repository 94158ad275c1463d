// `/api/lessons*`: the desk's JSON API for lessons (editors and admins only). The reader side
// (`/hoc`, `/api/learn/*`) lives with the learn pages.
import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { lessonDeskPages } from './lessons.pages';
import { listLessons } from './lessons.queries';
import { approveLessonBody, archiveLessonBody, createLessonBody, lessonIdParam, rejectLessonBody, submitLessonBody, updateLessonBody } from './lessons.schemas';
import { lessonSummaryView, lessonView } from './lessons.view';
import { approveLesson, archiveLesson, createLesson, loadLesson, rejectLesson, submitLesson, updateLesson } from './lessons.workflow';

const lessonApi = new Hono<AppEnv>()
  .get('/api/lessons', requireRole('editor'), async (c) => c.json({ items: (await listLessons(c.var.db)).map(lessonSummaryView) }))
  .post('/api/lessons', requireRole('editor'), validate('json', createLessonBody), async (c) => {
    const user = currentUser(c);
    const row = await createLesson(c.var.db, user, c.req.valid('json'));
    c.header('Location', `/api/lessons/${row.id}`);
    return c.json(lessonView(row, user), 201);
  })
  .get('/api/lessons/:id', requireRole('editor'), validate('param', lessonIdParam), async (c) =>
    c.json(lessonView(await loadLesson(c.var.db, c.req.valid('param').id), currentUser(c))),
  )
  .patch('/api/lessons/:id', requireRole('editor'), validate('param', lessonIdParam), validate('json', updateLessonBody), async (c) => {
    const user = currentUser(c);
    return c.json(lessonView(await updateLesson(c.var.db, user, c.req.valid('param').id, c.req.valid('json')), user));
  })
  .post('/api/lessons/:id/submit', requireRole('editor'), validate('param', lessonIdParam), validate('json', submitLessonBody), async (c) => {
    const user = currentUser(c);
    return c.json(lessonView(await submitLesson(c.var.db, user, c.req.valid('param').id, c.req.valid('json').revision), user));
  })
  .post('/api/lessons/:id/approve', requireRole('editor'), validate('param', lessonIdParam), validate('json', approveLessonBody), async (c) => {
    const user = currentUser(c);
    return c.json(lessonView(await approveLesson(c.var.db, user, c.req.valid('param').id, c.req.valid('json').revision), user));
  })
  .post('/api/lessons/:id/reject', requireRole('editor'), validate('param', lessonIdParam), validate('json', rejectLessonBody), async (c) => {
    const user = currentUser(c);
    return c.json(lessonView(await rejectLesson(c.var.db, user, c.req.valid('param').id, c.req.valid('json').reason), user));
  })
  .post('/api/lessons/:id/archive', requireRole('editor'), validate('param', lessonIdParam), validate('json', archiveLessonBody), async (c) => {
    const user = currentUser(c);
    return c.json(lessonView(await archiveLesson(c.var.db, user, c.req.valid('param').id), user));
  });

export const lessonRoutes = new Hono<AppEnv>().route('/', lessonApi).route('/', lessonDeskPages);
