import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The closed set of error codes the API can answer with. Every thrown error is
 * one of these; `onError` turns it into an RFC 9457 problem document.
 */
export const errorCodes = {
  BAD_REQUEST: { status: 400, title: 'Bad request' },
  VALIDATION_FAILED: { status: 400, title: 'Validation failed' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONFLICT: { status: 409, title: 'Conflict' },
  /** Well-formed input that breaks a rule of the data (a unit moved under its own child, a unit of another province). */
  UNPROCESSABLE: { status: 422, title: 'Unprocessable content' },
  GONE: { status: 410, title: 'Gone' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL: { status: 500, title: 'Internal error' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ErrorCode = keyof typeof errorCodes;

/** One invalid field: `path` is dotted (`province`, `captions.1`). */
export type FieldError = { path: string; message: string };

export type AppErrorOptions = {
  /** Field-level problems, for VALIDATION_FAILED and friends. */
  errors?: FieldError[];
  /** Seconds, for RATE_LIMITED and UNAVAILABLE. */
  retryAfter?: number;
  /** Extra members for the problem document (e.g. `currentState` on a 409). */
  extra?: Record<string, unknown>;
  cause?: unknown;
};

/**
 * Throw this from any handler or query; `onError` formats it.
 *
 * @example
 * throw new AppError('NOT_FOUND', `No story with slug "${slug}"`);
 * throw AppError.field('province', 'Unknown province code');
 */
export class AppError extends HTTPException {
  readonly code: ErrorCode;
  readonly errors?: FieldError[];
  readonly retryAfter?: number;
  readonly extra?: Record<string, unknown>;

  constructor(code: ErrorCode, detail: string, options: AppErrorOptions = {}) {
    super(errorCodes[code].status, { message: detail, cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
    this.extra = options.extra;
  }

  /** A validation failure on a single field. */
  static field(path: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', `Invalid ${path}: ${message}`, {
      errors: [{ path, message }],
    });
  }
}

/** Map a bare status (from hono's own HTTPExceptions) back onto our codes. */
export function codeForStatus(status: number): ErrorCode {
  const found = (Object.keys(errorCodes) as ErrorCode[]).find(
    (code) => errorCodes[code].status === status && code !== 'VALIDATION_FAILED',
  );
  return found ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}

/** `type` member of the problem document: a stable, relative URI per code. */
export function problemType(code: ErrorCode): string {
  return `/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}
