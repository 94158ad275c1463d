import type { DomainGuards } from './types';

// Bulk import of members: admins only (an admin with a province is limited to it inside the routes).
export const importsGuards: DomainGuards = {
  domain: 'imports',
  public: [],
  guarded: [
    { method: 'POST', path: '/api/users/import', role: 'admin' },
    { method: 'GET', path: '/api/users/import/:id', role: 'admin' },
    { method: 'POST', path: '/api/users/import/:id/links', role: 'admin' },
    { method: 'GET', path: '/editor/users/import', role: 'admin' },
    { method: 'GET', path: '/editor/users/import/mau.csv', role: 'admin' },
    { method: 'POST', path: '/editor/users/import', role: 'admin' },
    { method: 'GET', path: '/editor/users/import/:id', role: 'admin' },
    { method: 'POST', path: '/editor/users/import/:id/links', role: 'admin' },
  ],
};
