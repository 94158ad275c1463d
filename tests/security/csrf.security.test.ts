import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';

const storyJson = JSON.stringify({ title: 'Bài gửi từ trang lạ', categoryCode: 'role_model', provinceCode: 'HNI' });

describe('CSRF protection of cookie sessions', () => {
  it('refuses a cross-origin POST that carries a valid session cookie', async () => {
    const editor = await signedInAs('editor');
    const res = await fetchApp('/api/stories', {
      method: 'POST',
      headers: { cookie: editor.headers.cookie ?? '', origin: 'https://evil.example', 'content-type': 'application/json' },
      body: storyJson,
    });
    expect(res.status).toBe(403);
    expect((await readJson<{ detail: string }>(res)).detail).toContain('Cross-site');
  });

  it('refuses a cross-site HTML form post to an editor action', async () => {
    const admin = await signedInAs('admin');
    const victim = await signedInAs('member');
    const res = await fetchApp(`/editor/users/${victim.id}`, {
      method: 'POST',
      headers: {
        cookie: admin.headers.cookie ?? '',
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      body: 'role=admin',
    });
    expect(res.status).toBe(403);
  });

  it('refuses a cookie POST without Origin unless the browser says it is same-origin', async () => {
    const editor = await signedInAs('editor');
    const base = { cookie: editor.headers.cookie ?? '', 'content-type': 'application/json' };
    const crossSite = await fetchApp('/api/stories', { method: 'POST', headers: { ...base, 'sec-fetch-site': 'cross-site' }, body: storyJson });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await fetchApp('/api/stories', { method: 'POST', headers: { ...base, 'sec-fetch-site': 'same-origin' }, body: storyJson });
    expect(sameOrigin.status).toBe(201);
  });

  it('refuses a cross-origin sign-in attempt (login CSRF)', async () => {
    const res = await fetchApp('/api/auth/login', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=editor%40lantoa.local&password=whatever-it-is',
    });
    expect(res.status).toBe(403);
  });
});
