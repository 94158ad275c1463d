import type { DomainGuards } from './types';

/** Claim matching on the desk: "Có thể cùng nội dung" candidates, merge/unmerge, thresholds. */
export const claimsGuards: DomainGuards = {
  domain: 'claims',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/cases/:id/candidates', role: 'editor' },
    { method: 'POST', path: '/api/cases/:id/candidates/:matchId/accept', role: 'editor' },
    { method: 'POST', path: '/api/cases/:id/candidates/:matchId/reject', role: 'editor' },
    { method: 'POST', path: '/api/cases/:id/unmerge', role: 'editor' },
    { method: 'POST', path: '/editor/cases/:id/candidates/:matchId/accept', role: 'editor' },
    { method: 'POST', path: '/editor/cases/:id/candidates/:matchId/reject', role: 'editor' },
    { method: 'POST', path: '/editor/cases/:id/unmerge', role: 'editor' },
    // Read by every editor; changed only by national accounts: national editors (tests/claims/desk-settings.test.ts)
    // and admins without a province. The guard test's editor has a province, so the row says `admin`.
    { method: 'GET', path: '/api/settings/claims', role: 'editor' },
    { method: 'PUT', path: '/api/settings/claims', role: 'admin', body: { lexical: { candidate: 0.3, high: 0.6 }, semantic: { candidate: 0.8, high: 0.9 } } },
    { method: 'GET', path: '/editor/settings/claims', role: 'editor' },
    { method: 'POST', path: '/editor/settings/claims', role: 'admin' },
  ],
};
