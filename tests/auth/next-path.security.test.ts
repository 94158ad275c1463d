// `next` (after signing in) and `back` (after dismissing a notice) end up in a
// Location header: a control character there used to throw after the session was made.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { freshIp, loginForm } from './login-helpers';

beforeAll(async () => {
  await seedDemo();
});

type Problem = { status: number; errors?: { path: string }[] };

/** Paths no browser may be sent to: control characters, raw non-ASCII, tabs browsers would drop. */
const HOSTILE = ['/editor\u0000', '/\u0000', '/editor/\u001b[31m', '/editor\u007f', '/\t/evil.example', '/\r\nSet-Cookie:x=1', '/tin-tức/Đà-Nẵng'];

describe('next after signing in', () => {
  it.each(HOSTILE)('the form refuses next=%j with 400 before any session is made', async (next) => {
    const res = await loginForm({ email: 'editor@lantoa.local', password: DEMO_PASSWORD, next }, freshIp());
    expect(res.status, await res.clone().text()).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('location')).toBeNull();
  });

  it('JSON sign-in refuses a control character in next with problem+json naming next', async () => {
    const res = await sendJson('POST', '/api/auth/login', { email: 'editor@lantoa.local', password: DEMO_PASSWORD, next: '/editor\u0000' }, { 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual(['next']);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('the login page drops a next=%00 instead of failing', async () => {
    const res = await fetchApp('/login?next=%2Feditor%00', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toContain('name="next"');
  });

  it('still returns to a percent-encoded local path', async () => {
    const next = '/editor/cases?q=%C4%90%C3%A0%20N%E1%BA%B5ng';
    const res = await loginForm({ email: 'editor@lantoa.local', password: DEMO_PASSWORD, next }, freshIp());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(next);
  });
});

describe('back after dismissing a notice', () => {
  it.each(HOSTILE)('refuses back=%j with a 400 problem naming back', async (back) => {
    const member = await signedInAs('member');
    const res = await fetchApp('/notices/1/seen', {
      method: 'POST',
      redirect: 'manual',
      headers: { ...member.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ back }).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual(['back']);
  });
});
