import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/session-store';
import type { AppEnv } from './types';

export const PRIVATE_NO_STORE = 'private, no-store';

/**
 * Paths of the editor desk and of accounts: private whoever asks (a signed-out
 * visitor's /login page carries a `next` and a form, an anonymous 401 from the
 * desk is no one else's business either).
 */
const ACCOUNT_PATHS = /^\/(?:editor|login|logout|account|dat-mat-khau|set-password|api\/(?:auth|me|users|tokens|audit|editor|cases|stats|push))(?:\/|$)/;

/** True for paths that are private whoever asks (see ACCOUNT_PATHS). */
export function isAccountPath(pathname: string): boolean {
  return ACCOUNT_PATHS.test(pathname);
}

/**
 * `Cache-Control: private, no-store` on every answer to a signed-in request
 * (a session cookie or a bearer token, even one that turns out to be invalid)
 * and on every editor or account page, whatever the route set: no shared cache
 * or browser history keeps a page made for one person.
 *
 * Mounted before `authenticate` so that its work, done after `next()`, sees the
 * resolved user and also covers the 401 an invalid token gets from `authenticate`.
 */
export function privateResponses(): MiddlewareHandler<AppEnv> {
  return async function privateResponses(c, next) {
    await next();
    const credentials = c.req.header('authorization') !== undefined || getCookie(c, SESSION_COOKIE) !== undefined;
    if (c.var.user !== null || credentials || isAccountPath(new URL(c.req.url).pathname)) {
      c.res.headers.set('Cache-Control', PRIVATE_NO_STORE);
    }
  };
}
