// Who is sharing or clicking, without keeping who they are: a member's id, or an
// HMAC (under HASH_SECRET) of the address and user agent. The IP is never stored.
import { toHex } from '../core/crypto';

const encoder = new TextEncoder();
/** One imported key per secret and isolate: importKey costs more than the HMAC itself. */
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}

async function hmac(secret: string, input: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', await keyFor(secret), encoder.encode(input)));
}

/** The limiter key of an address: the same HMAC of the IP as report intake uses. */
export function addressKey(secret: string, ip: string | null): Promise<string> {
  return hmac(secret, ip ?? 'unknown');
}

/**
 * An anonymous reader: address + user agent, 128 bits of the HMAC. Two people behind one
 * office NAT with different browsers are two readers; one person on two browsers is two too.
 */
export async function anonymousReader(secret: string, ip: string | null, userAgent: string | null): Promise<string> {
  const digest = await hmac(secret, `reader\n${ip ?? 'unknown'}\n${userAgent ?? ''}`);
  return digest.slice(0, 32);
}
