import type { SessionUser } from '../core/types';
import { realEmail } from '../users/identity';

/**
 * The signed-in account as JSON answers show it: the email the person gave (null for a
 * phone-only account, never its reserved `…@phone.invalid` address) and the phone in E.164.
 */
export function sessionUserJson(user: SessionUser) {
  return { ...user, email: realEmail(user.email) };
}
