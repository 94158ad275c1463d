// `npm run push:keys`: a new VAPID key pair (ECDSA P-256, RFC 8292) for Web Push, printed with
// the steps to install it. Nothing is written anywhere: the private key exists only in this
// terminal until you paste it into `wrangler secret put` (or your own .dev.vars, which git ignores).
//
// Formats (what @block65/webcrypto-web-push and the browser take, the same as the `web-push` tool's):
//  - VAPID_PUBLIC_KEY: base64url of the 65-byte uncompressed point (0x04 ‖ x ‖ y), which is also
//    `applicationServerKey` for PushManager.subscribe() (GET /api/push/key serves it);
//  - VAPID_PRIVATE_KEY: base64url of the 32-byte private scalar (the JWK's `d`).
import { webcrypto } from 'node:crypto';

const subtle = webcrypto.subtle;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export async function makeVapidKeys(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  if (publicKey.length !== 65 || publicKey[0] !== 0x04 || !jwk.d) throw new Error('unexpected key format from WebCrypto');
  return { publicKey: base64url(publicKey), privateKey: jwk.d };
}

/** Proves the pair works the way the Worker will use it: import (x, y from the public key, d) and sign. */
async function selfCheck(keys: { publicKey: string; privateKey: string }): Promise<void> {
  const point = Buffer.from(keys.publicKey, 'base64url');
  const jwk = { kty: 'EC', crv: 'P-256', x: base64url(point.subarray(1, 33)), y: base64url(point.subarray(33, 65)), d: keys.privateKey };
  const key = await subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const data = new TextEncoder().encode('lan-toa');
  const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data);
  const verifier = await subtle.importKey('raw', point, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  if (!(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, verifier, signature, data))) throw new Error('the new key pair failed its own check');
}

async function main(): Promise<void> {
  const keys = await makeVapidKeys();
  await selfCheck(keys);
  console.log(`A new VAPID key pair for Web Push (P-256). Keep the private key secret; it is not saved anywhere.

Public key (also the browser's applicationServerKey):
  ${keys.publicKey}
Private key:
  ${keys.privateKey}

On Cloudflare (each command asks for the value: paste it, so it stays out of your shell history):
  npx wrangler secret put VAPID_PUBLIC_KEY
  npx wrangler secret put VAPID_PRIVATE_KEY
Set VAPID_SUBJECT in wrangler.toml [vars] to a mailto: or https: address the push services can reach you at.

For npm start, export them in the shell that runs it (npm start passes them to wrangler dev):
  export VAPID_PUBLIC_KEY=${keys.publicKey}
  export VAPID_PRIVATE_KEY=${keys.privateKey}
or put these two lines in .dev.vars (git ignores it; wrangler dev reads it itself). Note that
\`wrangler types\` reads .dev.vars too, so \`npm run typecheck\` reports worker-configuration.d.ts
as out of date while they are there:
  VAPID_PUBLIC_KEY=${keys.publicKey}
  VAPID_PRIVATE_KEY=${keys.privateKey}

Changing the pair later ends every existing subscription (browsers signed up with the old public key):
members subscribe again from /me.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
