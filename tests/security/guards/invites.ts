import type { DomainGuards } from './types';

const INVITE_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Invitations: admins and provincial editors manage them (`editor` is the floor; a national
 * editor is then refused in the handler, tests/invites/invites.security.test.ts), anyone with
 * a live link may join.
 */
export const invitesGuards: DomainGuards = {
  domain: 'invites',
  public: [
    { method: 'GET', path: '/join/:code', why: 'an invitation link’s page: the unguessable code is the credential; shows only the unit and province' },
    { method: 'POST', path: '/join/:code', why: 'joining through a live invitation (rate-limited per address, no account enumeration, CSRF like /login)' },
    { method: 'GET', path: '/api/join/:code', why: 'JSON of /join/:code: the unit and province the link joins' },
    { method: 'POST', path: '/api/join/:code', why: 'JSON of the join form (same limits and answers)' },
  ],
  guarded: [
    { method: 'GET', path: '/api/invites', role: 'editor' },
    { method: 'POST', path: '/api/invites', role: 'editor', body: { unitId: 999999, expiresInDays: 5, maxUses: 5 } },
    { method: 'DELETE', path: '/api/invites/:id', role: 'editor', sample: `/api/invites/${INVITE_ID}` },
    { method: 'GET', path: '/editor/invites', role: 'editor' },
    { method: 'POST', path: '/editor/invites', role: 'editor', provincial: true },
    { method: 'POST', path: '/editor/invites/:id/revoke', role: 'editor', sample: `/editor/invites/${INVITE_ID}/revoke` },
  ],
};
