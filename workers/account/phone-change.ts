// A person adds, changes or removes their own phone number (/account, PUT /api/me/phone).
// The same checks as an admin's edit (a Vietnamese number, not another account's, a
// phone-only account keeps one); it is a second way to sign in, not a credential
// change, so no session ends.
import { eq } from 'drizzle-orm';
import { users } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { assertPhoneChange } from '../users/accounts';
import { emailAfterPhoneChange } from '../users/identity';
import { findAccount } from '../users/users.queries';

/** Returns the number now on the account (E.164) or null. */
export async function changeOwnPhone(db: Db, user: SessionUser, phone: string | null, now = Date.now()): Promise<string | null> {
  const before = await findAccount(db, user.id);
  if (!before) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  if (before.phone === phone) return phone;
  await assertPhoneChange(db, before, phone);
  await db.batch([
    db.update(users).set({ phone, email: emailAfterPhoneChange(before.email, phone), updatedAt: now }).where(eq(users.id, user.id)),
    // The audit entry says that it changed, not the numbers (personal data stays in one place).
    auditInsert(db, { actorId: user.id, action: 'user.phone_change', target: `user:${user.id}`, after: { phoneChanged: true, phoneRemoved: phone === null } }, now),
  ]);
  return phone;
}
