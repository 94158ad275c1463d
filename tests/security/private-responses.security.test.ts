import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { JPEG_BYTES, nextIp } from '../reports/helpers';
import { samplePath, listed } from './guards/check';
import { domainGuards } from './guards/index';
import type { GuardedRoute, PublicRoute } from './guards/types';

// A page made for one person must never be kept by a shared cache or the browser's
// history: every answer to a signed-in request, and every editor or account page.

const { publics, guarded } = listed(domainGuards);
const everyRoute: (GuardedRoute | PublicRoute)[] = [...publics.filter((r) => !r.sharedCache), ...guarded];
const sharedRoutes = publics.filter((r) => r.sharedCache);

function call(route: GuardedRoute | PublicRoute, headers: Record<string, string>) {
  const unsafe = route.method !== 'GET';
  return fetchApp(samplePath(route), {
    method: route.method === 'ALL' ? 'GET' : route.method,
    redirect: 'manual',
    headers: { origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...(unsafe ? { 'content-type': 'application/json' } : {}), ...('headers' in route ? route.headers : {}), ...headers },
    body: unsafe ? JSON.stringify('body' in route && route.body !== undefined ? route.body : {}) : undefined,
  });
}

describe.each(everyRoute)('$method $path', (route) => {
  it('answers a signed-in admin with Cache-Control: private, no-store, whatever the status', async () => {
    // A fresh account per route: POST /logout ends the session it is given.
    const admin = await signedInAs('admin');
    const res = await call(route, admin.headers);
    expect(res.headers.get('cache-control'), `${res.status} ${await res.clone().text().then((t) => t.slice(0, 200))}`).toBe('private, no-store');
  });
});

describe.each(sharedRoutes)('$method $path (shared by design)', (route) => {
  it('answers a signed-in admin with the same bytes as a stranger, and sets no cookie', async () => {
    const admin = await signedInAs('admin');
    const mine = await call(route, admin.headers);
    const anyone = await call(route, {});
    expect(mine.status).toBe(200);
    expect(mine.headers.get('set-cookie')).toBeNull();
    expect(mine.headers.get('cache-control')).toBe(anyone.headers.get('cache-control'));
    expect(await mine.text()).toBe(await anyone.text());
  });
});

describe('bearer tokens', () => {
  it('make answers private too, public JSON and feed pages included', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const issued = await readJson<{ token: { token: string } }>(await sendJson('POST', `/api/users/${editor.id}/tokens`, { label: 'máy chủ tổng hợp' }, admin.headers));
    const bearer = { authorization: `Bearer ${issued.token.token}` };
    for (const path of ['/api/provinces', '/api/stories', '/api/editor/queue', '/api/stats/overview', '/campaigns', '/']) {
      const res = await fetchApp(path, { headers: bearer });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('private, no-store');
    }
  });

  it('an invalid token gets a private 401', async () => {
    const res = await fetchApp('/api/provinces', { headers: { authorization: 'Bearer lt_not-a-real-token' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('editor and account pages are private even for a signed-out visitor', () => {
  it.each(['/login', '/login?next=/editor/cases', '/editor', '/editor/users', '/api/me', '/api/cases'])('%s', async (path) => {
    const res = await fetchApp(path, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('/login when signed in', async () => {
    const member = await signedInAs('member');
    const res = await fetchApp('/login', { headers: member.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('the sign-in answer, refused or not', async () => {
    const res = await sendJson('POST', '/api/auth/login', { email: 'nobody@example.vn', password: 'sai-mat-khau-roi' }, { 'cf-connecting-ip': nextIp() });
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('anonymous public reads keep their own caching', () => {
  it('reference data stays publicly cacheable and the feed revalidates', async () => {
    expect((await fetchApp('/api/provinces')).headers.get('cache-control')).toMatch(/^public/);
    expect((await fetchApp('/api/stories')).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('the screenshot route keeps its own, stricter Content-Security-Policy', () => {
  it('is served sandboxed, while pages keep the site policy', async () => {
    const editor = await signedInAs('editor', { provinceCode: null });
    const form = new FormData();
    form.append('url', 'https://example.com/with-a-shot-csp');
    form.append('category', 'other');
    form.append('screenshot', new File([JPEG_BYTES], 'a.jpg'));
    const created = await readJson<{ caseId: number; id: number }>(
      await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } }),
    );
    const shot = await fetchApp(`/api/cases/${created.caseId}/reports/${created.id}/screenshot`, { headers: editor.headers });
    expect(shot.status).toBe(200);
    expect(shot.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(shot.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await fetchApp(`/editor/cases/${created.caseId}`, { headers: editor.headers });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('sandbox');
  });
});
