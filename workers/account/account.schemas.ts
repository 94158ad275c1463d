import * as v from 'valibot';
import { newPasswordField } from '../auth/auth.schemas';
import { PASSWORD_MAX_LENGTH } from '../auth/password';
import { phoneField } from '../users/users.schemas';

/** POST /api/me/password and the /account form. */
export const changePasswordInput = v.object({
  currentPassword: v.pipe(v.string('Enter your current password'), v.minLength(1, 'Enter your current password'), v.maxLength(PASSWORD_MAX_LENGTH)),
  newPassword: newPasswordField,
});
export type ChangePasswordInput = v.InferOutput<typeof changePasswordInput>;

/** A session's public id: 24 hex characters (see sessions.ts). */
export const sessionIdParam = v.object({ id: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/, 'Not a session id')) });

/** The token part of /dat-mat-khau/<token>: base64url, as randomToken() makes it. */
export const linkTokenParam = v.object({ token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{20,100}$/, 'Not a link')) });

/** The form behind a reset link. */
export const setPasswordInput = v.object({ password: newPasswordField });

/** PUT /api/me/phone and the /account form: a Vietnamese number (normalised), or blank/null to remove it. */
export const changePhoneInput = v.object({ phone: v.nonOptional(phoneField, 'Enter a Vietnamese phone number, e.g. 0905 123 456') });
