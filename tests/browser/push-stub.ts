// A browser that can "subscribe" without a push service: PushManager and the notification
// permission are replaced before any page script runs (page.addInitScript). The subscription is
// real-looking (https://push.example.test/… endpoint, a real P-256 public key, a 16-byte auth
// secret, base64url) and kept in localStorage, so a reload finds it like a real browser would.
// Everything else (the service worker, /js/push-optin.js, the server's /api/push routes) is real.
import type { BrowserContext } from 'playwright-core';

export const FAKE_PUSH_HOST = 'push.example.test';

/** What the page's subscribe() call asked for (checked by the test). */
export type SubscribeCall = { userVisibleOnly: boolean; keyBytes: number; keyFirstByte: number };

export async function stubPushManager(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const STORE = '__fake-push-subscription';
    const PERMISSION = '__fake-push-permission';
    const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    type Json = { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
    const asSubscription = (json: Json) => ({
      endpoint: json.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true },
      toJSON: () => json,
      unsubscribe: async () => {
        localStorage.removeItem(STORE);
        return true;
      },
    });
    const stored = (): Json | null => {
      const text = localStorage.getItem(STORE);
      return text ? (JSON.parse(text) as Json) : null;
    };
    PushManager.prototype.getSubscription = async function () {
      const json = stored();
      return (json ? asSubscription(json) : null) as unknown as PushSubscription;
    };
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey;
      const bytes = key instanceof Uint8Array ? key : key instanceof ArrayBuffer ? new Uint8Array(key) : new Uint8Array();
      (window as unknown as { __subscribeCalls: unknown[] }).__subscribeCalls = [
        ...((window as unknown as { __subscribeCalls?: unknown[] }).__subscribeCalls ?? []),
        { userVisibleOnly: options?.userVisibleOnly === true, keyBytes: bytes.length, keyFirstByte: bytes[0] ?? -1 },
      ];
      const existing = stored();
      if (existing) return asSubscription(existing) as unknown as PushSubscription;
      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
      const p256dh = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
      const json: Json = {
        endpoint: `https://push.example.test/wpush/v2/${b64url(crypto.getRandomValues(new Uint8Array(32)))}`,
        expirationTime: null,
        keys: { p256dh: b64url(p256dh), auth: b64url(crypto.getRandomValues(new Uint8Array(16))) },
      };
      localStorage.setItem(STORE, JSON.stringify(json));
      return asSubscription(json) as unknown as PushSubscription;
    };
    Object.defineProperty(Notification, 'permission', { configurable: true, get: () => localStorage.getItem(PERMISSION) ?? 'default' });
    Notification.requestPermission = async () => {
      localStorage.setItem(PERMISSION, 'granted');
      return 'granted';
    };
  });
}
