// How an account is named for sign-in and display: its email, its phone, or both.
// `users.email` is NOT NULL (see schema/users.ts for why), so an account made with a
// phone number only stores a reserved address under the `.invalid` top-level domain
// (RFC 2606: it can never be delivered). These helpers keep that address out of every
// page, export and CSV.

const PLACEHOLDER_DOMAIN = '@phone.invalid';

/** The stored email of an account that has a phone number only. */
export function placeholderEmail(e164: string): string {
  return `${e164.replace(/^\+/, '')}${PLACEHOLDER_DOMAIN}`;
}

/** True for the reserved address of a phone-only account. */
export function isPlaceholderEmail(email: string): boolean {
  return email.endsWith(PLACEHOLDER_DOMAIN);
}

/** The email a person gave, or null for a phone-only account. */
export function realEmail(email: string): string | null {
  return isPlaceholderEmail(email) ? null : email;
}

/**
 * The stored email after the account's phone becomes `phone`: a phone-only account's reserved
 * address follows its number, so the old number (now free) can make a new account, be imported
 * or join, instead of clashing with a stale reserved address.
 */
export function emailAfterPhoneChange(email: string, phone: string | null | undefined): string {
  return phone && isPlaceholderEmail(email) ? placeholderEmail(phone) : email;
}
