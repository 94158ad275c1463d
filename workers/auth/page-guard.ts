import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../schema';
import type { AppEnv } from '../core/types';
import { guardedBy, requireRole } from './middleware';

/**
 * `requireRole` for HTML pages: an anonymous browser is sent to /login (and back
 * afterwards); everyone else gets exactly what `requireRole` answers (401/403).
 */
export function requirePage(role: Role): MiddlewareHandler<AppEnv> {
  const guard = requireRole(role);
  const page: MiddlewareHandler<AppEnv> = async function requirePage(c, next) {
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (!c.var.user && wantsHtml && c.req.method === 'GET') {
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    return guard(c, next);
  };
  guardedBy.set(page, role);
  return page;
}
