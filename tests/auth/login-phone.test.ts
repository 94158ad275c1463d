// Sign-in by Vietnamese phone number: every way people write one number opens the same
// account, shares one attempt counter, and every refusal reads exactly like a wrong password.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ACCOUNT_FAILURES } from '../../workers/auth/login-limit';
import { hashPassword } from '../../workers/auth/password';
import { placeholderEmail } from '../../workers/users/identity';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { postForm } from './account-helpers';
import { freshIp, login, sessionCookie } from './login-helpers';

const PASSWORD = 'phone-sign-in-2026';
type Problem = { status: number; code: string; title: string; detail: string; type: string; errors?: unknown };
const comparable = ({ status, code, title, detail, type, errors }: Problem) => ({ status, code, title, detail, type, errors });

let n = 0;
/** An account with `phone` (E.164) and, unless phoneOnly, a real email. */
async function accountWithPhone(phone: string, opts: { phoneOnly?: boolean; disabled?: boolean } = {}) {
  n += 1;
  const email = opts.phoneOnly ? placeholderEmail(phone) : `phone-${n}@test.lantoa.local`;
  const id = crypto.randomUUID();
  await env.DB.prepare('INSERT INTO users (id, email, name, password_hash, role, phone, disabled_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)')
    .bind(id, email, `Người dùng ${n}`, await hashPassword(PASSWORD), 'member', phone, opts.disabled ? 1 : null)
    .run();
  return { id, email };
}

beforeAll(async () => {
  await seedDemo();
});

describe('signing in with a phone number', () => {
  it('accepts every usual spelling of one number, through the JSON API and the /login form', async () => {
    const { id } = await accountWithPhone('+84905123456');
    const spellings = ['0905 123 456', '+84905123456', '84905123456', '0905.123.456', '(+84) 905-123-456', '0084 905 123 456', '+84 0905 123 456'];
    for (const typed of spellings) {
      const res = await login(typed, PASSWORD, freshIp());
      expect(res.status, `${typed}: ${await res.clone().text()}`).toBe(200);
      expect((await readJson<{ user: { id: string } }>(res)).user.id).toBe(id);
      const form = await postForm('/login', { email: typed, password: PASSWORD }, { 'cf-connecting-ip': freshIp() });
      expect(form.status, typed).toBe(303);
      expect(form.headers.get('set-cookie')).toContain('__Host-lantoa_session=');
    }
  });

  it('takes `phone` in JSON instead of `email`', async () => {
    const { id } = await accountWithPhone('+84912000111');
    const res = await sendJson('POST', '/api/auth/login', { phone: '0912 000 111', password: PASSWORD }, { 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(200);
    expect((await readJson<{ user: { id: string } }>(res)).user.id).toBe(id);
  });

  it('shows a phone-only account without its reserved address: email null, phone in E.164', async () => {
    await accountWithPhone('+84987654321', { phoneOnly: true });
    const res = await login('0987 654 321', PASSWORD, freshIp());
    const body = await readJson<{ user: { email: string | null; phone: string } }>(res);
    expect(body.user).toMatchObject({ email: null, phone: '+84987654321' });
    const me = await readJson<{ user: { email: string | null; phone: string } }>(await fetchApp('/api/me', { headers: { cookie: sessionCookie(res) } }));
    expect(me.user.email).toBeNull();
    expect(JSON.stringify(me)).not.toContain('phone.invalid');
  });

  it('never lets the reserved address itself sign in', async () => {
    await accountWithPhone('+84976000222', { phoneOnly: true });
    const res = await login(placeholderEmail('+84976000222'), PASSWORD, freshIp());
    expect(res.status).toBe(401);
  });
});

describe('phone sign-in limits', () => {
  it('counts every spelling of a number against one account: five wrong tries in five spellings lock a sixth', async () => {
    await accountWithPhone('+84903777888');
    const spellings = ['0903 777 888', '+84903777888', '84903777888', '0903777888', '(+84) 903 777 888'];
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) {
      expect((await login(spellings[i % spellings.length] ?? '', `wrong-${i}`, freshIp())).status).toBe(401);
    }
    const locked = await login('0903.777.888', PASSWORD, freshIp());
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('counts a number that is no number too, so it cannot be used to probe without limit', async () => {
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) expect((await login('0905 12', `wrong-${i}`, freshIp())).status).toBe(401);
    expect((await login('0905 12', 'again', freshIp())).status).toBe(429);
  });
});

describe('phone sign-in refusals are all the same answer', () => {
  it('unknown number, wrong password, disabled account and a malformed number read alike', async () => {
    await accountWithPhone('+84935111222');
    await accountWithPhone('+84935111333', { disabled: true });
    const ip = freshIp();
    const wrong = await login('0935 111 222', 'not-the-password', ip);
    const answers = [
      await login('0935 999 999', 'not-the-password', ip),
      await login('0935 111 333', PASSWORD, ip),
      await login('0935 11', 'not-the-password', ip),
      await login('xin chào', 'not-the-password', ip),
    ];
    expect(wrong.status).toBe(401);
    const expected = comparable(await readJson<Problem>(wrong));
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(comparable(await readJson<Problem>(res))).toEqual(expected);
    }
  });

  it('re-renders the form with what was typed and the same message for a wrong number', async () => {
    const res = await postForm('/login', { email: '0935 000 000', password: 'sai-mat-khau' }, { 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('value="0935 000 000"');
    expect(html).toContain('Email hoặc số điện thoại');
    expect(html).toContain('Email, số điện thoại hoặc mật khẩu không đúng.');
    expect(html).not.toContain('sai-mat-khau');
  });
});
