// Per-IP limit on new reports: the REPORT_LIMITER binding (20 per 60 s), or the
// D1 fixed-window counter where the binding is missing (workers/core/rate-limit.ts).
import type { Db } from '../core/db';
import { countInWindow, type WindowLimit } from '../core/rate-limit';

/** Keep in step with `[[ratelimits]] REPORT_LIMITER` in wrangler.toml. */
export const REPORT_LIMIT: WindowLimit = { limit: 20, periodMs: 60_000 };

/** One more report from `ipKey` (a keyed hash, never the IP); throws RATE_LIMITED over the limit. */
export async function countReportFrom(
  env: { REPORT_LIMITER?: RateLimit },
  db: Db,
  ipKey: string,
  now = Date.now(),
): Promise<void> {
  await countInWindow(env.REPORT_LIMITER, db, `report:ip:${ipKey}`, REPORT_LIMIT, 'Too many reports from your network; try again in a minute', now);
}

/** Keep in step with `[[ratelimits]] LOOKUP_LIMITER` in wrangler.toml: 40-bit codes, so 20 guesses a minute find nothing. */
export const LOOKUP_LIMIT: WindowLimit = { limit: 20, periodMs: 60_000 };

/** One more lookup by short code from `ipKey` (a keyed hash, never the IP); throws RATE_LIMITED over the limit. */
export async function countLookupFrom(
  env: { LOOKUP_LIMITER?: RateLimit },
  db: Db,
  ipKey: string,
  now = Date.now(),
): Promise<void> {
  await countInWindow(env.LOOKUP_LIMITER, db, `report:lookup:${ipKey}`, LOOKUP_LIMIT, 'Too many lookups from your network; try again in a minute', now);
}
