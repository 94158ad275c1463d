import type { DomainGuards } from './types';

/** Personal data: one's own export and deletion request, and the erasure an admin confirms. */
export const privacyGuards: DomainGuards = {
  domain: 'privacy',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/me/export', role: 'member' },
    { method: 'POST', path: '/api/me/deletion', role: 'member', body: { password: 'wrong-guard-password' } },
    { method: 'DELETE', path: '/api/me/deletion', role: 'member' },
    { method: 'POST', path: '/account/deletion', role: 'member' },
    { method: 'POST', path: '/account/deletion/withdraw', role: 'member' },
    { method: 'POST', path: '/api/users/:id/erase', role: 'admin' },
    { method: 'POST', path: '/editor/users/:id/erase', role: 'admin' },
  ],
};
