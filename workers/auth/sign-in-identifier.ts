// What a person typed into the one "Email hoặc số điện thoại" field, as the account it names.
// Input with `@` is an email; anything else is read as a Vietnamese phone number and
// normalised to E.164, so `0905 123 456`, `+84905123456` and `84905123456` are one
// account AND one rate-limit key (typing a number three ways gives no extra attempts).
import * as v from 'valibot';
import { isPlaceholderEmail } from '../users/identity';
import type { SessionUser } from '../core/types';
import { normalisePhone } from '../users/phone';
import { AppError } from '../core/errors';
import { emailField } from './auth.schemas';

export type SignInIdentifier =
  | { kind: 'email'; email: string; limitKey: string }
  | { kind: 'phone'; phone: string; limitKey: string }
  /** Not an email and not a Vietnamese number: no account can match, but it is counted and checked like one. */
  | { kind: 'none'; limitKey: string };

/**
 * Read a sign-in identifier. A malformed email (it has `@`) is a 400 naming `field`, as it
 * always was; a malformed phone number is not refused here: it must cost and answer exactly
 * what an unknown account does, so it becomes `none`.
 *
 * @example
 * signInIdentifier('0905 123 456') // { kind: 'phone', phone: '+84905123456', limitKey: '+84905123456' }
 */
export function signInIdentifier(raw: string, field = 'email'): SignInIdentifier {
  const typed = raw.normalize('NFKC').trim();
  if (typed.includes('@')) {
    const parsed = v.safeParse(emailField, typed);
    if (!parsed.success) throw AppError.field(field, parsed.issues[0]?.message ?? 'Enter a valid email address');
    // The reserved address of a phone-only account is never a way in (it is never shown anywhere).
    if (isPlaceholderEmail(parsed.output)) return { kind: 'none', limitKey: parsed.output };
    return { kind: 'email', email: parsed.output, limitKey: parsed.output };
  }
  const phone = normalisePhone(typed);
  if (phone) return { kind: 'phone', phone, limitKey: phone };
  return { kind: 'none', limitKey: `typed:${typed.toLowerCase().slice(0, 254)}` };
}

/** The sign-in counter of a signed-in account (its password checks elsewhere count in the same window). */
export function accountLimitKey(user: Pick<SessionUser, 'email' | 'phone'>): string {
  return isPlaceholderEmail(user.email) && user.phone ? user.phone : user.email;
}
