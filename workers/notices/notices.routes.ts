import { Hono } from 'hono';
import * as v from 'valibot';
import { localPath } from '../auth/auth.schemas';
import { currentUser, requireRole } from '../auth/middleware';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { markNoticeSeen, unseenNoticesFor } from './notices.queries';

const noticeIdParam = v.object({ id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'A notice id'), v.transform(Number)) });

const seenForm = v.object({ back: v.optional(localPath, '/') });

/** Members' correction notices: JSON for clients, a form target for the banner. */
export const noticeRoutes = new Hono<AppEnv>()
  .get('/api/me/notices', requireRole('member'), async (c) => {
    const items = await unseenNoticesFor(c.var.db, currentUser(c).id);
    return c.json({ items });
  })
  .post('/api/me/notices/:id/seen', requireRole('member'), validate('param', noticeIdParam), async (c) => {
    return c.json(await markNoticeSeen(c.var.db, currentUser(c).id, c.req.valid('param').id, Date.now()));
  })
  .post('/notices/:id/seen', requireRole('member'), validate('param', noticeIdParam), validate('form', seenForm), async (c) => {
    await markNoticeSeen(c.var.db, currentUser(c).id, c.req.valid('param').id, Date.now());
    return c.redirect(c.req.valid('form').back, 303);
  });
