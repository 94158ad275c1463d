// Changing one's own password: the current one is checked (and counted like a
// sign-in attempt, so a borrowed session cannot guess it), then the new hash,
// the end of every other session and the audit entry are one D1 batch.
import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import { claimLoginSlot, loginKeys, settleSuccess } from '../auth/login-limit';
import { hashPassword, verifyPassword } from '../auth/password';
import { accountLimitKey } from '../auth/sign-in-identifier';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import type { ChangePasswordInput } from './account.schemas';

export type PasswordChangeContext = { hashSecret: string | undefined; ip: string; currentSessionHash: string | null };

/** Returns how many other sessions were ended. Wrong current password: 400 naming `currentPassword`. */
export async function changeOwnPassword(db: Db, user: SessionUser, input: ChangePasswordInput, ctx: PasswordChangeContext, now = Date.now()): Promise<number> {
  const slot = await claimLoginSlot(db, await loginKeys(accountLimitKey(user), ctx.ip, ctx.hashSecret), now);
  const row = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!(await verifyPassword(input.currentPassword, row?.passwordHash ?? null))) {
    throw AppError.field('currentPassword', 'The current password is not right');
  }
  await settleSuccess(db, slot);
  const others = ctx.currentSessionHash
    ? and(eq(sessions.userId, user.id), ne(sessions.tokenHash, ctx.currentSessionHash))
    : eq(sessions.userId, user.id);
  const [, ended] = await db.batch([
    db.update(users).set({ passwordHash: await hashPassword(input.newPassword), updatedAt: now }).where(eq(users.id, user.id)),
    db.delete(sessions).where(others).returning({ tokenHash: sessions.tokenHash }),
    auditInsert(db, { actorId: user.id, action: 'user.password_change', target: `user:${user.id}`, after: { passwordChanged: true, otherSessionsEnded: true } }, now),
  ]);
  return ended.length;
}
