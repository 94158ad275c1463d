import * as v from 'valibot';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

/** Emails are compared lower-cased and NFC, as stored. */
export const emailField = v.pipe(
  v.string('Enter an email address'),
  v.trim(),
  v.toLowerCase(),
  v.transform((s) => s.normalize('NFC')),
  v.maxLength(254, 'An email address has at most 254 characters'),
  v.email('Enter a valid email address'),
);

/** A new password: at least 10 characters. */
export const newPasswordField = v.pipe(
  v.string('Enter a password'),
  v.minLength(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters`),
  v.maxLength(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters`),
);

/**
 * Where to go next (after signing in, after dismissing a notice): a path on this site
 * only, never `//host` or a full URL. Printable ASCII only: a control character
 * (`%00`) or raw non-ASCII cannot go into a Location header, and browsers drop tabs
 * and newlines (`/\t/evil.example` would become `//evil.example`). Links we build are
 * percent-encoded, so nothing real is refused.
 */
export const localPath = v.pipe(v.string(), v.maxLength(500), v.regex(/^\/(?![/\\])[\x21-\x7e]*$/, 'Must be a path on this site'));

/** The sign-in field as typed: an email or a phone number (see workers/auth/sign-in-identifier.ts). */
const identifierText = v.pipe(
  v.string('Enter your email or phone number'),
  v.trim(),
  v.minLength(1, 'Enter your email or phone number'),
  v.maxLength(254, 'An email address has at most 254 characters'),
  // With `@` it must be an email; without, it is read as a phone number at sign-in, where a
  // number that is no number answers like an unknown account (never a 400 that tells them apart).
  v.check((s) => !s.includes('@') || v.is(emailField, s.normalize('NFKC')), 'Enter a valid email address'),
);

/**
 * `email` holds what was typed into "Email hoặc số điện thoại" (the form keeps that name, so
 * older clients go on working); JSON clients may send `phone` instead.
 */
export const loginInput = v.pipe(
  v.object({
    email: v.optional(identifierText),
    phone: v.optional(identifierText),
    // At sign-in any length is checked the same way: a short password just fails.
    password: v.pipe(v.string('Enter your password'), v.minLength(1, 'Enter your password'), v.maxLength(PASSWORD_MAX_LENGTH)),
    next: v.optional(localPath),
  }),
  v.forward(
    v.check((input) => input.email !== undefined || input.phone !== undefined, 'Enter your email or phone number'),
    ['email'],
  ),
);
export type LoginInput = v.InferOutput<typeof loginInput>;

export const loginPageQuery = v.object({
  next: v.optional(v.string()),
  /** `reset`: the account's password was just set from a reset link. */
  done: v.optional(v.picklist(['reset', 'invite'], 'Unknown notice')),
});

/** `next` from a query string or form, if it is a safe path on this site. */
export function safeLocalPath(next: string | undefined | null): string | undefined {
  return next && v.is(localPath, next) ? next : undefined;
}
