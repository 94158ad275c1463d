// Per-IP limit on new reports. Deployed, the Workers Rate Limiting binding
// (REPORT_LIMITER in wrangler.toml: 20 per 60 s) does it without touching D1;
// where that binding is missing, a fixed-window counter in D1 does the same job.
import { sql } from 'drizzle-orm';
import { rateCounters } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';

/** Keep in step with `[[ratelimits]] REPORT_LIMITER` in wrangler.toml. */
export const REPORT_LIMIT = { limit: 20, periodMs: 60_000 };

function limited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', 'Too many reports from your network; try again in a minute', { retryAfter: retryAfterSeconds });
}

/** One more report from `ipKey` (a keyed hash, never the IP); throws RATE_LIMITED over the limit. */
export async function countReportFrom(
  env: { REPORT_LIMITER?: RateLimit },
  db: Db,
  ipKey: string,
  now = Date.now(),
): Promise<void> {
  const key = `report:ip:${ipKey}`;
  if (env.REPORT_LIMITER) {
    const { success } = await env.REPORT_LIMITER.limit({ key });
    if (!success) throw limited(REPORT_LIMIT.periodMs / 1000);
    return;
  }
  const windowStart = now - (now % REPORT_LIMIT.periodMs);
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
  if (row && row.count > REPORT_LIMIT.limit) {
    throw limited(Math.max(1, Math.ceil((row.windowStart + REPORT_LIMIT.periodMs - now) / 1000)));
  }
}
