// A provincial admin (an admin whose account names a province, like admin2@ for Đà Nẵng)
// against everything admins can reach. Every route guarded for `admin` must have a row
// here (the test fails otherwise), saying how a provincial admin is kept to their province:
// - `other-province`: the sample names another province's resource; the answer is 403;
// - `national-only`: refused (403) even for the admin's own province's accounts;
// - `filtered`: a listing that leaves other provinces out (the answer must not name them).
// Rows for editor-level routes that are province-scoped add admin2@ against another
// province's cases, figures and review queue. Placeholders in samples are filled in by
// tests/security/scoped-admin-guards.security.test.ts: `{other}` an account of another
// province, `{own}` an account of the admin's own province, `{national}` an account
// without a province, `{token}` an API token of `{other}`, `{case}` a case of another
// province, `{story}` / `{storySlug}` a submitted story of another province, `{unit}` a unit
// of another province.
import type { Method } from './types';

export type ScopedAdminRow = {
  method: Method;
  path: string;
  sample: string;
  kind: 'other-province' | 'national-only' | 'filtered';
  /** JSON body for API routes. */
  body?: unknown;
  /** Urlencoded body for the desk's forms. */
  form?: Record<string, string>;
};

export const scopedAdminRows: ScopedAdminRow[] = [
  // Accounts (JSON)
  { method: 'GET', path: '/api/users', sample: '/api/users', kind: 'filtered' },
  { method: 'POST', path: '/api/users', sample: '/api/users', kind: 'other-province', body: { email: 'guard-other@example.vn', name: 'Người tỉnh khác', password: 'mat-khau-du-dai-1', provinceCode: 'HCM' } },
  { method: 'PATCH', path: '/api/users/:id', sample: '/api/users/{other}', kind: 'other-province', body: { name: 'Đổi tên hộ' } },
  { method: 'GET', path: '/api/users/:id/tokens', sample: '/api/users/{own}/tokens', kind: 'national-only' },
  { method: 'POST', path: '/api/users/:id/tokens', sample: '/api/users/{own}/tokens', kind: 'national-only', body: { label: 'đối tác' } },
  { method: 'DELETE', path: '/api/users/:id/sessions', sample: '/api/users/{other}/sessions', kind: 'other-province' },
  { method: 'DELETE', path: '/api/tokens/:id', sample: '/api/tokens/{token}', kind: 'national-only' },
  { method: 'POST', path: '/api/users/:id/erase', sample: '/api/users/{other}/erase', kind: 'other-province' },
  // Accounts (the desk's forms)
  { method: 'GET', path: '/editor/users', sample: '/editor/users', kind: 'filtered' },
  { method: 'POST', path: '/editor/users', sample: '/editor/users', kind: 'other-province', form: { email: 'guard-form@example.vn', name: 'Người tỉnh khác', password: 'mat-khau-du-dai-1', role: 'member', provinceCode: 'HCM' } },
  { method: 'POST', path: '/editor/users/:id', sample: '/editor/users/{other}', kind: 'other-province', form: { name: 'Đổi tên hộ', role: 'member', provinceCode: 'HCM' } },
  { method: 'POST', path: '/editor/users/:id/tokens', sample: '/editor/users/{own}/tokens', kind: 'national-only', form: { label: 'đối tác' } },
  { method: 'POST', path: '/editor/users/:id/reset-link', sample: '/editor/users/{other}/reset-link', kind: 'other-province' },
  { method: 'POST', path: '/editor/users/:id/sessions/revoke', sample: '/editor/users/{other}/sessions/revoke', kind: 'other-province' },
  { method: 'POST', path: '/editor/tokens/:id/revoke', sample: '/editor/tokens/{token}/revoke', kind: 'national-only' },
  { method: 'POST', path: '/editor/users/:id/erase', sample: '/editor/users/{other}/erase', kind: 'other-province' },
  // Queues: every province's work
  { method: 'GET', path: '/api/admin/dead-letters', sample: '/api/admin/dead-letters', kind: 'national-only' },
  { method: 'POST', path: '/api/admin/dead-letters/replay', sample: '/api/admin/dead-letters/replay', kind: 'national-only', body: {} },
  // Editor-level areas, scoped for admins as for editors
  { method: 'GET', path: '/api/audit', sample: '/api/audit?limit=200', kind: 'filtered' },
  { method: 'GET', path: '/editor/audit', sample: '/editor/audit?limit=200', kind: 'filtered' },
  { method: 'GET', path: '/api/cases/:id', sample: '/api/cases/{case}', kind: 'other-province' },
  { method: 'PATCH', path: '/api/cases/:id', sample: '/api/cases/{case}', kind: 'other-province', body: { note: 'không phải tỉnh mình' } },
  { method: 'GET', path: '/editor/cases/:id', sample: '/editor/cases/{case}', kind: 'other-province' },
  { method: 'GET', path: '/api/cases', sample: '/api/cases?province=HCM', kind: 'other-province' },
  { method: 'GET', path: '/api/stats/overview', sample: '/api/stats/overview?province=HCM', kind: 'other-province' },
  { method: 'GET', path: '/editor/stats', sample: '/editor/stats?province=HCM', kind: 'other-province' },
  { method: 'GET', path: '/api/stories/:slug/stats', sample: '/api/stories/{storySlug}/stats?province=HCM', kind: 'other-province' },
  { method: 'GET', path: '/editor', sample: '/editor?province=HCM', kind: 'other-province' },
  { method: 'GET', path: '/editor/stories/:id/review', sample: '/editor/stories/{story}/review', kind: 'other-province' },
];
