import * as v from 'valibot';
import { emailField, newPasswordField } from '../auth/auth.schemas';
import { isPlaceholderEmail } from '../users/identity';
import { normalisePhone } from '../users/phone';

/** A whole number from JSON or a form field (forms send text). */
const wholeNumber = (message: string, min: number, max: number) =>
  v.pipe(
    v.union([v.number(message), v.pipe(v.string(message), v.trim(), v.regex(/^\d{1,9}$/, message), v.transform(Number))], message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );

export const INVITE_MAX_DAYS = 90;
export const INVITE_MAX_USES = 5000;

export const createInviteInput = v.object({
  unitId: wholeNumber('Choose a unit', 1, 2_147_483_647),
  expiresInDays: wholeNumber(`Between 1 and ${INVITE_MAX_DAYS} days`, 1, INVITE_MAX_DAYS),
  maxUses: wholeNumber(`Between 1 and ${INVITE_MAX_USES.toLocaleString('en')} uses`, 1, INVITE_MAX_USES),
});
export type CreateInviteInput = v.InferOutput<typeof createInviteInput>;

/** `?unit=<id>`: one unit's invitations (the list) or the unit the create form starts on. */
export const invitesQuery = v.object({
  unit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'A unit id is a number'), v.transform(Number))),
  done: v.optional(v.picklist(['revoked'], 'Unknown notice')),
});

export const inviteIdParam = v.object({ id: v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/, 'Not an invitation id')) });

/** The code in `/join/<code>`: base64url. Anything else is an unknown link, not a 400. */
export const JOIN_CODE = /^[A-Za-z0-9_-]{16,64}$/;

const name = v.pipe(
  v.string('Enter your name'),
  v.transform((s) => s.normalize('NFC').trim()),
  v.minLength(1, 'Enter your name'),
  v.maxLength(120, 'A name has at most 120 characters'),
);
const identifierText = v.pipe(
  v.string('Enter a phone number or an email'),
  v.trim(),
  v.minLength(1, 'Enter a phone number or an email'),
  v.maxLength(254),
  // Checked here too so one refusal names every bad field; join.ts reads it for real.
  v.check(
    (s) => (s.includes('@') ? v.is(emailField, s.normalize('NFKC')) && !isPlaceholderEmail(s) : normalisePhone(s) !== null),
    'Enter a Vietnamese phone number (e.g. 0905 123 456) or an email address',
  ),
);

/** The join form and `POST /api/join/:code`: `email` is the one "phone or email" field (JSON may send `phone`). */
export const joinInput = v.pipe(
  v.object({
    name,
    email: v.optional(identifierText),
    phone: v.optional(identifierText),
    password: newPasswordField,
  }),
  v.forward(
    v.check((input) => input.email !== undefined || input.phone !== undefined, 'Enter a phone number or an email'),
    ['email'],
  ),
);
export type JoinInput = v.InferOutput<typeof joinInput>;
