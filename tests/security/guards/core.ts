import type { DomainGuards } from './types';

export const coreGuards: DomainGuards = {
  domain: 'core',
  public: [{ method: 'GET', path: '/api/health', why: 'liveness probe and version' }],
  guarded: [],
};
