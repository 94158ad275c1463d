// Guards inside a D1 batch: a statement that fails, and so rolls the whole batch
// back, when a condition the batch relies on does not hold (someone else changed
// the case between our read and our write).
import { eq, sql, type SQL } from 'drizzle-orm';
import { cases } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';

/**
 * A statement that fails (and so rolls the whole batch back) unless the statement
 * just before it in the batch changed exactly one row. Batches run their
 * statements in order on one connection, so `changes()` is that statement's count.
 * (Not a timestamp check: concurrent requests can share the same `Date.now()`.)
 * SQLite has no RAISE outside triggers; `json()` on text that is not JSON is the error we provoke.
 */
export function guardChanged(db: Db, id: number) {
  return guard(db, id, sql`changes() = 1`);
}

/** Evaluated on the (existing) row of case `id`; fails the batch when `condition` is false for it. */
export function guard(db: Db, id: number, condition: SQL) {
  return db
    .select({ ok: sql<string>`json(CASE WHEN ${condition} THEN '1' ELSE ${GUARD_FAILED} END)` })
    .from(cases)
    .where(eq(cases.id, id));
}
const GUARD_FAILED = 'case changed concurrently';

function isGuardFailure(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    if (e instanceof Error && /malformed JSON/i.test(e.message)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** Run a guarded batch; a failed guard means someone else changed the case first: 409 with its state now. */
export async function guarded<T>(db: Db, id: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!isGuardFailure(err)) throw err;
    const [now] = await db.select({ status: cases.status, mergedIntoId: cases.mergedIntoId }).from(cases).where(eq(cases.id, id));
    throw new AppError('CONFLICT', `Case #${id} changed while you were editing it; reload and try again`, {
      extra: { currentState: now?.mergedIntoId != null ? 'merged' : now?.status },
    });
  }
}
