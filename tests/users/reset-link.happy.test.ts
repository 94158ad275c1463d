import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { anotherSession, getPage, PHONE_UA, sessionCount, withPassword } from '../auth/account-helpers';
import { freshIp, login } from '../auth/login-helpers';
import { fetchApp, readJson } from '../helpers/http';
import { issueLink, setPasswordWithLink } from './reset-link-helpers';

type AuditEntries = { entries: { action: string; actorId: string; after: Record<string, unknown> | null }[] };

describe('an admin’s one-time reset link', () => {
  it('is shown once on the admin’s page, stored only as a hash, valid 24 h, and audited without the token', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('contributor', 'quen-mat-roi-2026');
    const issued = await issueLink(admin, person.id);
    expect(issued.res.status).toBe(201);
    expect(issued.res.headers.get('cache-control')).toBe('private, no-store');
    expect(issued.url).toMatch(/^https:\/\/lantoa\.test\/dat-mat-khau\/[A-Za-z0-9_-]{43}$/);
    expect(issued.html).toContain(`Liên kết đặt lại mật khẩu cho ${person.email}`);
    const token = issued.token ?? '';

    const row = await env.DB.prepare('SELECT purpose, token_hash, expires_at - created_at AS ttl FROM account_links WHERE user_id = ?').bind(person.id).first<{ purpose: string; token_hash: string; ttl: number }>();
    expect(row).toMatchObject({ purpose: 'reset', ttl: 24 * 60 * 60 * 1000 });
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.token_hash).not.toContain(token);

    // Nowhere else: not on the users page afterwards, not in the audit log (API or page).
    expect(await (await getPage('/editor/users', admin.headers)).text()).not.toContain(token);
    const audit = await fetchApp(`/api/audit?target=user:${person.id}`, { headers: admin.headers });
    const auditText = await audit.text();
    expect(auditText).not.toContain(token);
    expect(auditText).not.toContain(row?.token_hash ?? '-');
    expect((JSON.parse(auditText) as AuditEntries).entries[0]).toMatchObject({ action: 'user.reset_link', actorId: admin.id });
    expect(await (await getPage('/editor/audit', admin.headers)).text()).not.toContain(token);
  });

  it('lets the person set a password: their sessions end, they are sent to /login, and the new password works', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'quen-mat-roi-2026');
    const phone = await anotherSession(person.id, PHONE_UA);
    const { token } = await issueLink(admin, person.id);
    const form = await getPage(`/dat-mat-khau/${token}`);
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('private, no-store');
    const html = await form.text();
    expect(html).toContain('Đặt mật khẩu mới');
    expect(html).toContain(person.email);

    const res = await setPasswordWithLink(`/dat-mat-khau/${token}`, 'mat-khau-moi-tinh');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?done=reset&next=%2Faccount');
    expect((await fetchApp('/api/me', { headers: phone })).status).toBe(401);
    expect((await fetchApp('/api/me', { headers: person.headers })).status).toBe(401);
    expect(await sessionCount(person.id)).toBe(0);
    expect((await login(person.email, 'quen-mat-roi-2026', freshIp())).status).toBe(401);
    expect((await login(person.email, 'mat-khau-moi-tinh', freshIp())).status).toBe(200);
    expect(await (await getPage('/login?done=reset&next=%2Faccount')).text()).toContain('Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu đó.');

    const audit = await readJson<AuditEntries>(await fetchApp(`/api/audit?target=user:${person.id}`, { headers: admin.headers }));
    expect(audit.entries[0]).toMatchObject({ action: 'user.password_reset', actorId: person.id, after: { passwordChanged: true, sessionsAndTokensEnded: true } });
  });

  it('works under its English alias too, and re-renders with the field named when the password is too short', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('editor', 'quen-mat-roi-2026');
    const { token } = await issueLink(admin, person.id);
    const short = await setPasswordWithLink(`/set-password/${token}?lang=en`, 'short');
    expect(short.status).toBe(400);
    const html = await short.text();
    expect(html).toContain('href="#f-password"');
    expect(html).not.toContain('value="short"');
    expect((await setPasswordWithLink(`/set-password/${token}`, 'du-dai-roi-nhe')).status).toBe(303);
  });
});
