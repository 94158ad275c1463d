import { eq } from 'drizzle-orm';
import { users } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { claimLoginSlot, loginKeys, settleSuccess } from './login-limit';
import { verifyPassword } from './password';
import type { SignInIdentifier } from './sign-in-identifier';
import { createSession, sessionUserColumns } from './session-store';

export type LoginResult = { user: SessionUser; token: string; expiresAt: number };

/** The one answer for every failed sign-in: unknown email or phone, wrong password, disabled account, a number that is no number. */
export const BAD_CREDENTIALS = 'Email or password is incorrect';

/**
 * Check credentials and open a session. The attempt is counted before the
 * password is checked (see login-limit.ts), so a parallel burst cannot get more
 * checks than the limit allows. Unknown emails still pay for a PBKDF2 check, and
 * every failure is counted the same way, so the answers do not tell which
 * accounts exist.
 */
export async function login(
  db: Db,
  hashSecret: string | undefined,
  input: { identifier: SignInIdentifier; password: string; ip: string; userAgent: string | null },
  now = Date.now(),
): Promise<LoginResult> {
  const who = input.identifier;
  // Keyed by the normalised identifier: every spelling of one number shares one counter.
  const keys = await loginKeys(who.limitKey, input.ip, hashSecret);
  const slot = await claimLoginSlot(db, keys, now);
  const row =
    who.kind === 'none'
      ? undefined
      : await db
          .select({
            ...sessionUserColumns,
            passwordHash: users.passwordHash,
            disabledAt: users.disabledAt,
          })
          .from(users)
          .where(who.kind === 'email' ? eq(users.email, who.email) : eq(users.phone, who.phone))
          .get();
  const matches = await verifyPassword(input.password, row?.passwordHash ?? null);
  // A failure keeps its slot taken: that is the count.
  if (!row || !matches || row.disabledAt !== null) throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  await settleSuccess(db, slot);
  const { token, expiresAt } = await createSession(db, row.id, input.userAgent, now);
  const { passwordHash: _hash, disabledAt: _disabled, ...user } = row;
  return { user, token, expiresAt };
}
