import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

describe('account administration refuses', () => {
  it('a duplicate email with 409 naming the field', async () => {
    const admin = await signedInAs('admin');
    const input = { email: 'trung@example.vn', name: 'Người Trùng', password: 'mat-khau-du-dai' };
    expect((await sendJson('POST', '/api/users', input, admin.headers)).status).toBe(201);
    const res = await sendJson('POST', '/api/users', { ...input, email: 'TRUNG@example.vn' }, admin.headers);
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(409);
    expect(body.errors?.[0]?.path).toBe('email');
  });

  it('a password shorter than 10 characters, an unknown role or province', async () => {
    const admin = await signedInAs('admin');
    const res = await sendJson('POST', '/api/users', { email: 'ngan@example.vn', name: 'Mật Khẩu Ngắn', password: 'ngan', role: 'boss' }, admin.headers);
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['password', 'role']);
    const province = await sendJson('POST', '/api/users', { email: 'tinh@example.vn', name: 'Sai Tỉnh', password: 'mat-khau-du-dai', provinceCode: 'ZZZ' }, admin.headers);
    expect(province.status).toBe(400);
    expect((await readJson<Problem>(province)).errors?.[0]?.path).toBe('provinceCode');
  });

  it('an admin demoting or disabling their own account', async () => {
    const admin = await signedInAs('admin');
    expect((await sendJson('PATCH', `/api/users/${admin.id}`, { role: 'editor' }, admin.headers)).status).toBe(409);
    expect((await sendJson('PATCH', `/api/users/${admin.id}`, { disabled: true }, admin.headers)).status).toBe(409);
    expect((await fetchApp('/api/me', { headers: admin.headers })).status).toBe(200);
  });

  it('an empty change and an unknown account', async () => {
    const admin = await signedInAs('admin');
    const user = await signedInAs('member');
    expect((await sendJson('PATCH', `/api/users/${user.id}`, {}, admin.headers)).status).toBe(400);
    expect((await sendJson('PATCH', '/api/users/no-such-user', { role: 'editor' }, admin.headers)).status).toBe(404);
    expect((await fetchApp('/api/tokens/no-such-token', { method: 'DELETE', headers: admin.headers })).status).toBe(404);
  });

  it('everyone but admins, with 403', async () => {
    const editor = await signedInAs('editor');
    const member = await signedInAs('member');
    expect((await fetchApp('/api/users', { headers: editor.headers })).status).toBe(403);
    expect((await sendJson('PATCH', `/api/users/${member.id}`, { role: 'admin' }, member.headers)).status).toBe(403);
  });
});
