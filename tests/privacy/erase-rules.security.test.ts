import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { postForm } from '../auth/account-helpers';
import { signedInAs, type TestUser } from '../helpers/auth';
import { sendJson } from '../helpers/http';
import { createReport, validReport } from '../reports/helpers';
import { createDb, type Db } from '../../workers/core/db';
import type { SessionUser } from '../../workers/core/types';
import { eraseAccount } from '../../workers/privacy/erase';

// Who may confirm an erasure, and when it is refused (workers/privacy/erase.ts).

let national: TestUser;
let admin2: TestUser; // Đà Nẵng

const asked = (overrides: Parameters<typeof signedInAs>[1] = {}) => signedInAs('member', { deletionRequestedAt: Date.now(), ...overrides });
const erasedAt = async (id: string) => (await env.DB.prepare('SELECT erased_at FROM users WHERE id = ?').bind(id).first<{ erased_at: number | null }>())?.erased_at ?? null;

beforeAll(async () => {
  national = await signedInAs('admin', { provinceCode: null });
  admin2 = await signedInAs('admin', { provinceCode: 'DNG' });
});

describe('a provincial admin', () => {
  it('confirms requests of their own province’s accounts', async () => {
    const member = await asked({ provinceCode: 'DNG' });
    expect((await sendJson('POST', `/api/users/${member.id}/erase`, {}, admin2.headers)).status).toBe(200);
    expect(await erasedAt(member.id)).not.toBeNull();
  });

  it('is refused (403) for another province’s or a national account; an unknown id is 404', async () => {
    for (const overrides of [{ provinceCode: 'HCM' }, { provinceCode: null }]) {
      const member = await asked(overrides);
      expect((await sendJson('POST', `/api/users/${member.id}/erase`, {}, admin2.headers)).status).toBe(403);
      expect((await postForm(`/editor/users/${member.id}/erase`, {}, admin2.headers)).status).toBe(403);
      expect(await erasedAt(member.id)).toBeNull();
    }
    expect((await sendJson('POST', '/api/users/khong-co-ai/erase', {}, admin2.headers)).status).toBe(404);
  });
});

describe('a request withdrawn while the confirmation is on its way', () => {
  it('erases nothing: 409, the row, sessions and audit log as they were', async () => {
    const member = await asked({ provinceCode: 'DNG' });
    const db = createDb(env.DB);
    // The member withdraws after the admin's checks passed, just before the erasing batch runs.
    const racing = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'batch') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<Db['batch']>) => {
          await env.DB.prepare('UPDATE users SET deletion_requested_at = NULL WHERE id = ?').bind(member.id).run();
          return target.batch(...args);
        };
      },
    });
    const actor: SessionUser = { id: national.id, email: national.email, name: 'Quản trị', role: 'admin', provinceCode: null, unit: null, unitId: null, phone: null };
    await expect(eraseAccount(racing, actor, member.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await erasedAt(member.id)).toBeNull();
    const sessions = await env.DB.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').bind(member.id).first<{ n: number }>();
    expect(sessions?.n).toBe(1);
    const entries = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'user.erase' AND target = ?").bind(`user:${member.id}`).first<{ n: number }>();
    expect(entries?.n).toBe(0);
  });
});

describe('refusals (409, said in words on the page)', () => {
  it('nobody is erased who did not ask', async () => {
    const member = await signedInAs('member');
    const res = await sendJson('POST', `/api/users/${member.id}/erase`, {}, national.headers);
    expect(res.status).toBe(409);
    const page = await postForm(`/editor/users/${member.id}/erase`, {}, national.headers);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('Tài khoản này chưa yêu cầu xoá.');
    expect(await erasedAt(member.id)).toBeNull();
  });

  it('an admin cannot confirm their own request (so the last national admin never erases themself)', async () => {
    const lone = await signedInAs('admin', { provinceCode: null, deletionRequestedAt: Date.now() });
    const res = await sendJson('POST', `/api/users/${lone.id}/erase`, {}, lone.headers);
    expect(res.status).toBe(409);
    expect(await erasedAt(lone.id)).toBeNull();
    // Another national admin may.
    expect((await sendJson('POST', `/api/users/${lone.id}/erase`, {}, national.headers)).status).toBe(200);
  });

  it('an editor still assigned open cases is kept until they are handed on', async () => {
    const editor = await signedInAs('editor', { provinceCode: null, deletionRequestedAt: Date.now() });
    const { caseId } = await createReport(validReport({ url: 'https://example.com/ho-so-dang-mo' }));
    await env.DB.prepare("UPDATE cases SET assignee_id = ?, status = 'reviewing' WHERE id = ?").bind(editor.id, caseId).run();
    const page = await postForm(`/editor/users/${editor.id}/erase`, {}, national.headers);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('còn hồ sơ đang xử lý');
    await env.DB.prepare('UPDATE cases SET assignee_id = NULL WHERE id = ?').bind(caseId).run();
    const done = await postForm(`/editor/users/${editor.id}/erase`, {}, national.headers);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/editor/users?done=erased');
    expect(await erasedAt(editor.id)).not.toBeNull();
  });

  it('a withdrawn request cannot be confirmed', async () => {
    const member = await asked();
    await sendJson('DELETE', '/api/me/deletion', {}, member.headers);
    expect((await sendJson('POST', `/api/users/${member.id}/erase`, {}, national.headers)).status).toBe(409);
  });
});
