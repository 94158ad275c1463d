import { describe, expect, it } from 'vitest';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { anotherSession, getPage, LAPTOP_UA, PHONE_UA, postForm, sessionCount, withPassword } from './account-helpers';
import { freshIp, login } from './login-helpers';

type Sessions = { sessions: { id: string; current: boolean; device: { browser: string | null; os: string | null }; createdAt: string; lastSeenAt: string }[] };
type AuditEntries = { entries: { action: string; actorId: string; after: Record<string, unknown> | null }[] };

describe('changing one’s own password', () => {
  it('works for a member through the API: the new password signs in, other sessions end, this one stays, audited', async () => {
    const member = await withPassword('member', 'mat-khau-cu-2026');
    const phone = await anotherSession(member.id, PHONE_UA);
    const res = await sendJson('POST', '/api/me/password', { currentPassword: 'mat-khau-cu-2026', newPassword: 'mat-khau-moi-2026' }, member.headers);
    const body = await readJson(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toEqual({ passwordChanged: true, otherSessionsEnded: 1 });
    expect((await fetchApp('/api/me', { headers: member.headers })).status).toBe(200);
    expect((await fetchApp('/api/me', { headers: phone })).status).toBe(401);
    expect(await sessionCount(member.id)).toBe(1);
    expect((await login(member.email, 'mat-khau-cu-2026', freshIp())).status).toBe(401);
    expect((await login(member.email, 'mat-khau-moi-2026', freshIp())).status).toBe(200);
    const admin = await withPassword('admin', 'khong-quan-trong');
    const audit = await readJson<AuditEntries>(await fetchApp(`/api/audit?target=user:${member.id}`, { headers: admin.headers }));
    expect(audit.entries.find((e) => e.action === 'user.password_change')).toMatchObject({ actorId: member.id, after: { passwordChanged: true, otherSessionsEnded: true } });
    expect(JSON.stringify(audit)).not.toContain('mat-khau');
  });

  it('works for an editor through the /account form without scripts, then says so', async () => {
    const editor = await withPassword('editor', 'mat-khau-cu-2026');
    const res = await postForm('/account/password', { currentPassword: 'mat-khau-cu-2026', newPassword: 'mat-khau-moi-2026' }, editor.headers);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account?done=password');
    const page = await (await getPage('/account?done=password', editor.headers)).text();
    expect(page).toContain('Đã đổi mật khẩu. Các thiết bị khác đã bị đăng xuất.');
  });
});

describe('one’s own sessions', () => {
  it('are listed with the device in words, times formatted, this device marked (page and API)', async () => {
    const contributor = await withPassword('contributor', 'mat-khau-bat-ky');
    await anotherSession(contributor.id, PHONE_UA);
    await anotherSession(contributor.id, LAPTOP_UA);
    const api = await readJson<Sessions>(await fetchApp('/api/me/sessions', { headers: contributor.headers }));
    expect(api.sessions).toHaveLength(3);
    expect(api.sessions[0]?.current).toBe(true);
    expect(api.sessions.map((s) => s.device)).toContainEqual({ browser: 'Chrome', os: 'Android' });
    expect(api.sessions.map((s) => s.device)).toContainEqual({ browser: 'Firefox', os: 'Windows' });
    expect(api.sessions[1]?.id).toMatch(/^[0-9a-f]{24}$/);

    const html = await (await getPage('/account', contributor.headers)).text();
    expect(html).toContain('Chrome trên Android');
    expect(html).toContain('Firefox trên Windows');
    expect(html).toContain('Thiết bị này');
    expect(html).toMatch(/Đăng nhập lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(html).toMatch(/Hoạt động gần nhất \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(html).not.toMatch(/\b1[78]\d{11}\b/); // no epoch numbers
  });

  it('can end one other session, and all others, keeping this one', async () => {
    const member = await withPassword('member', 'mat-khau-bat-ky');
    const phone = await anotherSession(member.id, PHONE_UA);
    const laptop = await anotherSession(member.id, LAPTOP_UA);
    const tablet = await anotherSession(member.id, 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1');
    const list = await readJson<Sessions>(await fetchApp('/api/me/sessions', { headers: phone }));
    const phoneId = list.sessions.find((s) => s.current)?.id ?? '';
    expect((await fetchApp(`/api/me/sessions/${phoneId}`, { method: 'DELETE', headers: member.headers })).status).toBe(204);
    expect((await fetchApp('/api/me', { headers: phone })).status).toBe(401);
    expect((await fetchApp('/api/me', { headers: laptop })).status).toBe(200);

    const laptopId = (await readJson<Sessions>(await fetchApp('/api/me/sessions', { headers: laptop }))).sessions.find((s) => s.current)?.id ?? '';
    const ended = await postForm(`/account/sessions/${laptopId}/end`, {}, member.headers);
    expect(ended.headers.get('location')).toBe('/account?done=ended');
    expect((await fetchApp('/api/me', { headers: laptop })).status).toBe(401);

    const others = await postForm('/account/sessions/end-others', {}, member.headers);
    expect(others.headers.get('location')).toBe('/account?done=others');
    expect((await fetchApp('/api/me', { headers: tablet })).status).toBe(401);
    expect((await fetchApp('/api/me', { headers: member.headers })).status).toBe(200);
    expect(await sessionCount(member.id)).toBe(1);
  });
});
