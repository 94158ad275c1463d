// The Web Push subscription API: the server's public key for `PushManager.subscribe`, and each
// signed-in account's own devices (subscribe, list, change opt-ins, remove). JSON only; CSRF is
// the app-wide check every cookie write gets; `/api/push/` is an account path, so every answer,
// the public key's included, is `private, no-store` (workers/core/private-responses.ts).
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/session-store';
import { sha256Hex } from '../core/crypto';
import { currentUser, requireRole } from '../auth/middleware';
import { AppError } from '../core/errors';
import { countInWindow, type WindowLimit } from '../core/rate-limit';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { deleteByEndpoint, deleteOwnSubscription, listSubscriptions, replacedSettings, subscriptionJson, updateTopics, upsertSubscription } from './push.queries';
import { base64UrlBytes, subscribeBody, subscriptionIdParam, unsubscribeBody, updateTopicsBody } from './push.schemas';
import { isKnownPushService, pushServiceHosts } from './push-hosts';
import { pushConfigured } from './send';

/** A point that is 65 bytes and starts with 0x04 may still lie off the curve: WebCrypto says. */
async function isP256Point(p256dh: string): Promise<boolean> {
  const bytes = base64UrlBytes(p256dh);
  if (!bytes) return false;
  try {
    await crypto.subtle.importKey('raw', bytes, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    return true;
  } catch {
    return false;
  }
}

/**
 * Subscribing, per account: each call is an upsert and maybe a delete; a real browser subscribes
 * once per device (and /me re-posts once per visit), so this stops only a script (D1 counter).
 */
export const SUBSCRIBE_LIMIT: WindowLimit = { limit: 20, periodMs: 10 * 60 * 1000 };

export const pushRoutes = new Hono<AppEnv>()
  // Public: the page needs it before anyone subscribes. null: push is off on this server.
  .get('/api/push/key', (c) => c.json({ publicKey: pushConfigured(c.env) ? (c.env.VAPID_PUBLIC_KEY?.trim() ?? null) : null }))
  .get('/api/push/subscriptions', requireRole('member'), async (c) => {
    const rows = await listSubscriptions(c.var.db, currentUser(c).id);
    return c.json({ items: rows.map(subscriptionJson) });
  })
  .post('/api/push/subscriptions', requireRole('member'), validate('json', subscribeBody), async (c) => {
    const body = c.req.valid('json');
    if (!pushConfigured(c.env)) throw new AppError('UNAVAILABLE', 'Push notifications are off on this server');
    const user = currentUser(c);
    await countInWindow(undefined, c.var.db, `push:subscribe:user:${user.id}`, SUBSCRIBE_LIMIT, 'Too many subscription requests from this account; try again in a few minutes');
    if (!isKnownPushService(body.endpoint, pushServiceHosts(c.env))) throw AppError.field('endpoint', 'Not a known push service');
    if (!(await isP256Point(body.keys.p256dh))) throw AppError.field('keys.p256dh', 'Not a point on the P-256 curve');
    // The cookie session (sessions.token_hash) that subscribes: signing it out removes the device.
    const token = c.var.authVia === 'cookie' ? getCookie(c, SESSION_COOKIE) : undefined;
    const sessionId = token ? await sha256Hex(token) : null;
    // A browser's push service changed its subscription: the new one keeps what the old one had chosen.
    const replaced = body.replaces ? await replacedSettings(c.var.db, user.id, body.replaces) : null;
    const row = await upsertSubscription(c.var.db, user.id, {
      ...body,
      topics: body.topics ?? replaced?.topics,
      lang: body.lang ?? replaced?.lang ?? c.var.lang,
      sessionId,
    });
    const { id, topics, createdAt } = subscriptionJson(row);
    return c.json({ subscription: { id, topics, createdAt } }, 201);
  })
  .patch('/api/push/subscriptions/:id', requireRole('member'), validate('param', subscriptionIdParam), validate('json', updateTopicsBody), async (c) => {
    const row = await updateTopics(c.var.db, currentUser(c).id, c.req.valid('param').id, c.req.valid('json').topics);
    return c.json({ subscription: subscriptionJson(row) });
  })
  .delete('/api/push/subscriptions/:id', requireRole('member'), validate('param', subscriptionIdParam), async (c) => {
    await deleteOwnSubscription(c.var.db, currentUser(c).id, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/api/push/unsubscribe', requireRole('member'), validate('json', unsubscribeBody), async (c) => {
    await deleteByEndpoint(c.var.db, c.req.valid('json').endpoint);
    return c.body(null, 204);
  });
