// A person's own sessions: list them, end one, end all but this one.
// A session's public id is the first 24 hex characters of its token's SHA-256:
// the hash is already all the database holds, and no cookie can be made from it,
// so the id gives nothing away while needing no column of its own. Every query
// is limited to the caller's own rows, so someone else's id is simply not found.
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import { pushSubscriptions, sessions } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';

const ID_LENGTH = 24;

export const sessionPublicId = (tokenHash: string) => tokenHash.slice(0, ID_LENGTH);

export type OwnSession = { id: string; userAgent: string | null; createdAt: number; lastSeenAt: number; current: boolean };

/** The caller's live sessions, this one first, then the most recently used. */
export async function listOwnSessions(db: Db, userId: string, currentHash: string | null, now = Date.now()): Promise<OwnSession[]> {
  const rows = await db
    .select({ tokenHash: sessions.tokenHash, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`))
    .limit(100);
  const list = rows.map((r) => ({
    id: sessionPublicId(r.tokenHash),
    userAgent: r.userAgent,
    createdAt: r.createdAt,
    lastSeenAt: r.lastSeenAt ?? r.createdAt,
    current: r.tokenHash === currentHash,
  }));
  return [...list.filter((s) => s.current), ...list.filter((s) => !s.current)];
}

/** End one of the caller's other sessions. NOT_FOUND for an id that is not theirs; CONFLICT for this one (use sign-out). */
export async function endOwnSession(db: Db, user: SessionUser, id: string, currentHash: string | null, now = Date.now()): Promise<void> {
  if (currentHash && sessionPublicId(currentHash) === id) {
    throw new AppError('CONFLICT', 'This is the session you are using; sign out instead', { errors: [{ path: 'id', message: 'This device' }] });
  }
  const mine = and(eq(sessions.userId, user.id), sql`substr(${sessions.tokenHash}, 1, ${ID_LENGTH}) = ${id}`);
  const found = await db.select({ tokenHash: sessions.tokenHash }).from(sessions).where(mine).get();
  if (!found) throw new AppError('NOT_FOUND', 'No session of yours with this id');
  await db.batch([
    // Ending a session is signing it out: the push subscriptions it made go with it (as on sign-out).
    db.delete(pushSubscriptions).where(eq(pushSubscriptions.sessionId, found.tokenHash)),
    db.delete(sessions).where(eq(sessions.tokenHash, found.tokenHash)),
    auditInsert(db, { actorId: user.id, action: 'user.session_end', target: `user:${user.id}`, after: { sessionId: id } }, now),
  ]);
}

/** End every session of the caller except the one in use; returns how many ended. */
export async function endOtherSessions(db: Db, user: SessionUser, currentHash: string | null, now = Date.now()): Promise<number> {
  const others = currentHash ? and(eq(sessions.userId, user.id), ne(sessions.tokenHash, currentHash)) : eq(sessions.userId, user.id);
  const [, ended] = await db.batch([
    // First, while the sessions still exist: the push subscriptions those sessions made stop too.
    db.delete(pushSubscriptions).where(sql`${pushSubscriptions.sessionId} IN (SELECT ${sessions.tokenHash} FROM ${sessions} WHERE ${others})`),
    db.delete(sessions).where(others).returning({ tokenHash: sessions.tokenHash }),
    auditInsert(db, { actorId: user.id, action: 'user.sessions_end_others', target: `user:${user.id}`, after: { otherSessionsEnded: true } }, now),
  ]);
  return ended.length;
}
