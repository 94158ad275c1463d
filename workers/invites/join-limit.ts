// Joins per address: a fixed window in D1 (workers/core/rate-limit.ts), keyed by an HMAC of
// the IP, never the IP. Generous enough for a ward office whose members join together from
// one NAT address; a script trying addresses or codes gets 429 with Retry-After.
import { hmacHex } from '../core/crypto';
import type { Db } from '../core/db';
import { countInWindow, type WindowLimit } from '../core/rate-limit';

export const JOIN_LIMIT: WindowLimit = { limit: 20, periodMs: 10 * 60_000 };

/** Count one join attempt from `ip`; throws RATE_LIMITED (429 + Retry-After) over the limit. */
export async function countJoinFrom(hashSecret: string | undefined, db: Db, ip: string, now = Date.now()): Promise<void> {
  const key = `join:ip:${await hmacHex(hashSecret ?? 'join', ip)}`;
  await countInWindow(undefined, db, key, JOIN_LIMIT, 'Too many attempts to join from your network; try again later', now);
}
