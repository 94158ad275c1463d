import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { seedDemo } from '../helpers/seed';
import { getPage, postForm } from './account-helpers';
import { freshIp } from './login-helpers';

beforeAll(async () => {
  await seedDemo();
});

describe('the /login form (works without scripts; the page loads none for it)', () => {
  it('posts to /login itself, so a refused sign-in stays on /login', async () => {
    const html = await (await getPage('/login')).text();
    expect(html).toContain('<form method="post" action="/login" class="stack-form">');
  });

  it('a wrong password re-renders /login with the message and the email kept, never the password', async () => {
    const res = await postForm('/login', { email: 'editor@lantoa.local', password: 'sai-mat-khau-roi' }, { 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(401);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('Email, số điện thoại hoặc mật khẩu không đúng.');
    expect(html).toContain('value="editor@lantoa.local"');
    expect(html).not.toContain('sai-mat-khau-roi');
    expect(html).toContain('action="/login"');
  });

  it('a malformed email is kept as typed too (400), and next survives the failure', async () => {
    const res = await postForm('/login', { email: 'editor@', password: 'x', next: '/editor/cases' }, { 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="editor@"');
    expect(html).toContain('name="next" value="/editor/cases"');
  });

  it('the right password signs in and goes on to next', async () => {
    const res = await postForm('/login', { email: 'contributor@lantoa.local', password: DEMO_PASSWORD, next: '/account' }, { 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account');
    expect(res.headers.get('set-cookie')).toContain('__Host-lantoa_session=');
  });

  it('a cross-site post to /login is refused', async () => {
    const res = await postForm('/login', { email: 'editor@lantoa.local', password: DEMO_PASSWORD }, { origin: 'https://evil.example', 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
