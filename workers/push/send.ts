// Sending one Web Push message: the payload encrypted for the browser (aes128gcm, RFC 8291)
// and signed for the push service (VAPID, RFC 8292) by @block65/webcrypto-web-push, then
// POSTed to the subscription's endpoint. Endpoints and keys are capabilities (whoever holds
// them can reach that device), so nothing here ever logs them: only the subscription's id.
import { buildPushPayload } from '@block65/webcrypto-web-push';
import { eq } from 'drizzle-orm';
import { pushSubscriptions } from '../../schema';
import { createDb } from '../core/db';
import type { PushPayload } from './push.types';

/** What sending needs of a `push_subscriptions` row. */
export type PushTarget = { id: string; endpoint: string; p256dh: string; auth: string };

export type PushOutcome =
  /** The push service took it (201, or 202 from some services). */
  | { kind: 'sent' }
  /** 404/410: the browser unsubscribed or the subscription expired; its row is deleted. */
  | { kind: 'gone' }
  /** 429, 5xx or no answer: try again later (after `afterSeconds` when the service said so). */
  | { kind: 'retry'; status: number | null; afterSeconds: number | null }
  /** Any other answer (400 malformed, 403 a key mismatch, 413 too large), or 0 when it could not be built: trying again cannot help. */
  | { kind: 'rejected'; status: number };

/** A notification older than a day is news no longer: the push service drops it if the phone stays offline that long. */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;

/** Push is on when both VAPID keys are set (`npm run push:keys`). */
export function pushConfigured(env: Pick<Env, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY'>): boolean {
  return Boolean(env.VAPID_PUBLIC_KEY?.trim() && env.VAPID_PRIVATE_KEY?.trim());
}

/**
 * RFC 8030 §5.4: a Topic is at most 32 characters of the URL-safe base64 alphabet. Other
 * characters become `-`; a longer tag keeps its start and a hash of the whole, so two long
 * tags that share a beginning still stay distinct (a Topic replaces a pending message with the same one).
 */
export async function pushTopicHeader(tag: string): Promise<string | null> {
  const clean = tag.replace(/[^A-Za-z0-9_-]/g, '-');
  if (clean === '') return null;
  if (clean.length <= 32) return clean;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(tag)));
  const hash = btoa(String.fromCharCode(...digest.slice(0, 8)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
  return `${clean.slice(0, 32 - hash.length - 1)}-${hash}`;
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Sends `payload` to one subscription and says how it went. A 404/410 deletes the
 * subscription here (the push service will never take it again); the caller decides when
 * to try a `retry` again. Throws only when push is not configured (a caller's bug).
 */
export async function sendPush(env: Env, subscription: PushTarget, payload: PushPayload): Promise<PushOutcome> {
  if (!pushConfigured(env)) throw new Error('sendPush called while push is off (VAPID keys are not set)');
  const topic = await pushTopicHeader(payload.tag);
  let request: Awaited<ReturnType<typeof buildPushPayload>>;
  try {
    request = await buildPushPayload(
      { data: payload, options: { ttl: PUSH_TTL_SECONDS, urgency: 'normal', ...(topic ? { topic } : {}) } },
      { endpoint: subscription.endpoint, expirationTime: null, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      { subject: env.VAPID_SUBJECT, publicKey: env.VAPID_PUBLIC_KEY?.trim(), privateKey: env.VAPID_PRIVATE_KEY?.trim() },
    );
  } catch {
    // A key the browser could not have made, or a payload over 4 KB: no retry can help. The
    // library's message may quote the endpoint, so it is not logged.
    console.error(`push to subscription ${subscription.id}: the message could not be encrypted or signed`);
    return { kind: 'rejected', status: 0 };
  }
  let res: Response;
  try {
    res = await fetch(subscription.endpoint, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual' });
  } catch {
    // The error's message may quote the URL: log the subscription only.
    console.warn(`push to subscription ${subscription.id}: no answer from the push service`);
    return { kind: 'retry', status: null, afterSeconds: null };
  }
  // The body is never needed; cancel it so the connection is freed.
  await res.body?.cancel().catch(() => undefined);
  if (res.status === 201 || res.status === 202 || res.status === 200) return { kind: 'sent' };
  if (res.status === 404 || res.status === 410) {
    await createDb(env.DB).delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscription.id));
    return { kind: 'gone' };
  }
  if (res.status === 429 || res.status >= 500) {
    return { kind: 'retry', status: res.status, afterSeconds: retryAfterSeconds(res.headers.get('retry-after')) };
  }
  console.warn(`push to subscription ${subscription.id} refused with ${res.status}`);
  return { kind: 'rejected', status: res.status };
}
