import { Hono } from 'hono';
import { AuditPage } from '../../web/pages/editor/audit-page';
import { requirePage } from '../auth/page-guard';
import { currentUser, requireRole } from '../auth/middleware';
import { ownProvince } from '../auth/province-scope';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { ADMIN_ONLY_KINDS, actionKind, listAudit, type AuditQuery, type AuditScope } from './audit.queries';
import { auditQuery } from './audit.schemas';
import { historyLookups } from './history-lookups';

/**
 * What `user` may read of the log. Account and token entries are for admins only;
 * asking for them by name (`action=user.update`, `target=user:…`) is FORBIDDEN,
 * a plain listing just leaves them out. An editor or admin with a province sees its cases' entries
 * only, and such an admin the entries of its own accounts only.
 */
function auditScope(user: SessionUser, q: AuditQuery): AuditScope {
  // A provincial admin reads account entries of their province's accounts, and its cases' entries.
  if (user.role === 'admin') return { accountEntries: true, province: ownProvince(user) };
  const kinds: readonly string[] = ADMIN_ONLY_KINDS;
  const asked = [q.action ? actionKind(q.action) : null, q.target ? (q.target.split(':', 1)[0] ?? null) : null];
  if (asked.some((kind) => kind !== null && kinds.includes(kind))) {
    throw new AppError('FORBIDDEN', 'Account and token entries of the audit log are for admins only');
  }
  return { accountEntries: false, province: ownProvince(user) };
}

/** The audit log, read-only, for editors and admins: JSON and the /editor/audit page. */
export const auditRoutes = new Hono<AppEnv>()
  .get('/api/audit', requireRole('editor'), validate('query', auditQuery), async (c) => {
    const q = c.req.valid('query');
    const { entries, nextBefore } = await listAudit(c.var.db, q, auditScope(currentUser(c), q));
    return c.json({ entries: entries.map((e) => ({ ...e, createdAt: isoTime(e.createdAt) })), nextBefore });
  })
  .get('/editor/audit', requirePage('editor'), validate('query', auditQuery), async (c) => {
    const q = c.req.valid('query');
    const result = await listAudit(c.var.db, q, auditScope(currentUser(c), q));
    const lookups = await historyLookups(c.var.db, result.entries);
    return c.html(AuditPage({ lang: c.var.lang, user: c.var.user, query: q, lookups, ...result }));
  });
