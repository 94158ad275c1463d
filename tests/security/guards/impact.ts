import type { DomainGuards } from './types';

/** My impact (/me, /api/me/impact) and the unit leaderboards: every signed-in person, scoped by province. */
export const impactGuards: DomainGuards = {
  domain: 'impact',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/me/impact', role: 'member' },
    { method: 'GET', path: '/me', role: 'member' },
    { method: 'GET', path: '/api/units/leaderboard', role: 'member', sample: '/api/units/leaderboard?province=HNI' },
  ],
};
