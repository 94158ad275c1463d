import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { apiTokens, sessions, users } from '../../schema';
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

/** The active, not-disabled user behind a session token, or null. */
export async function userForSessionToken(db: Db, token: string, now = Date.now()): Promise<SessionUser | null> {
  const rows = await db
    .select(sessionUserColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, await sha256Hex(token)), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, await sha256Hex(token)));
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
