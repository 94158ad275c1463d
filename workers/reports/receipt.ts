// Receipts: the reporter's only handle on their report. The token is shown once
// (and kept in the receipt URL); the database holds only its SHA-256.
import { randomToken, sha256Hex, toBase64Url } from '../core/crypto';

/** Receipt tokens are 32 bytes in base64url: 43 characters. */
export const RECEIPT_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new receipt token. With an idempotency key the token is derived from the key
 * and the time its answer was stored (HMAC with the server secret), so a retry
 * gets the same receipt back without the token ever being stored, and a key
 * reused after 24 hours gets a fresh one. Without a key it is purely random.
 */
export async function newReceipt(secret: string, idempotency?: { keyHash: string; storedAt: number }): Promise<string> {
  if (!idempotency) return randomToken(32);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`receipt:${idempotency.keyHash}:${idempotency.storedAt}`));
  return toBase64Url(new Uint8Array(mac));
}

export function receiptHash(receipt: string): Promise<string> {
  return sha256Hex(receipt);
}

// Short codes: what a reporter reads aloud or types on a phone, e.g. `LT-7K3M-9QXA`.
// 8 symbols of a 32-symbol alphabet (digits 2–9 and letters without I and O, so
// nothing reads as 0/O or 1/I) = 40 random bits. Like the receipt, only a
// SHA-256 of the normalised code is stored (`reports.code_hash`, unique).

export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_SYMBOLS = 8;
const CODE_BODY = /^[2-9A-HJ-NP-Z]{8}$/;

/** `LT-7K3M-9QXA` from the 8 symbols `7K3M9QXA`. */
function formatCode(symbols: string): string {
  return `LT-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** 5 bytes (40 bits) as 8 symbols of the alphabet. */
function encodeCode(bytes: Uint8Array): string {
  let bits = 0n;
  for (const b of bytes.subarray(0, 5)) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = CODE_SYMBOLS - 1; i >= 0; i--) out += CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return formatCode(out);
}

/**
 * The short code of the report whose receipt is `receipt`: an HMAC of the receipt
 * under the server secret. Whoever holds the receipt can be shown the code again
 * (the receipt page does), a retried request gets the same code with the same
 * receipt, and the code says nothing about the receipt. `attempt` gives another
 * code when the first one is already taken (one chance in 2^40 per report).
 */
export async function reportCode(secret: string, receipt: string, attempt = 0): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`code:${attempt}:${receipt}`));
  return encodeCode(new Uint8Array(mac));
}

/** Tries at a free code: a second collision in a 40-bit space means something else is wrong. */
export const CODE_ATTEMPTS = 3;

/** Which of the receipt's codes the report holds (`stored` is its code hash), or null. */
export async function findReportCode(secret: string, receipt: string, stored: string): Promise<string | null> {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = await reportCode(secret, receipt, attempt);
    if ((await codeHash(code)) === stored) return code;
  }
  return null;
}

/**
 * The code as typed (any case, dashes or spaces anywhere, with or without the
 * `LT` prefix) in its printed form, or null when it cannot be a code at all
 * (wrong length, a symbol the alphabet does not have, such as 0, O, 1 or I).
 */
export function normaliseCode(typed: string): string | null {
  let s = typed.normalize('NFKC').toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
  if (s.length === CODE_SYMBOLS + 2 && s.startsWith('LT')) s = s.slice(2);
  return CODE_BODY.test(s) ? formatCode(s) : null;
}

/** What `reports.code_hash` holds for a code in its printed form. */
export function codeHash(code: string): Promise<string> {
  return sha256Hex(`report-code:${code}`);
}
