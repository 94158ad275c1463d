// Password hashing: PBKDF2-SHA-256 through WebCrypto, so the same code runs in
// workerd (login), Node (admin:create, seed) and tests. Stored as
// `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`; only the hash is kept.
import { timingSafeEqual } from '../core/crypto';

/** Workers caps PBKDF2 at 100,000 iterations; that is also our cost. */
export const PBKDF2_ITERATIONS = 100_000;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const PREFIX = 'pbkdf2-sha256';

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/**
 * Hash a password with a fresh random salt (or a given one, for the deterministic seed).
 *
 * @example
 * await hashPassword('correct horse battery') // 'pbkdf2-sha256$100000$…$…'
 */
export async function hashPassword(password: string, salt: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(SALT_BYTES))): Promise<string> {
  const hash = await derive(password, salt, PBKDF2_ITERATIONS);
  return `${PREFIX}$${PBKDF2_ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`;
}

type Parsed = { iterations: number; salt: Uint8Array<ArrayBuffer>; hash: Uint8Array };

function parse(stored: string): Parsed | null {
  const [prefix, iterations, salt, hash, ...rest] = stored.split('$');
  if (prefix !== PREFIX || rest.length > 0 || !iterations || !salt || !hash) return null;
  const n = Number(iterations);
  if (!Number.isInteger(n) || n < 1 || n > PBKDF2_ITERATIONS) return null;
  const saltBytes = fromBase64(salt);
  const hashBytes = fromBase64(hash);
  return saltBytes && hashBytes ? { iterations: n, salt: saltBytes, hash: hashBytes } : null;
}

// A hash nobody's password matches, verified when the email is unknown or the stored
// hash unusable, so those answers cost the same PBKDF2 work as a wrong password.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(crypto.getRandomValues(new Uint8Array(24)).join('-'));
  return dummyHash;
}

/**
 * Check a password against a stored hash in constant time. `stored = null`
 * (unknown account) still does the full PBKDF2 work and returns false.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  const target = parsed ?? parse(await dummy());
  if (!target) return false;
  const actual = await derive(password, target.salt, target.iterations);
  return timingSafeEqual(actual, target.hash) && parsed !== null;
}

/** A deterministic salt from a label (e.g. the email): only for seed data, never for real accounts. */
export async function deterministicSalt(label: string): Promise<Uint8Array<ArrayBuffer>> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`lantoa-seed-salt:${label}`));
  return new Uint8Array(digest).slice(0, SALT_BYTES);
}
