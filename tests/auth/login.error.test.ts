import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { freshIp, login, loginForm } from './login-helpers';

type Problem = { status: number; code: string; title: string; detail: string; type: string; errors?: { path: string }[] };

/** The parts of a problem that must not differ between a wrong email and a wrong password. */
const comparable = ({ status, code, title, detail, type, errors }: Problem) => ({ status, code, title, detail, type, errors });

beforeAll(async () => {
  await seedDemo();
});

describe('failed sign-in', () => {
  it('answers a wrong password and an unknown email exactly alike', async () => {
    const ip = freshIp();
    const wrongPassword = await login('editor@lantoa.local', 'not-the-password', ip);
    const unknownEmail = await login('nobody@lantoa.local', 'not-the-password', ip);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(comparable(await readJson<Problem>(unknownEmail))).toEqual(comparable(await readJson<Problem>(wrongPassword)));
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('answers a disabled account like a wrong password, even with the right one', async () => {
    const ip = freshIp();
    await env.DB.prepare("UPDATE users SET disabled_at = 1 WHERE email = 'editor2@lantoa.local'").run();
    const disabled = await login('editor2@lantoa.local', DEMO_PASSWORD, ip);
    const wrong = await login('editor@lantoa.local', 'wrong-password', ip);
    await env.DB.prepare("UPDATE users SET disabled_at = NULL WHERE email = 'editor2@lantoa.local'").run();
    expect(disabled.status).toBe(401);
    expect(comparable(await readJson<Problem>(disabled))).toEqual(comparable(await readJson<Problem>(wrong)));
  });

  it('names a missing or malformed field with 400', async () => {
    // With `@` it is an email, so a malformed one is still named (without, it is read as a phone number).
    const res = await login('not-an-email@', '', freshIp());
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path)).toEqual(['email', 'password']);
  });

  it('re-renders the /login form with a message and 401 for a browser', async () => {
    const res = await loginForm({ email: 'editor@lantoa.local', password: 'wrong-password' }, freshIp());
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('Email, số điện thoại hoặc mật khẩu không đúng.');
    expect(html).toContain('value="editor@lantoa.local"');
    expect(html).not.toContain('wrong-password');
  });

  it('answers GET /api/me without a session with 401', async () => {
    expect((await fetchApp('/api/me')).status).toBe(401);
  });
});
