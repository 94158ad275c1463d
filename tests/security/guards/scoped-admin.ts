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
// of another province, `{import}` a national admin's import.
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
  // Hub-wide claim matching thresholds: national accounts only (workers/claims/claim-settings.queries.ts).
  { method: 'PUT', path: '/api/settings/claims', sample: '/api/settings/claims', kind: 'national-only', body: { lexical: { candidate: 0.3, high: 0.6 }, semantic: { candidate: 0.8, high: 0.9 } } },
  { method: 'POST', path: '/editor/settings/claims', sample: '/editor/settings/claims', kind: 'national-only', form: { 'lexical.candidate': '0,3', 'lexical.high': '0,6', 'semantic.candidate': '0,8', 'semantic.high': '0,9' } },
  // Accounts (the desk's forms)
  { method: 'GET', path: '/editor/users', sample: '/editor/users', kind: 'filtered' },
  { method: 'POST', path: '/editor/users', sample: '/editor/users', kind: 'other-province', form: { email: 'guard-form@example.vn', name: 'Người tỉnh khác', password: 'mat-khau-du-dai-1', role: 'member', provinceCode: 'HCM' } },
  { method: 'POST', path: '/editor/users/:id', sample: '/editor/users/{other}', kind: 'other-province', form: { name: 'Đổi tên hộ', role: 'member', provinceCode: 'HCM' } },
  { method: 'POST', path: '/editor/users/:id/tokens', sample: '/editor/users/{own}/tokens', kind: 'national-only', form: { label: 'đối tác' } },
  { method: 'POST', path: '/editor/users/:id/reset-link', sample: '/editor/users/{other}/reset-link', kind: 'other-province' },
  { method: 'POST', path: '/editor/users/:id/sessions/revoke', sample: '/editor/users/{other}/sessions/revoke', kind: 'other-province' },
  { method: 'POST', path: '/editor/tokens/:id/revoke', sample: '/editor/tokens/{token}/revoke', kind: 'national-only' },
  { method: 'POST', path: '/editor/users/:id/erase', sample: '/editor/users/{other}/erase', kind: 'other-province' },
  // Units: another province's tree
  { method: 'POST', path: '/api/units', sample: '/api/units', kind: 'other-province', body: { name: 'Chi bộ tỉnh khác', kind: 'party_cell', provinceCode: 'HCM' } },
  { method: 'PATCH', path: '/api/units/:id', sample: '/api/units/{unit}', kind: 'other-province', body: { name: 'Đổi tên hộ' } },
  { method: 'DELETE', path: '/api/units/:id', sample: '/api/units/{unit}', kind: 'other-province' },
  { method: 'POST', path: '/editor/units', sample: '/editor/units', kind: 'other-province', form: { name: 'Chi bộ tỉnh khác', kind: 'party_cell', provinceCode: 'HCM' } },
  { method: 'GET', path: '/editor/units/:id', sample: '/editor/units/{unit}', kind: 'other-province' },
  { method: 'POST', path: '/editor/units/:id', sample: '/editor/units/{unit}', kind: 'other-province', form: { name: 'Đổi tên hộ', kind: 'party_cell' } },
  { method: 'POST', path: '/editor/units/:id/active', sample: '/editor/units/{unit}/active', kind: 'other-province', form: { active: 'no' } },
  { method: 'POST', path: '/editor/units/:id/delete', sample: '/editor/units/{unit}/delete', kind: 'other-province' },
  // Bulk imports: a national admin's import (`{import}`) is outside a provincial admin's reach; rows of another
  // province are refused row by row (tests/users/import.security.test.ts), so the lists and checks are `filtered`.
  { method: 'GET', path: '/editor/users/import', sample: '/editor/users/import', kind: 'filtered' },
  { method: 'GET', path: '/editor/users/import/mau.csv', sample: '/editor/users/import/mau.csv', kind: 'filtered' },
  { method: 'POST', path: '/api/users/import', sample: '/api/users/import', kind: 'filtered', form: { csv: 'Họ và tên,Email,Tỉnh/Thành,Vai trò\nNgười tỉnh khác,khac@donvi.vn,HCM,thành viên', dryRun: 'true' } },
  { method: 'POST', path: '/editor/users/import', sample: '/editor/users/import', kind: 'filtered', form: { csv: 'Họ và tên,Email,Tỉnh/Thành,Vai trò\nNgười tỉnh khác,khac@donvi.vn,HCM,thành viên', dryRun: 'true' } },
  { method: 'GET', path: '/api/users/import/:id', sample: '/api/users/import/{import}', kind: 'other-province' },
  { method: 'POST', path: '/api/users/import/:id/links', sample: '/api/users/import/{import}/links', kind: 'other-province' },
  { method: 'GET', path: '/editor/users/import/:id', sample: '/editor/users/import/{import}', kind: 'other-province' },
  { method: 'POST', path: '/editor/users/import/:id/links', sample: '/editor/users/import/{import}/links', kind: 'other-province' },
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
