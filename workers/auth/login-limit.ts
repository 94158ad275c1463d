// Failed-login limits, per account and per IP, in `rate_counters` (fixed windows).
// Unknown emails are counted exactly like real ones, so a lockout says nothing
// about whether an account exists. IPs are keyed by HMAC, never stored in clear.
import { inArray, sql } from 'drizzle-orm';
import { rateCounters } from '../../schema';
import { hmacHex, sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LOCK_MS = 15 * 60 * 1000;
/** Failures allowed per account in a window before it is locked for LOGIN_LOCK_MS. */
export const MAX_ACCOUNT_FAILURES = 5;
/** Per IP: higher, because a whole office (one NAT address) signs in from one IP. */
export const MAX_IP_FAILURES = 30;

export type LoginKeys = { account: string; ip: string };

/** The counter keys for this attempt. `hashSecret` keys the IP hash. */
export async function loginKeys(email: string, ip: string, hashSecret: string | undefined): Promise<LoginKeys> {
  if (!hashSecret) throw new AppError('UNAVAILABLE', 'Sign-in is not configured on this server (HASH_SECRET is missing)');
  return { account: `login:acct:${await sha256Hex(email)}`, ip: `login:ip:${await hmacHex(hashSecret, ip)}` };
}

/** Throws RATE_LIMITED (429 + Retry-After) while either key is locked. */
export async function assertNotLocked(db: Db, keys: LoginKeys, now = Date.now()): Promise<void> {
  const rows = await db
    .select({ lockedUntil: rateCounters.lockedUntil })
    .from(rateCounters)
    .where(inArray(rateCounters.key, [keys.account, keys.ip]));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil ?? 0));
  if (until > now) {
    throw new AppError('RATE_LIMITED', 'Too many failed sign-in attempts. Try again later.', { retryAfter: (until - now) / 1000 });
  }
}

/** Count one failure against `key`; locks it when `max` is reached within the window. One atomic upsert. */
async function bump(db: Db, key: string, max: number, now: number): Promise<void> {
  const windowFloor = now - LOGIN_WINDOW_MS;
  await db.run(sql`
    INSERT INTO rate_counters (key, count, window_start, locked_until) VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT(key) DO UPDATE SET
      count = CASE WHEN window_start <= ${windowFloor} THEN 1 ELSE count + 1 END,
      window_start = CASE WHEN window_start <= ${windowFloor} THEN ${now} ELSE window_start END,
      locked_until = CASE
        WHEN (CASE WHEN window_start <= ${windowFloor} THEN 1 ELSE count + 1 END) >= ${max} THEN ${now + LOGIN_LOCK_MS}
        ELSE locked_until END`);
}

export async function recordFailure(db: Db, keys: LoginKeys, now = Date.now()): Promise<void> {
  await bump(db, keys.account, MAX_ACCOUNT_FAILURES, now);
  await bump(db, keys.ip, MAX_IP_FAILURES, now);
}

/** A successful sign-in clears the account's failures (not the IP's: one good account must not unlock guessing). */
export async function clearAccountFailures(db: Db, keys: LoginKeys): Promise<void> {
  await db.delete(rateCounters).where(inArray(rateCounters.key, [keys.account]));
}
