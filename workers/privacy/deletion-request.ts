// A member asks for their account to be erased, or takes the request back. The
// request only marks the account (`users.deletion_requested_at`): an admin who
// manages it confirms on /editor/users (./erase.ts). The password is typed again
// and counted like a sign-in attempt, so a borrowed session cannot file the request.
import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import { claimLoginSlot, loginKeys, settleSuccess } from '../auth/login-limit';
import { accountLimitKey } from '../auth/sign-in-identifier';
import { verifyPassword } from '../auth/password';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import type { DeletionRequestInput } from './privacy.schemas';

export type DeletionContext = { hashSecret: string | undefined; ip: string };

/** When the caller's request was filed, or null when there is none. */
export async function deletionRequestedAt(db: Db, userId: string): Promise<number | null> {
  const row = await db.select({ at: users.deletionRequestedAt }).from(users).where(eq(users.id, userId)).get();
  return row?.at ?? null;
}

/** File the request (asking again keeps the first time). Wrong password: 400 naming `password`. */
export async function requestDeletion(db: Db, user: SessionUser, input: DeletionRequestInput, ctx: DeletionContext, now = Date.now()): Promise<number> {
  const slot = await claimLoginSlot(db, await loginKeys(accountLimitKey(user), ctx.ip, ctx.hashSecret), now);
  const row = await db.select({ passwordHash: users.passwordHash, at: users.deletionRequestedAt }).from(users).where(eq(users.id, user.id)).get();
  if (!(await verifyPassword(input.password, row?.passwordHash ?? null))) {
    throw AppError.field('password', 'The password is not right');
  }
  await settleSuccess(db, slot);
  if (row?.at) return row.at;
  await db.batch([
    db.update(users).set({ deletionRequestedAt: now, updatedAt: now }).where(and(eq(users.id, user.id), isNull(users.deletionRequestedAt))),
    auditInsert(db, { actorId: user.id, action: 'user.deletion_request', target: `user:${user.id}`, after: { deletionRequested: true } }, now),
  ]);
  return (await deletionRequestedAt(db, user.id)) ?? now;
}

/** Take the request back; nothing happens when there is none. Returns whether one was withdrawn. */
export async function withdrawDeletion(db: Db, user: SessionUser, now = Date.now()): Promise<boolean> {
  if ((await deletionRequestedAt(db, user.id)) === null) return false;
  await db.batch([
    db.update(users).set({ deletionRequestedAt: null, updatedAt: now }).where(eq(users.id, user.id)),
    auditInsert(db, { actorId: user.id, action: 'user.deletion_withdraw', target: `user:${user.id}`, after: { deletionRequested: false } }, now),
  ]);
  return true;
}
