import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { ensureUnit } from '../helpers/units';

// Whoever held an account's session or API token before a password reset, a
// disable or a re-enable must not hold it after: the admin changed who may act.

async function issueToken(admin: TestUser, owner: TestUser, label: string): Promise<Record<string, string>> {
  const res = await sendJson('POST', `/api/users/${owner.id}/tokens`, { label }, admin.headers);
  expect(res.status).toBe(201);
  const { token } = await readJson<{ token: { token: string } }>(res);
  return { authorization: `Bearer ${token.token}` };
}

const me = (headers: Record<string, string>) => fetchApp('/api/me', { headers });

type Tokens = { tokens: { label: string; revokedAt: string | null }[] };

describe('ending an account’s access', () => {
  it('a password reset ends its sessions and its API tokens', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const bearer = await issueToken(admin, editor, 'CMS tỉnh trước khi đổi mật khẩu');
    expect((await me(bearer)).status).toBe(200);
    const reset = await sendJson('PATCH', `/api/users/${editor.id}`, { password: 'mat-khau-moi-dai-du' }, admin.headers);
    expect(reset.status).toBe(200);
    expect((await me(editor.headers)).status).toBe(401);
    expect((await me(bearer)).status, 'the token from before the reset').toBe(401);
    const list = await readJson<Tokens>(await fetchApp(`/api/users/${editor.id}/tokens`, { headers: admin.headers }));
    expect(list.tokens.every((t) => t.revokedAt !== null)).toBe(true);
  });

  it('a disable ends them, and re-enabling revives neither the sessions nor the tokens', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const bearer = await issueToken(admin, editor, 'Máy chủ tổng hợp');
    expect((await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: true }, admin.headers)).status).toBe(200);
    expect((await me(bearer)).status).toBe(401);
    expect((await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: false }, admin.headers)).status).toBe(200);
    expect((await me(bearer)).status, 'an old token stays dead after re-enabling').toBe(401);
    expect((await me(editor.headers)).status, 'an old session stays dead after re-enabling').toBe(401);
    const fresh = await issueToken(admin, editor, 'Cấp lại sau khi mở khóa');
    expect((await me(fresh)).status, 'a token issued after re-enabling works').toBe(200);
  });

  it('re-enabling ends a token issued while the account was disabled (it never worked, it must not start now)', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: true }, admin.headers);
    const issuedWhileDisabled = await issueToken(admin, editor, 'Cấp khi đang khóa');
    expect((await me(issuedWhileDisabled)).status).toBe(401);
    await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: false }, admin.headers);
    expect((await me(issuedWhileDisabled)).status).toBe(401);
  });

  it('records in the audit log that sessions and tokens were ended', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    await sendJson('PATCH', `/api/users/${editor.id}`, { disabled: true }, admin.headers);
    const row = await env.DB.prepare("SELECT after FROM audit_log WHERE action = 'user.update' AND target = ? ORDER BY id DESC LIMIT 1")
      .bind(`user:${editor.id}`)
      .first<{ after: string }>();
    expect(JSON.parse(row?.after ?? '{}')).toMatchObject({ disabled: true, sessionsAndTokensEnded: true });
  });

  it('a profile change (name, unit) ends nothing', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const bearer = await issueToken(admin, editor, 'Không bị ảnh hưởng');
    await ensureUnit('HNI', ['Đơn vị mới']);
    expect((await sendJson('PATCH', `/api/users/${editor.id}`, { name: 'Tên mới', unit: 'Đơn vị mới' }, admin.headers)).status).toBe(200);
    expect((await me(bearer)).status).toBe(200);
    expect((await me(editor.headers)).status).toBe(200);
  });

  it('only an admin can do any of it', async () => {
    const editor = await signedInAs('editor');
    const other = await signedInAs('editor');
    expect((await sendJson('PATCH', `/api/users/${other.id}`, { disabled: true }, editor.headers)).status).toBe(403);
    expect((await sendJson('PATCH', `/api/users/${other.id}`, { password: 'mat-khau-moi-dai-du' }, editor.headers)).status).toBe(403);
    expect((await me(other.headers)).status).toBe(200);
  });
});
