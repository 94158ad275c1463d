import { Hono } from 'hono';
import { AuditPage } from '../../web/pages/editor/audit-page';
import { requirePage } from '../auth/page-guard';
import { requireRole } from '../auth/middleware';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { listAudit } from './audit.queries';
import { auditQuery } from './audit.schemas';

/** The audit log, read-only, for editors and admins: JSON and the /editor/audit page. */
export const auditRoutes = new Hono<AppEnv>()
  .get('/api/audit', requireRole('editor'), validate('query', auditQuery), async (c) => {
    const q = c.req.valid('query');
    const { entries, nextBefore } = await listAudit(c.var.db, q);
    return c.json({ entries: entries.map((e) => ({ ...e, createdAt: isoTime(e.createdAt) })), nextBefore });
  })
  .get('/editor/audit', requirePage('editor'), validate('query', auditQuery), async (c) => {
    const q = c.req.valid('query');
    const result = await listAudit(c.var.db, q);
    return c.html(AuditPage({ lang: c.var.lang, user: c.var.user, query: q, ...result }));
  });
