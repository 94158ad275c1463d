import type { DomainGuards } from './types';

/** Web Push: the server's public key, and each account's own subscriptions (any signed-in role). */
export const pushGuards: DomainGuards = {
  domain: 'push',
  public: [{ method: 'GET', path: '/api/push/key', why: 'the VAPID public key the browser needs to subscribe (public by design; null when push is off)' }],
  guarded: [
    { method: 'GET', path: '/api/push/subscriptions', role: 'member' },
    { method: 'POST', path: '/api/push/subscriptions', role: 'member' },
    { method: 'PATCH', path: '/api/push/subscriptions/:id', role: 'member', body: { topics: { campaigns: false } } },
    { method: 'DELETE', path: '/api/push/subscriptions/:id', role: 'member' },
    { method: 'POST', path: '/api/push/unsubscribe', role: 'member', body: { endpoint: 'https://push.example.com/guard' } },
  ],
};
