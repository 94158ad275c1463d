// Route guard table for the reports and cases domains (see CONVENTIONS.md,
// "Route guard table"). Every route these domains add is listed with who may
// call it; tests/reports/guards.security.test.ts checks both directions.
import type { Role } from '../../../schema';

export type RouteGuard = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The route pattern exactly as registered (`:id` parameters). */
  path: string;
  /** `public` routes are open to everyone by design. */
  access: 'public' | Role;
  /** A concrete path to probe the route with. */
  example: string;
};

export const reportsGuards: RouteGuard[] = [
  { method: 'POST', path: '/api/reports', access: 'public', example: '/api/reports' },
  { method: 'GET', path: '/api/reports/:receipt', access: 'public', example: `/api/reports/${'A'.repeat(43)}` },
  { method: 'GET', path: '/report', access: 'public', example: '/report' },
  { method: 'GET', path: '/report/:receipt', access: 'public', example: `/report/${'A'.repeat(43)}` },
  { method: 'GET', path: '/api/cases', access: 'editor', example: '/api/cases' },
  { method: 'GET', path: '/api/cases/:id', access: 'editor', example: '/api/cases/1' },
  { method: 'PATCH', path: '/api/cases/:id', access: 'editor', example: '/api/cases/1' },
  { method: 'POST', path: '/api/cases/:id/merge', access: 'editor', example: '/api/cases/1/merge' },
  { method: 'POST', path: '/api/cases/:id/rebuttal', access: 'editor', example: '/api/cases/1/rebuttal' },
  { method: 'GET', path: '/api/cases/:id/reports/:reportId/screenshot', access: 'editor', example: '/api/cases/1/reports/1/screenshot' },
  { method: 'GET', path: '/editor/cases', access: 'editor', example: '/editor/cases' },
  { method: 'GET', path: '/editor/cases/:id', access: 'editor', example: '/editor/cases/1' },
  { method: 'POST', path: '/editor/cases/:id', access: 'editor', example: '/editor/cases/1' },
  { method: 'POST', path: '/editor/cases/:id/merge', access: 'editor', example: '/editor/cases/1/merge' },
  { method: 'POST', path: '/editor/cases/:id/rebuttal', access: 'editor', example: '/editor/cases/1/rebuttal' },
];
