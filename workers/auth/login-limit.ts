// Sign-in limits, per account and per IP, in `rate_counters` (fixed windows).
// An attempt first claims a slot in both counters, atomically (one conditional
// upsert each), and only then is its password checked: however many attempts
// arrive at once, at most MAX_ACCOUNT_FAILURES passwords of one account are
// checked per window. Unknown emails are counted exactly like real ones, so a
// lockout says nothing about whether an account exists. IPs are keyed by HMAC,
// never stored in clear.
import { and, eq, gt, sql } from 'drizzle-orm';
import { rateCounters } from '../../schema';
import { hmacHex, sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Password checks allowed per account in a window; the next attempts get 429 until the window ends. */
export const MAX_ACCOUNT_FAILURES = 5;
/** Per IP: higher, because a whole office (one NAT address) signs in from one IP. */
export const MAX_IP_FAILURES = 30;

export type LoginKeys = { account: string; ip: string };

/** A slot taken in one counter: which window it belongs to, so it can be given back. */
export type Claim = { key: string; windowStart: number };

/** The counter keys for this attempt. `hashSecret` keys the IP hash. */
export async function loginKeys(email: string, ip: string, hashSecret: string | undefined): Promise<LoginKeys> {
  if (!hashSecret) throw new AppError('UNAVAILABLE', 'Sign-in is not configured on this server (HASH_SECRET is missing)');
  return { account: `login:acct:${await sha256Hex(email)}`, ip: `login:ip:${await hmacHex(hashSecret, ip)}` };
}

/**
 * Take one slot of `key`, or null when its window is full. One statement: the
 * insert, the window reset and the "still below `max`" test happen together in
 * D1, so parallel attempts cannot all read "4 so far" and all go on.
 */
async function claim(db: Db, key: string, max: number, now: number): Promise<Claim | null> {
  const stale = sql`${rateCounters.windowStart} <= ${now - LOGIN_WINDOW_MS}`;
  const [row] = await db
    .insert(rateCounters)
    .values({ key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`CASE WHEN ${stale} THEN 1 ELSE ${rateCounters.count} + 1 END`,
        windowStart: sql`CASE WHEN ${stale} THEN ${now} ELSE ${rateCounters.windowStart} END`,
      },
      setWhere: sql`${stale} OR ${rateCounters.count} < ${max}`,
    })
    .returning({ windowStart: rateCounters.windowStart });
  return row ? { key, windowStart: row.windowStart } : null;
}

/** Give a slot back (the attempt was not a wrong password), if its window is still the current one. */
async function release(db: Db, taken: Claim): Promise<void> {
  await db
    .update(rateCounters)
    .set({ count: sql`${rateCounters.count} - 1` })
    .where(and(eq(rateCounters.key, taken.key), eq(rateCounters.windowStart, taken.windowStart), gt(rateCounters.count, 0)));
}

/** 429 with Retry-After: the seconds until `key`'s window ends. */
async function limited(db: Db, key: string, now: number): Promise<AppError> {
  const row = await db.select({ windowStart: rateCounters.windowStart }).from(rateCounters).where(eq(rateCounters.key, key)).get();
  const until = (row?.windowStart ?? now) + LOGIN_WINDOW_MS;
  return new AppError('RATE_LIMITED', 'Too many failed sign-in attempts. Try again later.', { retryAfter: Math.max(1, (until - now) / 1000) });
}

export type LoginSlot = { account: Claim; ip: Claim };

/**
 * Claim the right to check one password: a slot for the account, then for the IP.
 * Throws RATE_LIMITED (429 + Retry-After) when either is full; a refused attempt
 * holds no slot.
 */
export async function claimLoginSlot(db: Db, keys: LoginKeys, now = Date.now()): Promise<LoginSlot> {
  const account = await claim(db, keys.account, MAX_ACCOUNT_FAILURES, now);
  if (!account) throw await limited(db, keys.account, now);
  const ip = await claim(db, keys.ip, MAX_IP_FAILURES, now);
  if (!ip) {
    await release(db, account);
    throw await limited(db, keys.ip, now);
  }
  return { account, ip };
}

/**
 * The password was right: the account's failures are forgotten (its owner proved
 * who they are) and the IP gets its slot back (a right password is no failure,
 * and one office shares one address). A wrong password keeps both slots taken.
 */
export async function settleSuccess(db: Db, slot: LoginSlot): Promise<void> {
  await db.batch([
    db.delete(rateCounters).where(eq(rateCounters.key, slot.account.key)),
    db
      .update(rateCounters)
      .set({ count: sql`${rateCounters.count} - 1` })
      .where(and(eq(rateCounters.key, slot.ip.key), eq(rateCounters.windowStart, slot.ip.windowStart), gt(rateCounters.count, 0))),
  ]);
}
