import { DrizzleQueryError } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ErrorPage } from '../../web/pages/error-page';
import { AppError, codeForStatus, errorCodes, problemType, type ErrorCode, type FieldError } from './errors';
import { isStorageOutage, STORAGE_RETRY_AFTER } from './storage-errors';
import type { AppEnv } from './types';

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  requestId: string;
  instance: string;
  errors?: FieldError[];
  [extra: string]: unknown;
};

/** Normalise anything thrown into our closed set; unknown errors keep no message. */
function describe(err: unknown): { code: ErrorCode; detail: string; errors?: FieldError[]; retryAfter?: number; extra?: Record<string, unknown> } {
  if (err instanceof AppError) return { code: err.code, detail: err.message, errors: err.errors, retryAfter: err.retryAfter, extra: err.extra };
  if (err instanceof HTTPException) {
    // hono's own exceptions (malformed JSON or form, body limit) carry safe, fixed messages.
    const code = codeForStatus(err.status);
    const malformed = err.status === 400 && /json|form ?data/i.test(err.message);
    return {
      code,
      detail: err.message || errorCodes[code].title,
      errors: malformed ? [{ path: 'body', message: err.message }] : undefined,
    };
  }
  if (isStorageOutage(err)) {
    // D1 or R2 did not answer. Writes go in one batch, so nothing was half-done; retrying later works.
    return { code: 'UNAVAILABLE', detail: 'Storage is briefly unavailable; nothing was changed. Try again shortly.', retryAfter: STORAGE_RETRY_AFTER };
  }
  return { code: 'INTERNAL', detail: 'An unexpected error occurred. Quote the request id if you contact us.' };
}

/**
 * Paths whose requests carry text a person pasted to be checked and never kept (the check
 * before posting): their log line names the error's kind only, never its message or stack,
 * which could quote the text (a parser's "unexpected token near …").
 */
const PRIVATE_BODY_PATHS = /^\/(?:api\/check|kiem-tra|check)(?:\/|$)/;
export const isPrivateBodyPath = (pathname: string) => PRIVATE_BODY_PATHS.test(pathname);

/** One-time links carry their secret in the path: logs get the path without it. */
const SECRET_PATH = /^(\/(?:dat-mat-khau|set-password))\/[^/]+/;
export const loggablePath = (pathname: string) => pathname.replace(SECRET_PATH, '$1/[token]');

function wantsHtml(c: Context<AppEnv>): boolean {
  const path = new URL(c.req.url).pathname;
  if (path.startsWith('/api/')) return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}

/**
 * What the log may say about `err`. A failed drizzle query's message (and so its stack) carries
 * the statement's bound values: a push endpoint, an email, a hash. Only the SQL and the driver's
 * own error are logged for it.
 */
function loggableCause(err: unknown): string {
  if (err instanceof DrizzleQueryError) {
    const cause = err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}\n${err.cause.stack ?? ''}` : String(err.cause);
    return `DrizzleQueryError: Failed query: ${err.query}\n(bound values not logged)\ncaused by ${cause}`;
  }
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err);
}

/** The single error responder: RFC 9457 JSON for clients, an HTML page for browsers. */
export function respondWithError(err: unknown, c: Context<AppEnv>): Response | Promise<Response> {
  const { code, detail, errors, retryAfter, extra } = describe(err);
  const { status, title } = errorCodes[code];
  const requestId = c.var.requestId ?? 'unknown';
  if (status >= 500) {
    // Log the real cause for operators, keyed by request id; never the request body or headers.
    const pathname = new URL(c.req.url).pathname;
    const cause = isPrivateBodyPath(pathname) ? `${err instanceof Error ? err.name : typeof err} (message not logged: the request holds pasted text)` : loggableCause(err);
    console.error(`[${requestId}] ${code} ${c.req.method} ${loggablePath(pathname)}\n${cause}`);
  }
  const headers: Record<string, string> = {};
  if (retryAfter !== undefined) headers['Retry-After'] = String(Math.max(1, Math.ceil(retryAfter)));
  // An outage answer must not outlive the outage in any cache.
  if (status === 503) headers['Cache-Control'] = 'no-store';
  if (wantsHtml(c)) {
    // The reader's own navigation (c.var.user is set by `authenticate`, which runs before any route).
    const page = ErrorPage({ lang: c.var.lang ?? 'vi', status, requestId, path: new URL(c.req.url).pathname, user: c.var.user ?? null });
    return c.html(page, status, headers);
  }
  const body: Problem = {
    ...extra,
    type: problemType(code),
    title,
    status,
    detail,
    code,
    requestId,
    instance: new URL(c.req.url).pathname,
    ...(errors ? { errors } : {}),
  };
  // c.body keeps headers set earlier in the chain (X-Request-Id).
  return c.body(JSON.stringify(body), status, { ...headers, 'Content-Type': PROBLEM_JSON });
}
