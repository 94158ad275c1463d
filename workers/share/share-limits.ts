// How fast new tracked links may be asked for. Anonymous requests are limited per
// address (an HMAC of the IP), signed-in members per account: a ward office where
// forty cadres share a campaign at once sits behind one address, and each of them is
// accountable under their own name, so members are not pooled by address.
import type { Db } from '../core/db';
import { countInWindow, type WindowLimit } from '../core/rate-limit';

/** Keep in step with `[[ratelimits]] SHARE_LIMITER` and `SHARE_MEMBER_LIMITER` in wrangler.toml. */
export const SHARE_ADDRESS_LIMIT: WindowLimit = { limit: 60, periodMs: 60_000 };
export const SHARE_MEMBER_LIMIT: WindowLimit = { limit: 30, periodMs: 60_000 };

type Limiters = { SHARE_LIMITER?: RateLimit; SHARE_MEMBER_LIMITER?: RateLimit };

/** Count one share request; throws RATE_LIMITED (429, `Retry-After`) over the caller's limit. */
export async function countShareRequest(env: Limiters, db: Db, from: { userId: string } | { addressKey: string }, now = Date.now()): Promise<void> {
  if ('userId' in from) {
    await countInWindow(env.SHARE_MEMBER_LIMITER, db, `share:user:${from.userId}`, SHARE_MEMBER_LIMIT, 'You are sharing too fast; try again in a minute', now);
  } else {
    await countInWindow(env.SHARE_LIMITER, db, `share:ip:${from.addressKey}`, SHARE_ADDRESS_LIMIT, 'Too many shares from your network; try again in a minute', now);
  }
}
