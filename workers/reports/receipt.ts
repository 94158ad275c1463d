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
