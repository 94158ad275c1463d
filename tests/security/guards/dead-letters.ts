import type { DomainGuards } from './types';

export const deadLettersGuards: DomainGuards = {
  domain: 'dead-letters',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/admin/dead-letters', role: 'admin' },
    // An empty body replays whatever is parked (nothing, in the test database).
    { method: 'POST', path: '/api/admin/dead-letters/replay', role: 'admin', body: {} },
  ],
};
