// Per-address limit on checks: the CHECK_LIMITER binding, or the D1 fixed-window counter
// where the binding is missing (workers/core/rate-limit.ts). Only a keyed hash of the
// address is ever used; nothing pasted is part of the key.
import type { Db } from '../core/db';
import { countInWindow, type WindowLimit } from '../core/rate-limit';

/** Keep in step with `[[ratelimits]] CHECK_LIMITER` in wrangler.toml. */
export const CHECK_LIMIT: WindowLimit = { limit: 30, periodMs: 60_000 };

/** One more check from `ipKey`; throws RATE_LIMITED over the limit. */
export async function countCheckFrom(env: { CHECK_LIMITER?: RateLimit }, db: Db, ipKey: string, now = Date.now()): Promise<void> {
  await countInWindow(env.CHECK_LIMITER, db, `check:ip:${ipKey}`, CHECK_LIMIT, 'Too many checks from your network; try again in a minute', now);
}
