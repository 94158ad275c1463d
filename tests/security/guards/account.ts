import type { DomainGuards } from './types';

const SESSION_ID = '000000000000000000000000';

/** One's own account (/account, /api/me/…), the /login form and the admin's reset links. */
export const accountGuards: DomainGuards = {
  domain: 'account',
  public: [
    { method: 'POST', path: '/login', why: 'the sign-in form (same limits as POST /api/auth/login)' },
    { method: 'GET', path: '/dat-mat-khau/:token', why: 'a reset link’s page: the unguessable one-time token is the credential' },
    { method: 'POST', path: '/dat-mat-khau/:token', why: 'setting a password with a valid, unused, unexpired reset link' },
    { method: 'GET', path: '/set-password/:token', why: 'English alias of /dat-mat-khau/:token' },
    { method: 'POST', path: '/set-password/:token', why: 'English alias of /dat-mat-khau/:token' },
  ],
  guarded: [
    { method: 'GET', path: '/api/me/sessions', role: 'member' },
    { method: 'DELETE', path: '/api/me/sessions/:id', role: 'member', sample: `/api/me/sessions/${SESSION_ID}` },
    { method: 'DELETE', path: '/api/me/sessions', role: 'member' },
    { method: 'POST', path: '/api/me/password', role: 'member', body: { currentPassword: 'wrong', newPassword: 'guard-test-password' } },
    { method: 'GET', path: '/account', role: 'member' },
    { method: 'POST', path: '/account/password', role: 'member' },
    { method: 'POST', path: '/account/phone', role: 'member' },
    { method: 'PUT', path: '/api/me/phone', role: 'member', body: { phone: '' } },
    { method: 'POST', path: '/account/sessions/end-others', role: 'member' },
    { method: 'POST', path: '/account/sessions/:id/end', role: 'member', sample: `/account/sessions/${SESSION_ID}/end` },
    { method: 'POST', path: '/editor/users/:id/reset-link', role: 'admin' },
  ],
};
