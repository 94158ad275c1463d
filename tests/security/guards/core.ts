import type { DomainGuards } from './types';

export const coreGuards: DomainGuards = {
  domain: 'core',
  public: [
    { method: 'GET', path: '/api/health', why: 'liveness probe and version' },
    { method: 'GET', path: '/v/:hash/*', why: 'versioned static files (styles, scripts, icon) from web/public, served immutable' },
  ],
  guarded: [],
};
