import * as v from 'valibot';
import { roles } from '../../schema';
import { emailField, newPasswordField } from '../auth/auth.schemas';
import { MAX_URL_LENGTH } from '../reports/url-safety';
import { normalisePhone } from './phone';

const text = (max: number, message: string) =>
  v.pipe(v.string(message), v.transform((s) => s.normalize('NFC').trim()), v.minLength(1, message), v.maxLength(max));

/** Empty string (a blank form field) means "none". */
const optionalCode = v.optional(
  v.nullable(v.pipe(v.string(), v.trim(), v.toUpperCase(), v.transform((s) => (s === '' ? null : s)), v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'A province code has three letters, e.g. HNI'))))),
);
/** The old free-text way to name a unit: a path ("Đảng bộ phường Hải Châu / Chi bộ khu phố 3"), looked up by its folded key in the account's province. */
const optionalUnit = v.optional(
  v.nullable(v.pipe(v.string(), v.transform((s) => s.normalize('NFC').trim()), v.maxLength(160), v.transform((s) => (s === '' ? null : s)))),
);
/** The account's unit by id (null: none); wins over `unit` when both are sent. */
const optionalUnitId = v.optional(v.nullable(v.pipe(v.number('Must be a unit id'), v.integer('Must be a unit id'), v.minValue(1, 'Must be a unit id'))));

export const PHONE_MESSAGE = 'Enter a Vietnamese phone number, e.g. 0905 123 456';

/**
 * A phone number as typed (`0905 123 456`, `+84…`, `84…`), stored in E.164. A blank field
 * means "none" (null); anything that is not a Vietnamese number is refused naming `phone`.
 */
export const phoneField = v.optional(
  v.nullable(
    v.pipe(
      v.string(PHONE_MESSAGE),
      v.trim(),
      v.maxLength(40, PHONE_MESSAGE),
      v.check((s) => s === '' || normalisePhone(s) !== null, PHONE_MESSAGE),
      v.transform((s) => (s === '' ? null : normalisePhone(s))),
    ),
  ),
);

/** An email that may be left blank when a phone number is given (blank: undefined). */
const optionalEmail = v.optional(v.union([v.pipe(v.literal(''), v.transform(() => undefined)), emailField]));

export const userId = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) });
export const tokenId = userId;

/** An account needs an email or a phone number (or both); a phone-only one stores a placeholder address (identity.ts). */
export const createUserInput = v.pipe(
  v.object({
    email: optionalEmail,
    phone: phoneField,
    name: text(120, 'Enter a name'),
    password: newPasswordField,
    role: v.optional(v.picklist(roles, 'Unknown role'), 'member'),
    provinceCode: optionalCode,
    unit: optionalUnit,
    unitId: optionalUnitId,
  }),
  v.forward(
    v.check((input) => input.email !== undefined || (input.phone ?? null) !== null, 'Enter an email address or a phone number'),
    ['email'],
  ),
);
export type CreateUserInput = v.InferOutput<typeof createUserInput>;

export const patchUserInput = v.pipe(
  v.object({
    role: v.optional(v.picklist(roles, 'Unknown role')),
    disabled: v.optional(v.boolean('Must be true or false')),
    name: v.optional(text(120, 'Enter a name')),
    provinceCode: optionalCode,
    unit: optionalUnit,
    unitId: optionalUnitId,
    /** A new number (normalised), or null/blank to remove it (refused when it is the account's only identifier). */
    phone: phoneField,
    password: v.optional(newPasswordField),
  }),
  v.check((input) => Object.values(input).some((value) => value !== undefined), 'Send at least one field to change'),
);
export type PatchUserInput = v.InferOutput<typeof patchUserInput>;

export const listUsersQuery = v.object({
  role: v.optional(v.picklist(roles, 'Unknown role')),
  /** Long enough for anything pasted into a search box (a link included). */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_URL_LENGTH, `q can have at most ${MAX_URL_LENGTH} characters`))),
});

export const issueTokenInput = v.object({
  label: text(80, 'Give the token a label'),
  /** Days until it stops working; none means it lasts until revoked. */
  expiresInDays: v.optional(v.pipe(v.number('Must be a number of days'), v.integer(), v.minValue(1), v.maxValue(365))),
});
