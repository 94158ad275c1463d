import type { DomainGuards } from './types';

/** Misinformation reports (public, one endpoint in) and the editors' case desk. */
export const reportsGuards: DomainGuards = {
  domain: 'reports',
  public: [
    { method: 'POST', path: '/api/reports', why: 'anyone may report misinformation (rate-limited per IP, Turnstile when configured)' },
    { method: 'GET', path: '/api/reports/:receipt', why: 'the reporter’s own receipt: an unguessable token, shows nothing about other reporters' },
    { method: 'GET', path: '/report', why: 'the public report form' },
    { method: 'GET', path: '/report/:receipt', why: 'the reporter’s receipt page (same data as the receipt API)' },
    { method: 'GET', path: '/tra-cuu', why: 'a report looked up by its short code (40 bits, lookups rate-limited per IP)' },
  ],
  guarded: [
    { method: 'GET', path: '/api/cases', role: 'editor' },
    { method: 'GET', path: '/api/cases/:id', role: 'editor' },
    { method: 'PATCH', path: '/api/cases/:id', role: 'editor', body: { note: 'guard probe' } },
    { method: 'POST', path: '/api/cases/:id/merge', role: 'editor', body: { targetId: 1 } },
    { method: 'POST', path: '/api/cases/:id/rebuttal', role: 'editor' },
    { method: 'GET', path: '/api/cases/:id/reports/:reportId/screenshot', role: 'editor' },
    { method: 'GET', path: '/editor/cases', role: 'editor' },
    { method: 'GET', path: '/editor/cases/:id', role: 'editor' },
    { method: 'POST', path: '/editor/cases/:id', role: 'editor' },
    { method: 'POST', path: '/editor/cases/:id/merge', role: 'editor' },
    { method: 'POST', path: '/editor/cases/:id/rebuttal', role: 'editor' },
  ],
};
