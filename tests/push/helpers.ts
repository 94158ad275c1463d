// A "browser" for Web Push tests: its own P-256 key pair and auth secret (as PushManager makes
// them), a decrypter for what the push service would hand it (RFC 8291 over RFC 8188 aes128gcm,
// written here from the RFCs with WebCrypto, not with the library under test), and a fake push
// service that records requests and answers as told.
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import { pushSubscriptions } from '../../schema';
import { createDb } from '../../workers/core/db';
import type { PushPayload } from '../../workers/push/push.types';

export const PUSH_HOST = 'updates.push.test';

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
export const fromB64url = (text: string) => Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4)), (c) => c.charCodeAt(0));

export type FakeBrowser = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  privateKey: CryptoKey;
  publicBytes: Uint8Array;
  authBytes: Uint8Array;
};

/** What `PushManager.subscribe()` would give: an endpoint on the fake push service and the browser's keys. */
export async function fakeBrowser(): Promise<FakeBrowser> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const publicBytes = new Uint8Array((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer);
  const authBytes = crypto.getRandomValues(new Uint8Array(16));
  return {
    endpoint: `https://${PUSH_HOST}/wpush/v2/${crypto.randomUUID()}`,
    keys: { p256dh: b64url(publicBytes), auth: b64url(authBytes) },
    privateKey: pair.privateKey,
    publicBytes,
    authBytes,
  };
}

async function hkdf(salt: Uint8Array, ikm: Uint8Array, info: Uint8Array, bytes: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, key, bytes * 8));
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const ascii = (text: string) => new TextEncoder().encode(text);

/**
 * Decrypts an `aes128gcm` Web Push body as the browser does (RFC 8291 §3.4, RFC 8188 §2):
 * header = salt (16) ‖ rs (uint32) ‖ idlen (1) ‖ keyid (the sender's ephemeral public key);
 * IKM = HKDF(auth, ECDH(browser private, sender public), "WebPush: info\0" ‖ ua_public ‖ as_public, 32);
 * CEK = HKDF(salt, IKM, "Content-Encoding: aes128gcm\0", 16); NONCE = HKDF(salt, IKM, "Content-Encoding: nonce\0", 12);
 * one record, AES-128-GCM, plaintext ‖ 0x02 ‖ zero padding.
 */
export async function decryptPush(body: Uint8Array, browser: FakeBrowser): Promise<{ text: string; recordSize: number }> {
  const salt = body.slice(0, 16);
  const recordSize = new DataView(body.buffer, body.byteOffset + 16, 4).getUint32(0);
  const idLength = body[20] ?? 0;
  const senderPublic = body.slice(21, 21 + idLength);
  const record = body.slice(21 + idLength);
  if (idLength !== 65 || senderPublic[0] !== 0x04) throw new Error(`keyid is not an uncompressed P-256 point (${idLength} bytes)`);
  if (record.length > recordSize) throw new Error('more than one record');
  const senderKey = await crypto.subtle.importKey('raw', senderPublic, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const ecdh = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: senderKey } as unknown as SubtleCryptoDeriveKeyAlgorithm, browser.privateKey, 256));
  const ikm = await hkdf(browser.authBytes, ecdh, concat(ascii('WebPush: info\0'), browser.publicBytes, senderPublic), 32);
  const cek = await hkdf(salt, ikm, ascii('Content-Encoding: aes128gcm\0'), 16);
  const nonce = await hkdf(salt, ikm, ascii('Content-Encoding: nonce\0'), 12);
  const key = await crypto.subtle.importKey('raw', cek, 'AES-GCM', false, ['decrypt']);
  const padded = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce }, key, record));
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 0x02) throw new Error('the last record does not end with the 0x02 delimiter');
  return { text: new TextDecoder().decode(padded.slice(0, end)), recordSize };
}

export type PushRequest = { url: string; headers: Headers; body: Uint8Array };

/**
 * Stubs fetch for the fake push service's host: records each request and answers with
 * `answer(request, n)` (default 201). Other hosts go to the real fetch.
 */
export function fakePushService(answer: (request: PushRequest, n: number) => Response = () => new Response(null, { status: 201 })) {
  const received: PushRequest[] = [];
  const realFetch = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).host !== PUSH_HOST) return realFetch(input, init);
    const recorded = { url: request.url, headers: request.headers, body: new Uint8Array(await request.arrayBuffer()) };
    received.push(recorded);
    return answer(recorded, received.length);
  });
  return { received, spy };
}

/** Decrypted JSON of a recorded request, for the browser it was meant for. */
export async function payloadOf(request: PushRequest, browser: FakeBrowser): Promise<PushPayload> {
  return JSON.parse((await decryptPush(request.body, browser)).text) as PushPayload;
}

/** The claims of the VAPID JWT in `Authorization: vapid t=<jwt>, k=<key>` (signature checked against k). */
export async function vapidClaims(request: PushRequest): Promise<{ claims: { aud: string; exp: number; sub: string }; k: string }> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header);
  if (!match) throw new Error(`not a VAPID authorization: ${header.slice(0, 20)}…`);
  const [, jwt = '', k = ''] = match;
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  const key = await crypto.subtle.importKey('raw', fromB64url(k), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  const valid = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromB64url(signature), ascii(`${head}.${claims}`));
  if (!valid) throw new Error('the VAPID JWT signature does not verify with k');
  return { claims: JSON.parse(new TextDecoder().decode(fromB64url(claims))), k };
}

/** A subscription row straight in D1 (for consumer tests), opted in to everything unless told. */
export async function insertSubscription(
  userId: string,
  browser: FakeBrowser,
  overrides: Partial<typeof pushSubscriptions.$inferInsert> = {},
): Promise<string> {
  const id = overrides.id ?? crypto.randomUUID();
  await createDb(env.DB)
    .insert(pushSubscriptions)
    .values({ userId, endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth, createdAt: Date.now(), ...overrides, id });
  return id;
}
