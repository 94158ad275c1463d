import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ACCOUNT_FAILURES } from '../../workers/auth/login-limit';
import { placeholderEmail } from '../../workers/users/identity';
import { getPage, postForm, withPassword } from '../auth/account-helpers';
import { freshIp, login } from '../auth/login-helpers';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { PASSWORD, personWithHistory, type Person } from './fixtures';

const requestedAt = async (id: string) =>
  (await env.DB.prepare('SELECT deletion_requested_at AS at FROM users WHERE id = ?').bind(id).first<{ at: number | null }>())?.at ?? null;

describe('asking for deletion (JSON)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await personWithHistory();
  });

  it('a wrong password is 400 naming the field, and nothing is asked', async () => {
    const res = await sendJson('POST', '/api/me/deletion', { password: 'sai-mat-khau-roi' }, { ...person.headers, 'cf-connecting-ip': '203.0.113.9' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await res.json())).toContain('"password"');
    expect(await requestedAt(person.id)).toBeNull();
  });

  it('the right password files it; asking again keeps the first time; the export says so', async () => {
    const res = await sendJson('POST', '/api/me/deletion', { password: PASSWORD }, person.headers);
    expect(res.status).toBe(200);
    const body = await readJson<{ deletionRequested: boolean; deletionRequestedAt: string }>(res);
    expect(body.deletionRequested).toBe(true);
    const first = await requestedAt(person.id);
    expect(first).not.toBeNull();
    expect(body.deletionRequestedAt).toBe(new Date(first!).toISOString());
    await sendJson('POST', '/api/me/deletion', { password: PASSWORD }, person.headers);
    expect(await requestedAt(person.id)).toBe(first);
    const data = await readJson<{ deletionRequest: { requested: boolean } }>(await fetchApp('/api/me/export', { headers: person.headers }));
    expect(data.deletionRequest.requested).toBe(true);
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'user.deletion_request' AND target = ?").bind(`user:${person.id}`).first<{ n: number }>();
    expect(audit?.n).toBe(1);
  });

  it('DELETE withdraws it', async () => {
    const res = await sendJson('DELETE', '/api/me/deletion', {}, person.headers);
    expect(await readJson(res)).toEqual({ deletionRequested: false, withdrawn: true });
    expect(await requestedAt(person.id)).toBeNull();
    expect(await readJson(await sendJson('DELETE', '/api/me/deletion', {}, person.headers))).toEqual({ deletionRequested: false, withdrawn: false });
  });

  it('is refused from another site (CSRF) and without a session', async () => {
    const cross = await sendJson('POST', '/api/me/deletion', { password: PASSWORD }, { ...person.headers, origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect(await requestedAt(person.id)).toBeNull();
    expect((await sendJson('POST', '/api/me/deletion', { password: PASSWORD })).status).toBe(401);
  });
});

describe('asking for deletion with a phone-only account', () => {
  it('counts its password checks with the phone sign-ins (one counter per number, not a second one)', async () => {
    const phone = '+84905733001';
    const me = await withPassword('member', PASSWORD, { phone, email: placeholderEmail(phone) });
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) expect((await login(phone, 'sai-mat-khau-roi', freshIp())).status).toBe(401);
    const res = await sendJson('POST', '/api/me/deletion', { password: PASSWORD }, { ...me.headers, 'cf-connecting-ip': freshIp() });
    expect(res.status).toBe(429);
    expect(await requestedAt(me.id)).toBeNull();
  });
});

describe('asking for deletion on /account (no script)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await personWithHistory();
  });

  it('shows the request form with its password field', async () => {
    const html = await (await getPage('/account', person.headers)).text();
    expect(html).toContain('<h3 id="deletion-h">Yêu cầu xoá tài khoản</h3>');
    expect(html).toContain('action="/account/deletion"');
    expect(html).toContain('<label for="f-password">');
  });

  it('a wrong password re-renders the page with the message next to the field', async () => {
    const res = await postForm('/account/deletion', { password: 'sai-mat-khau-roi' }, { ...person.headers, 'cf-connecting-ip': '203.0.113.10' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<p class="field-error" id="e-password">Mật khẩu không đúng.</p>');
    expect(html).not.toContain('value="sai-mat-khau-roi"');
    expect(await requestedAt(person.id)).toBeNull();
  });

  it('the right password files it, then the page offers to withdraw it', async () => {
    const res = await postForm('/account/deletion', { password: PASSWORD }, person.headers);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account?done=deletion');
    expect(await requestedAt(person.id)).not.toBeNull();
    const html = await (await getPage('/account?done=deletion', person.headers)).text();
    expect(html).toContain('Đã gửi yêu cầu xoá tài khoản');
    expect(html).toMatch(/Bạn đã yêu cầu xoá tài khoản lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(html).toContain('action="/account/deletion/withdraw"');
    const back = await postForm('/account/deletion/withdraw', {}, person.headers);
    expect(back.headers.get('location')).toBe('/account?done=withdrawn');
    expect(await requestedAt(person.id)).toBeNull();
  });
});
