import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { caseRow, createReport, validReport } from './helpers';

// Role checks on every route are in tests/security/route-guards.security.test.ts
// (table: tests/security/guards/reports.ts); these are the page-specific ones.
describe('the triage desk pages', () => {
  it('send an anonymous browser to the login page, coming back to the desk after', async () => {
    const res = await fetchApp('/editor/cases?platform=tiktok', { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/editor/cases?platform=tiktok')}`);
  });

  it('refuse a member with 403', async () => {
    const member = await signedInAs('member');
    expect((await fetchApp('/editor/cases', { headers: { ...member.headers, accept: 'text/html' } })).status).toBe(403);
  });

  it('refuse an editor’s form post sent from another site (CSRF)', async () => {
    const editor = await signedInAs('editor', { provinceCode: null });
    const { caseId } = await createReport(validReport({ url: 'https://example.com/csrf' }));
    const res = await fetchApp(`/editor/cases/${caseId}`, {
      method: 'POST',
      headers: { ...editor.headers, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=reviewing',
    });
    expect(res.status).toBe(403);
    const noOrigin = await fetchApp(`/editor/cases/${caseId}`, {
      method: 'POST',
      headers: { cookie: editor.headers.cookie ?? '', 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: 'status=reviewing',
    });
    expect(noOrigin.status).toBe(403);
    expect(await caseRow(caseId)).toMatchObject({ status: 'new' });
  });
});
