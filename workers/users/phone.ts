// Vietnamese phone numbers, as people type them, to E.164. `0905 123 456`,
// `+84 905 123 456`, `84905123456`, `0084.905.123.456` and `(+84) 905-123-456` are
// one number: `+84905123456`. Used wherever a phone number comes in (sign-in, the
// account forms, imports, invitations), so the same person is found however they typed it.

/** Separators people put in numbers; anything else (letters, `#`, `*`) makes the input not a number. */
const SEPARATORS = /[\s.\-()/\u00a0]/g;

/**
 * The number in E.164, or null when it is not a Vietnamese mobile (9 digits after the 0,
 * starting 3, 5, 7, 8 or 9) or landline (10 digits after the 0, starting 2) number.
 *
 * @example
 * normalisePhone('0905 123 456') // '+84905123456'
 * normalisePhone('84905123456') // '+84905123456'
 * normalisePhone('0905 123') // null
 */
export function normalisePhone(input: string): string | null {
  const compact = input.normalize('NFKC').trim().replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let national: string;
  if (compact.startsWith('+84')) national = compact.slice(3);
  else if (compact.startsWith('+')) return null; // another country's number
  else if (compact.startsWith('0084')) national = compact.slice(4);
  else if (compact.startsWith('84') && (compact.length === 11 || compact.length === 12)) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return null;
  // A leading 0 kept after +84 (`+84 0905…`) is a common slip; drop it.
  if (national.startsWith('0')) national = national.slice(1);
  const mobile = /^[35789]\d{8}$/.test(national);
  const landline = /^2\d{9}$/.test(national);
  return mobile || landline ? `+84${national}` : null;
}

/**
 * E.164 back to the way it is written in Vietnam, for display: `+84905123456` → `0905 123 456`,
 * `+842438251234` → `024 3825 1234`.
 */
export function formatPhone(e164: string): string {
  const national = `0${e164.replace(/^\+84/, '')}`;
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
}
