import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '../../schema';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { hasRole } from './roles';
import { SESSION_COOKIE, sessionForToken, touchSession, userForBearerToken } from './session-store';

/**
 * Resolves the caller from `Authorization: Bearer …` or the session cookie and
 * sets `user`/`authVia`. Anonymous callers pass through with `user = null`.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const header = c.req.header('authorization');
    if (header?.toLowerCase().startsWith('bearer ')) {
      const user = await userForBearerToken(c.var.db, header.slice(7).trim());
      if (!user) throw new AppError('UNAUTHENTICATED', 'The bearer token is invalid, expired or revoked');
      c.set('user', user);
      c.set('authVia', 'bearer');
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      const session = token ? await sessionForToken(c.var.db, token) : null;
      if (session) {
        c.set('user', session.user);
        c.set('authVia', 'cookie');
        await touchSession(c.var.db, session);
      }
    }
    await next();
  };
}

/**
 * Refuses callers below `role`: 401 without a session, 403 with a lower role.
 *
 * @example
 * app.post('/api/stories/:id/approve', requireRole('editor'), approveStory)
 */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  const guard: MiddlewareHandler<AppEnv> = async function requireRole(c, next) {
    const user = c.var.user;
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    if (!hasRole(user.role, role)) throw new AppError('FORBIDDEN', `This needs the ${role} role`);
    await next();
  };
  guardedBy.set(guard, role);
  return guard;
}

/**
 * The role each `requireRole`/`requirePage` middleware demands, keyed by the middleware as it
 * appears in `app.routes[].handler`: the OpenAPI document (workers/openapi/) reads each
 * route's security from the guard the route really runs.
 */
export const guardedBy = new WeakMap<object, Role>();

/** The signed-in user, for handlers behind `requireRole` (throws if there is none). */
export function currentUser(c: { var: AppEnv['Variables'] }) {
  const user = c.var.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return user;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every state-changing request. A browser always sends
 * `Origin` on cross-site POSTs, so a foreign Origin is refused outright; a
 * cookie-authenticated request must also prove it is same-origin. Bearer
 * clients carry no ambient credentials and are exempt.
 */
export function csrfProtect(): MiddlewareHandler<AppEnv> {
  return async function csrfProtect(c, next) {
    if (SAFE_METHODS.has(c.req.method) || c.var.authVia === 'bearer') return next();
    const self = new URL(c.req.url).origin;
    const origin = c.req.header('origin');
    if (origin && origin !== self) throw new AppError('FORBIDDEN', 'Cross-site request refused');
    if (!origin && c.var.authVia === 'cookie') {
      const site = c.req.header('sec-fetch-site');
      if (site !== 'same-origin' && site !== 'none') throw new AppError('FORBIDDEN', 'Cross-site request refused');
    }
    await next();
  };
}
