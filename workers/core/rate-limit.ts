// Fixed-window limits keyed by an opaque string (a keyed hash of an IP, a member id).
// Deployed, a Workers Rate Limiting binding counts without touching D1; where the
// binding is missing (tests, a bare `wrangler dev`), a counter row in D1 does the same job.
import { sql } from 'drizzle-orm';
import { rateCounters } from '../../schema';
import type { Db } from './db';
import { AppError } from './errors';

/** `limit` requests per `periodMs`; keep in step with the binding's `simple` rule in wrangler.toml. */
export type WindowLimit = { limit: number; periodMs: number };

/**
 * Count one more request under `key`; throws RATE_LIMITED (with `Retry-After`) over the limit.
 * The D1 counter is one upsert (count first, atomically), so a parallel burst cannot slip past it.
 */
export async function countInWindow(
  limiter: RateLimit | undefined,
  db: Db,
  key: string,
  rule: WindowLimit,
  detail: string,
  now = Date.now(),
): Promise<void> {
  if (limiter) {
    const { success } = await limiter.limit({ key });
    // The binding does not say when its window ends: the whole period is the honest upper bound.
    if (!success) throw new AppError('RATE_LIMITED', detail, { retryAfter: rule.periodMs / 1000 });
    return;
  }
  const windowStart = now - (now % rule.periodMs);
  const [row] = await db
    .insert(rateCounters)
    .values({ key, count: 1, windowStart })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`CASE WHEN ${rateCounters.windowStart} < ${windowStart} THEN 1 ELSE ${rateCounters.count} + 1 END`,
        windowStart: sql`max(${rateCounters.windowStart}, ${windowStart})`,
      },
    })
    .returning({ count: rateCounters.count, windowStart: rateCounters.windowStart });
  if (row && row.count > rule.limit) {
    throw new AppError('RATE_LIMITED', detail, { retryAfter: Math.max(1, Math.ceil((row.windowStart + rule.periodMs - now) / 1000)) });
  }
}
