import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPage, withPassword } from '../auth/account-helpers';
import { freshIp, login } from '../auth/login-helpers';
import { fetchApp } from '../helpers/http';
import { ageLinks, issueLink, setPasswordWithLink } from './reset-link-helpers';

const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('who may issue a reset link', () => {
  it('not an editor (403, HTML and no link made), nor a signed-out visitor', async () => {
    const editor = await withPassword('editor', 'mat-khau-bien-tap');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const refused = await issueLink(editor, person.id);
    expect(refused.res.status).toBe(403);
    expect(refused.url).toBeNull();
    expect(refused.html).toContain('Bạn không có quyền xem trang này');
    const anonymous = await fetchApp(`/editor/users/${person.id}/reset-link`, { method: 'POST', headers: { origin: 'https://lantoa.test' } });
    expect(anonymous.status).toBe(401);
  });

  it('an admin whose account names a province issues links for that province’s accounts only, as /editor/users does', async () => {
    // A provincial admin (workers/users/account-scope.ts): another province's account is 403, their own 201.
    const hanoiAdmin = await withPassword('admin', 'mat-khau-quan-tri', { provinceCode: 'HNI' });
    const saigonMember = await withPassword('member', 'mat-khau-cu-2026', { provinceCode: 'HCM' });
    const hanoiMember = await withPassword('member', 'mat-khau-cu-2026', { provinceCode: 'HNI' });
    const refused = await issueLink(hanoiAdmin, saigonMember.id);
    expect(refused.res.status).toBe(403);
    const links = await env.DB.prepare('SELECT count(*) AS n FROM account_links WHERE user_id = ?').bind(saigonMember.id).first<{ n: number }>();
    expect(links?.n).toBe(0);
    expect((await issueLink(hanoiAdmin, hanoiMember.id)).res.status).toBe(201);
    const nationalAdmin = await withPassword('admin', 'mat-khau-quan-tri', { provinceCode: null });
    expect((await issueLink(nationalAdmin, saigonMember.id)).res.status).toBe(201);
  });

  it('not for an unknown account (404) nor a disabled one (409, said in words)', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    expect((await issueLink(admin, 'no-such-account')).res.status).toBe(404);
    const disabled = await withPassword('member', 'mat-khau-cu-2026', { disabledAt: Date.now() });
    const res = await issueLink(admin, disabled.id);
    expect(res.res.status).toBe(409);
    expect(res.html).toContain('Tài khoản đang bị khóa');
  });
});

describe('a reset link works once, for 24 hours, until replaced', () => {
  it('is refused after 24 hours with a clear page (410), not a 500', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const { token } = await issueLink(admin, person.id);
    await ageLinks(person.id, DAY - 60_000);
    expect((await getPage(`/dat-mat-khau/${token}`)).status).toBe(200);
    await ageLinks(person.id, 2 * 60_000);
    const page = await getPage(`/dat-mat-khau/${token}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('Liên kết đã quá hạn');
    expect((await setPasswordWithLink(`/dat-mat-khau/${token}`, 'mat-khau-moi-tinh')).status).toBe(410);
    expect((await login(person.email, 'mat-khau-cu-2026', freshIp())).status).toBe(200);
  });

  it('is refused the second time (410), and the first password stays', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const { token } = await issueLink(admin, person.id);
    expect((await setPasswordWithLink(`/dat-mat-khau/${token}`, 'lan-thu-nhat-2026')).status).toBe(303);
    const again = await setPasswordWithLink(`/dat-mat-khau/${token}`, 'lan-thu-hai-2026');
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Liên kết đã được dùng');
    expect((await login(person.email, 'lan-thu-hai-2026', freshIp())).status).toBe(401);
    expect((await login(person.email, 'lan-thu-nhat-2026', freshIp())).status).toBe(200);
  });

  it('is voided by a newer link; the newer one works', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const first = await issueLink(admin, person.id);
    const second = await issueLink(admin, person.id);
    const old = await getPage(`/dat-mat-khau/${first.token}`);
    expect(old.status).toBe(410);
    expect(await old.text()).toContain('liên kết mới hơn');
    expect((await setPasswordWithLink(`/dat-mat-khau/${first.token}`, 'mat-khau-moi-tinh')).status).toBe(410);
    expect((await setPasswordWithLink(`/dat-mat-khau/${second.token}`, 'mat-khau-moi-tinh')).status).toBe(303);
  });

  it('an unknown or malformed token gets a clear 404 page, signed in or not', async () => {
    const member = await withPassword('member', 'mat-khau-cu-2026');
    for (const path of ['/dat-mat-khau/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/dat-mat-khau/%00%3Cscript%3E', '/set-password/x']) {
      const res = await getPage(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('Liên kết này không còn dùng được');
      expect((await setPasswordWithLink(path, 'mat-khau-moi-tinh')).status, path).toBe(404);
    }
    const signedIn = await (await getPage('/dat-mat-khau/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', member.headers)).text();
    expect(signedIn).toContain('action="/logout"');
  });
});

describe('the token never leaves the one page', () => {
  it('is not logged when the link is issued, opened, used or reused', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    }
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const { token } = await issueLink(admin, person.id);
    expect(token).toBeTruthy();
    await getPage(`/dat-mat-khau/${token}`);
    await setPasswordWithLink(`/dat-mat-khau/${token}`, 'mat-khau-moi-tinh');
    await setPasswordWithLink(`/dat-mat-khau/${token}`, 'mat-khau-moi-tinh');
    expect(logged.join('\n')).not.toContain(token ?? '-');
  });

  it('is not in the redirect after use, nor in the login page it leads to', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const { token } = await issueLink(admin, person.id);
    const used = await setPasswordWithLink(`/dat-mat-khau/${token}`, 'mat-khau-moi-tinh');
    expect(used.headers.get('location')).not.toContain(token ?? '-');
    expect(await (await getPage(used.headers.get('location') ?? '/login')).text()).not.toContain(token ?? '-');
  });
});
