import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';

type Problem = { code: string; errors?: { path: string }[] };

describe('refused input and callers', () => {
  it('answers 401 problem+json to anonymous callers of both JSON routes', async () => {
    for (const path of ['/api/me/impact', '/api/units/leaderboard?province=DNG']) {
      const res = await fetchApp(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('sends an anonymous browser from /me to sign in and back', async () => {
    const res = await fetchApp('/me', { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fme');
  });

  it('names `province` when it is not a province (400, never 500)', async () => {
    const national = await signedInAs('editor', { provinceCode: null });
    for (const bad of ['ZZZ', 'hni', 'Đà Nẵng', '%', 'x'.repeat(300)]) {
      const res = await fetchApp(`/api/units/leaderboard?province=${encodeURIComponent(bad)}`, { headers: national.headers });
      expect(res.status, bad).toBe(400);
      const body = await readJson<Problem>(res);
      expect(body.errors?.map((e) => e.path), bad).toEqual(['province']);
    }
  });

  it('asks a nationwide reader to pick a province (400 naming it)', async () => {
    const national = await signedInAs('editor', { provinceCode: null });
    const res = await fetchApp('/api/units/leaderboard', { headers: national.headers });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual(['province']);
    // An empty value (a form's "all") is the same as none.
    expect((await fetchApp('/api/units/leaderboard?province=', { headers: national.headers })).status).toBe(400);
  });

  it('answers 404 to a member without a province (no leaderboard to show)', async () => {
    const member = await signedInAs('member', { provinceCode: null });
    const res = await fetchApp('/api/units/leaderboard', { headers: member.headers });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses other methods on the JSON routes', async () => {
    const member = await signedInAs('member', { provinceCode: 'DNG' });
    const res = await fetchApp('/api/me/impact', { method: 'POST', headers: member.headers });
    expect([404, 405]).toContain(res.status);
  });
});
