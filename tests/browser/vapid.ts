// VAPID keys for the browser test server, made fresh at setup so push is "on" there
// (GET /api/push/key answers a key). Format assumed from the push-core contract:
// VAPID_PUBLIC_KEY = the raw uncompressed P-256 point (65 bytes, 0x04…) in base64url (what
// `applicationServerKey` takes); VAPID_PRIVATE_KEY = the base64url `d` of the private JWK.
import { webcrypto } from 'node:crypto';

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

export async function testVapidKeys(): Promise<{ VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string }> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.d) throw new Error('no private scalar in the JWK');
  return { VAPID_PUBLIC_KEY: base64url(raw), VAPID_PRIVATE_KEY: jwk.d };
}
