import { describe, expect, it } from 'vitest';
import { vapidVarsFromEnvironment } from '../../scripts/lib/local-dev';
import { makeVapidKeys } from '../../scripts/push-keys';

describe('npm run push:keys', () => {
  it('makes a P-256 pair in the formats the browser and the sender take', async () => {
    const { publicKey, privateKey } = await makeVapidKeys();
    // applicationServerKey: base64url (no padding) of the 65-byte uncompressed point.
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const point = Buffer.from(publicKey, 'base64url');
    expect(point.length).toBe(65);
    expect(point[0]).toBe(0x04);
    // The private scalar d: 32 bytes.
    expect(Buffer.from(privateKey, 'base64url').length).toBe(32);
    expect((await makeVapidKeys()).publicKey).not.toBe(publicKey);
  });
});

describe('npm start', () => {
  it('passes VAPID keys from the environment to wrangler dev only when both are set', () => {
    expect(vapidVarsFromEnvironment({ VAPID_PUBLIC_KEY: 'pub', VAPID_PRIVATE_KEY: 'priv' })).toEqual({ VAPID_PUBLIC_KEY: 'pub', VAPID_PRIVATE_KEY: 'priv' });
    expect(vapidVarsFromEnvironment({ VAPID_PUBLIC_KEY: 'pub' })).toEqual({});
    expect(vapidVarsFromEnvironment({ VAPID_PUBLIC_KEY: ' ', VAPID_PRIVATE_KEY: 'priv' })).toEqual({});
  });
});
