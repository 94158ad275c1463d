import { describe, expect, it } from 'vitest';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { anotherSession, getPage, PHONE_UA, postForm, sessionCount, withPassword } from './account-helpers';

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };
type Sessions = { sessions: { id: string; current: boolean }[] };

describe('changing one’s password is refused', () => {
  it('with a wrong current password: 400 naming currentPassword, nothing changed, no session ended', async () => {
    const member = await withPassword('member', 'mat-khau-that-2026');
    const phone = await anotherSession(member.id, PHONE_UA);
    const res = await sendJson('POST', '/api/me/password', { currentPassword: 'doan-bua-di', newPassword: 'mat-khau-moi-2026' }, member.headers);
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path)).toEqual(['currentPassword']);
    expect((await fetchApp('/api/me', { headers: phone })).status).toBe(200);
    expect(await sessionCount(member.id)).toBe(2);
  });

  it('with a wrong current password on the form: the page names the field and keeps no password', async () => {
    const member = await withPassword('member', 'mat-khau-that-2026');
    const res = await postForm('/account/password', { currentPassword: 'doan-bua-di', newPassword: 'mat-khau-moi-2026' }, member.headers);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Mật khẩu hiện tại không đúng.');
    expect(html).toContain('href="#f-currentPassword"');
    expect(html).not.toContain('doan-bua-di');
    expect(html).not.toContain('mat-khau-moi-2026');
  });

  it('with a new password shorter than the rules allow, naming newPassword', async () => {
    const member = await withPassword('member', 'mat-khau-that-2026');
    const res = await sendJson('POST', '/api/me/password', { currentPassword: 'mat-khau-that-2026', newPassword: 'ngan' }, member.headers);
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual(['newPassword']);
  });

  it('after five wrong guesses, even with the right one (429): a borrowed session cannot guess', async () => {
    const member = await withPassword('member', 'mat-khau-that-2026');
    for (let i = 0; i < 5; i++) {
      await sendJson('POST', '/api/me/password', { currentPassword: `sai-${i}`, newPassword: 'mat-khau-moi-2026' }, { ...member.headers, 'cf-connecting-ip': '203.0.113.77' });
    }
    const res = await sendJson('POST', '/api/me/password', { currentPassword: 'mat-khau-that-2026', newPassword: 'mat-khau-moi-2026' }, { ...member.headers, 'cf-connecting-ip': '203.0.113.77' });
    expect(res.status).toBe(429);
  });

  it('without a session (401), and cross-site (403)', async () => {
    expect((await sendJson('POST', '/api/me/password', { currentPassword: 'x', newPassword: 'mat-khau-moi-2026' })).status).toBe(401);
    const member = await withPassword('member', 'mat-khau-that-2026');
    const cross = await sendJson('POST', '/api/me/password', { currentPassword: 'mat-khau-that-2026', newPassword: 'mat-khau-moi-2026' }, { ...member.headers, origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const form = await postForm('/account/password', { currentPassword: 'mat-khau-that-2026', newPassword: 'mat-khau-moi-2026' }, { ...member.headers, origin: 'https://evil.example' });
    expect(form.status).toBe(403);
  });
});

describe('sessions belong to their owner', () => {
  it('nobody can end someone else’s session, by API or form (404), and it keeps working', async () => {
    const owner = await withPassword('editor', 'mat-khau-bat-ky');
    const intruder = await withPassword('admin', 'mat-khau-bat-ky');
    const ownerPhone = await anotherSession(owner.id, PHONE_UA);
    const id = (await readJson<Sessions>(await fetchApp('/api/me/sessions', { headers: ownerPhone }))).sessions.find((s) => s.current)?.id ?? '';
    expect((await fetchApp(`/api/me/sessions/${id}`, { method: 'DELETE', headers: intruder.headers })).status).toBe(404);
    expect((await postForm(`/account/sessions/${id}/end`, {}, intruder.headers)).status).toBe(404);
    expect((await fetchApp('/api/me', { headers: ownerPhone })).status).toBe(200);
    const intruderList = await readJson<Sessions>(await fetchApp('/api/me/sessions', { headers: intruder.headers }));
    expect(intruderList.sessions.map((s) => s.id)).not.toContain(id);
  });

  it('ending all others leaves other accounts alone; a malformed id is 400; this device is refused (409)', async () => {
    const a = await withPassword('member', 'mat-khau-bat-ky');
    const b = await withPassword('member', 'mat-khau-bat-ky');
    expect((await fetchApp('/api/me/sessions', { method: 'DELETE', headers: a.headers })).status).toBe(200);
    expect((await fetchApp('/api/me', { headers: b.headers })).status).toBe(200);
    const bad = await fetchApp('/api/me/sessions/not-an-id', { method: 'DELETE', headers: a.headers });
    expect(bad.status).toBe(400);
    expect((await readJson<Problem>(bad)).errors?.[0]?.path).toBe('id');
    const self = (await readJson<Sessions>(await fetchApp('/api/me/sessions', { headers: a.headers }))).sessions[0]?.id ?? '';
    expect((await fetchApp(`/api/me/sessions/${self}`, { method: 'DELETE', headers: a.headers })).status).toBe(409);
  });

  it('the account page and session list need a session: a browser is sent to /login', async () => {
    const res = await getPage('/account');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Faccount');
    expect((await fetchApp('/api/me/sessions')).status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
