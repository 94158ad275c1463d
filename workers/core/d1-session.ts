// Where a request's D1 reads may come from (D1 read replication through the Sessions API).
// This file is the one place that decides it; README "Read replicas (D1 Sessions API)" has the table.
//
// - Writes (anything but GET/HEAD), the editorial desk, account pages, report receipts and
//   bearer-token clients start on the primary (`first-primary`): the desk decides on what is true
//   now, and a token client carries no cookie to remember a bookmark in.
// - A signed-in browser carries the session's bookmark in a cookie (set by the sign-in itself and
//   renewed as it moves); its next request resumes from it, so it always reads its own writes
//   (its sign-in, its share, its edit) even on a replica. Signed in without a usable bookmark: the primary.
// - Everyone else (anonymous readers) starts `first-unconstrained`: the nearest replica, which
//   may be a little behind the primary.
// Locally (wrangler dev, vitest) replication is off: every session reads the one database, and
// the code runs exactly as deployed.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import * as v from 'valibot';
import { SESSION_COOKIE } from '../auth/session-store';
import { createDb, type Db } from './db';
import type { AppEnv } from './types';

/** The session bookmark cookie: `__Host-` (Secure, Path=/, no Domain), HttpOnly, SameSite=Lax like the session cookie. */
export const BOOKMARK_COOKIE = '__Host-lantoa_d1';

/** A day: a bookmark only matters for the seconds a replica may lag; a signed-in reader's is renewed as it moves. */
const BOOKMARK_MAX_AGE_S = 24 * 60 * 60;

/**
 * What a D1 bookmark looks like (`00000001-00000002-00004e2f-0a83ea2fceebc654de0640c422be4653`): hex groups
 * joined by dashes. Kept a little looser than today's 8-8-8-32 so a format change only costs locality, while
 * anything else (garbage, a header-breaking character, a huge value) is ignored rather than sent to D1.
 */
export const bookmarkSchema = v.pipe(v.string(), v.maxLength(128), v.regex(/^[0-9a-f]{1,64}(?:-[0-9a-f]{1,64}){1,7}$/));

/**
 * Paths that read the primary, GET included:
 * - the desk and admin (`/editor…`, their JSON APIs incl. `/api/settings…`, a story's revisions and figures): editors decide
 *   (approve, merge, answer a case) on what is true now, not on a replica's copy;
 * - sign-in and account pages (`/login`, `/account`, set-password links, `/api/auth…`): one-time links
 *   and sessions are checked where they are written;
 * - a report's receipt (`/report/<receipt>`, `/api/reports/<receipt>`): the reporter lands there the
 *   moment the report is written, and anonymous reporters carry no bookmark.
 * Members' own pages (`/me`, `/api/me`, the unit leaderboard) read through their bookmark instead.
 */
const PRIMARY_PATHS = new RegExp(
  '^/(?:editor|login|logout|account|dat-mat-khau|set-password|report|' +
    'api/(?:editor|cases|users|audit|admin|invites|stats|tokens|dead-letters|auth|reports|settings)|' +
    'api/units(?!/leaderboard)|api/stories/[^/]+/(?:revisions|stats))(?:/|$)',
);

const READ_METHODS = new Set(['GET', 'HEAD']);

function isWrite(c: Context<AppEnv>): boolean {
  return !READ_METHODS.has(c.req.method);
}

function hasBearer(c: Context<AppEnv>): boolean {
  return c.req.header('authorization') !== undefined;
}

/** The bookmark cookie's value when it is a well-formed bookmark; anything else is ignored (never an error). */
export function bookmarkFromCookie(c: Context<AppEnv>): string | null {
  const raw = getCookie(c, BOOKMARK_COOKIE);
  return raw !== undefined && v.is(bookmarkSchema, raw) ? raw : null;
}

/** The constraint, or the bookmark to resume from, for this request's D1 session. */
export function sessionConstraint(c: Context<AppEnv>): D1SessionConstraint | D1SessionBookmark {
  if (isWrite(c) || hasBearer(c) || PRIMARY_PATHS.test(new URL(c.req.url).pathname)) return 'first-primary';
  const bookmark = bookmarkFromCookie(c);
  if (bookmark) return bookmark;
  return getCookie(c, SESSION_COOKIE) !== undefined ? 'first-primary' : 'first-unconstrained';
}

/** True when this request's reads may come from a replica that has not seen a write made a moment ago by someone else. */
export function readsMayLag(c: Context<AppEnv>): boolean {
  return sessionConstraint(c) !== 'first-primary';
}

/**
 * For a route that must not answer "not found" just because a replica lags (`/l/:code`): a maker of
 * a client on the primary (the binding itself; made only when needed, a drizzle client is not free),
 * or null when this request already reads the primary.
 */
export function primaryOnMiss(c: Context<AppEnv>): (() => Db) | null {
  return readsMayLag(c) ? () => createDb(c.env.DB) : null;
}

/** This request's D1 session (what `createDb` gets in `requestContext`). */
export function openD1Session(c: Context<AppEnv>): D1DatabaseSession {
  return c.env.DB.withSession(sessionConstraint(c));
}

/** True when the response starts a session (a sign-in): the sign-in's own write must travel with it. */
function startsSession(c: Context<AppEnv>): boolean {
  return c.res.headers.getAll('set-cookie').some((line) => line.startsWith(`${SESSION_COOKIE}=`) && !line.startsWith(`${SESSION_COOKIE}=;`));
}

/**
 * After the response: hand a signed-in browser (one that sent a session cookie, or that this very
 * answer signs in) the session's latest bookmark when it moved. Nobody else gets the cookie:
 * - anonymous answers never carry it, so no answer the read cache stores or serves does (the cache
 *   strips Set-Cookie from stored copies too), and an anonymous write (joining through an invite,
 *   sending a report) cannot be told apart by a cookie appearing or not;
 * - token clients start on the primary and keep no cookies.
 */
export function carryBookmark(c: Context<AppEnv>, session: D1DatabaseSession): void {
  if (hasBearer(c)) return;
  if (getCookie(c, SESSION_COOKIE) === undefined && !startsSession(c)) return;
  const bookmark = session.getBookmark();
  if (bookmark === null || !v.is(bookmarkSchema, bookmark) || bookmark === getCookie(c, BOOKMARK_COOKIE)) return;
  setCookie(c, BOOKMARK_COOKIE, bookmark, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', maxAge: BOOKMARK_MAX_AGE_S });
}
