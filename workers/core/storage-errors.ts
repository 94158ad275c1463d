// Telling a storage outage (D1 or R2 unreachable, overloaded, reset) from a bug or
// a refused write. An outage answers 503 with Retry-After (workers/core/problem.ts)
// and queue consumers retry it; anything else keeps its own meaning: a UNIQUE
// violation is a conflict in the data, a missing column is a bug, and neither
// gets better by trying again.

/** Seconds a client should wait before retrying after a storage outage. */
export const STORAGE_RETRY_AFTER = 30;

/**
 * Transient failures, whatever the prefix: the D1 docs' "retryable" list (network
 * lost, object reset, code updated, overloaded, transient remote node) and SQLite's
 * own "come back later" codes (busy, locked, I/O, full, out of memory).
 */
const TRANSIENT =
  /network connection lost|connection (?:reset|refused|closed)|overloaded|object to be reset|reset because its code was updated|transient issue|exceeded timeout|timed out|temporarily unavailable|SQLITE_(?:BUSY|LOCKED|IOERR|FULL|NOMEM|CANTOPEN|PROTOCOL)\b|database is locked/i;

/**
 * D1 errors that say the statement or its data is wrong, not that D1 is away: constraint
 * violations (UNIQUE, CHECK, FOREIGN KEY, NOT NULL), schema mismatches, SQL errors, and
 * limits on a single statement (D1 refuses LIKE/GLOB patterns over 50 bytes).
 */
const NOT_AN_OUTAGE =
  /constraint failed|SQLITE_CONSTRAINT|SQLITE_(?:ERROR|MISMATCH|RANGE|TOOBIG|AUTH|MISUSE)\b|no such (?:table|column|function|index|module)|has no column|syntax error|datatype mismatch|too many (?:SQL variables|terms|columns)|too complex|too big|wrong number of|ambiguous column|unrecognized token|incomplete input|cannot (?:add|start|commit)|D1_(?:TYPE_ERROR|COLUMN_NOTFOUND|EXEC_ERROR)/i;

/** R2 errors end in their code: `put: We encountered an internal error. (10001)`. */
const R2_MESSAGE = /^(?:get|head|put|list|delete|createMultipartUpload|uploadPart|completeMultipartUpload|abortMultipartUpload)\b.*\((\d+)\)\s*$/;

/** R2 codes that mean the request itself was wrong (bad key, too large, bad digest, range, precondition…). */
const R2_CALLER_CODES = new Set([10011, 10012, 10014, 10020, 10025, 10031, 10037, 10039, 10048, 100100]);

function oneIsOutage(err: Error): boolean {
  const message = err.message;
  if (TRANSIENT.test(message)) return true;
  // Any other D1 failure (`D1_ERROR: …`, `D1_DUMP_ERROR: …`) means D1 could not answer.
  if (/^D1_[A-Z_]*ERROR\b/.test(message)) return true;
  const r2 = R2_MESSAGE.exec(message);
  if (r2 || err.name === 'R2Error') return !R2_CALLER_CODES.has(Number(r2?.[1]));
  return false;
}

/**
 * True when `err` (or an error it wraps through `cause`, as drizzle's
 * DrizzleQueryError does) is D1 or R2 being unavailable. Stops at the first
 * error that is clearly not an outage, so a wrapped constraint error stays one.
 *
 * @example
 * isStorageOutage(new Error('D1_ERROR: Network connection lost.')) // true
 * isStorageOutage(new Error('D1_ERROR: UNIQUE constraint failed: stories.slug: SQLITE_CONSTRAINT')) // false
 */
export function isStorageOutage(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    // drizzle's wrapper repeats the SQL and its parameters (user text): only its cause speaks.
    if (!current.message.startsWith('Failed query:')) {
      if (NOT_AN_OUTAGE.test(current.message)) return false;
      if (oneIsOutage(current)) return true;
    }
    current = current.cause;
  }
  return false;
}
