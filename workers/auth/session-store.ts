import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { apiTokens, pushSubscriptions, sessions, users } from '../../schema';
import { randomToken, sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';

export const SESSION_COOKIE = '__Host-lantoa_session';
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The columns of a `SessionUser`: what handlers may know of the signed-in account. */
export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  provinceCode: users.provinceCode,
  unit: users.unit,
  unitId: users.unitId,
  phone: users.phone,
};

/** Starts a session; returns the token for the cookie. Only its hash is stored. */
export async function createSession(db: Db, userId: string, userAgent: string | null, now = Date.now()) {
  const token = randomToken();
  await db.insert(sessions).values({
    tokenHash: await sha256Hex(token),
    userId,
    createdAt: now,
    expiresAt: now + SESSION_TTL_MS,
    userAgent: userAgent?.slice(0, 200) ?? null,
  });
  return { token, expiresAt: now + SESSION_TTL_MS };
}

/** How often "last seen" is written: often enough to read as "a few minutes ago", rarely enough to cost nothing. */
export const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;

export type ActiveSession = { user: SessionUser; tokenHash: string; createdAt: number; lastSeenAt: number | null };

/** The active session behind a token, with its not-disabled user, or null. */
export async function sessionForToken(db: Db, token: string, now = Date.now()): Promise<ActiveSession | null> {
  const tokenHash = await sha256Hex(token);
  const rows = await db
    .select({ user: sessionUserColumns, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, tokenHash } : null;
}

/** The active, not-disabled user behind a session token, or null. */
export async function userForSessionToken(db: Db, token: string, now = Date.now()): Promise<SessionUser | null> {
  return (await sessionForToken(db, token, now))?.user ?? null;
}

/**
 * Record that a session was used, at most every LAST_SEEN_EVERY_MS. Best effort: a
 * failed write (D1 refusing writes) must not turn a read into an error.
 */
export async function touchSession(db: Db, session: ActiveSession, now = Date.now()): Promise<void> {
  if (now - (session.lastSeenAt ?? session.createdAt) < LAST_SEEN_EVERY_MS) return;
  try {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, session.tokenHash));
  } catch {
    // Last seen is a hint for its owner, not a record: skip it this time.
  }
}

/**
 * Signs a session out: its row and, in the same batch, the push subscriptions it made, so a
 * shared phone signed out of an account stops getting that account's notifications.
 */
export async function deleteSession(db: Db, token: string): Promise<void> {
  const tokenHash = await sha256Hex(token);
  await db.batch([db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)), db.delete(pushSubscriptions).where(eq(pushSubscriptions.sessionId, tokenHash))]);
}

/** The active, not-disabled user behind an API bearer token, or null. */
export async function userForBearerToken(db: Db, token: string, now = Date.now()): Promise<SessionUser | null> {
  const rows = await db
    .select(sessionUserColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, await sha256Hex(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}
