import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { postForm } from '../auth/account-helpers';
import { createInviteAs, DNG_CELL, joinForm, joinJson, unitIdFor, usesOf } from './invite-helpers';

type Problem = { status: number; code: string; errors?: { path: string }[]; reason?: string };
let dngCell = 0;
beforeAll(async () => {
  await seedDemo();
  dngCell = await unitIdFor('DNG', DNG_CELL);
});

const page = (path: string) => fetchApp(path, { headers: { accept: 'text/html' } });
/** A page's text without the parts that name its own URL (language switch). */
const mainOf = async (res: Response) => (await res.text()).match(/<main[\s\S]*<\/main>/)?.[0] ?? '';

describe('an invitation stops working', () => {
  it('once expired: 410 with a page that says so, and JSON says why', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell, expiresInDays: 1 });
    await env.DB.prepare('UPDATE unit_invites SET expires_at = ? WHERE id = ?').bind(Date.now() - 1, invite.id).run();
    const res = await page(`/join/${code}`);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('Liên kết đã hết hạn.');
    const api = await fetchApp(`/api/join/${code}`);
    expect(api.status).toBe(410);
    expect((await readJson<Problem>(api)).reason).toBe('expired');
    const joined = await joinForm(code, { name: 'A', email: '0905 000 001', password: 'mat-khau-moi-2026' });
    expect(joined.status).toBe(410);
    expect(await usesOf(invite.id)).toBe(0);
  });

  it('once used up: the next person is refused and the count stays at the maximum', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell, maxUses: 2 });
    expect((await joinJson(code, { name: 'Một', phone: '0905 000 101', password: 'mat-khau-moi-2026' })).status).toBe(202);
    expect((await joinJson(code, { name: 'Hai', phone: '0905 000 102', password: 'mat-khau-moi-2026' })).status).toBe(202);
    const third = await joinJson(code, { name: 'Ba', phone: '0905 000 103', password: 'mat-khau-moi-2026' });
    expect(third.status).toBe(410);
    expect((await readJson<Problem>(third)).reason).toBe('used_up');
    expect(await usesOf(invite.id)).toBe(2);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM users WHERE phone = '+84905000103'").first('n')).toBe(0);
    const res = await page(`/join/${code}`);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('Liên kết đã đủ số người tham gia.');
  });

  it('once revoked: the same 404 page as a code that never existed', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    expect((await sendJson('DELETE', `/api/invites/${invite.id}`, {}, admin.headers)).status).toBe(204);
    const revoked = await page(`/join/${code}`);
    const unknown = await page(`/join/${'A'.repeat(24)}`);
    expect(revoked.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await mainOf(revoked)).toBe(await mainOf(unknown));
    expect((await fetchApp(`/api/join/${code}`)).status).toBe(404);
    expect((await joinJson(code, { name: 'A', phone: '0905 000 201', password: 'mat-khau-moi-2026' })).status).toBe(404);
    const list = await readJson<{ invites: { id: string; state: string; revokedAt: string | null }[] }>(await fetchApp('/api/invites', { headers: admin.headers }));
    expect(list.invites.find((i) => i.id === invite.id)).toMatchObject({ state: 'revoked' });
  });

  it('revoking from the desk page redirects with a notice and shows "Đã thu hồi"', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { invite } = await createInviteAs(admin, { unitId: dngCell });
    const res = await postForm(`/editor/invites/${invite.id}/revoke`, {}, admin.headers);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/editor/invites?done=revoked');
    const html = await (await fetchApp('/editor/invites?done=revoked', { headers: { ...admin.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Đã thu hồi lời mời.');
    expect(html).toContain('Đã thu hồi');
  });

  it('when its unit is deactivated, reads like a revoked link', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const unit = await unitIdFor('DNG', ['Hội Cựu chiến binh phường Hải Châu']);
    const { code } = await createInviteAs(admin, { unitId: unit });
    await env.DB.prepare('UPDATE units SET deactivated_at = 1 WHERE id = ?').bind(unit).run();
    expect((await page(`/join/${code}`)).status).toBe(404);
  });
});

describe('refused input', () => {
  it('names the fields of a bad invitation (days 1–90, uses 1–5,000, a real unit)', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    for (const [body, field] of [
      [{ unitId: dngCell, expiresInDays: 0, maxUses: 5 }, 'expiresInDays'],
      [{ unitId: dngCell, expiresInDays: 91, maxUses: 5 }, 'expiresInDays'],
      [{ unitId: dngCell, expiresInDays: 5, maxUses: 5001 }, 'maxUses'],
      [{ unitId: dngCell, expiresInDays: 5, maxUses: 0 }, 'maxUses'],
      [{ unitId: 999999, expiresInDays: 5, maxUses: 5 }, 'unitId'],
    ] as const) {
      const res = await sendJson('POST', '/api/invites', body, admin.headers);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual([field]);
    }
  });

  it('the desk form keeps what was typed next to the message', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const res = await postForm('/editor/invites', { unitId: String(dngCell), expiresInDays: '120', maxUses: '33' }, admin.headers);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="120"');
    expect(html).toContain('value="33"');
    expect(html).toContain(`<option value="${dngCell}" selected="">`);
    expect(html).toContain('Between 1 and 90 days');
  });

  it('the join form names a number that is no number and a short password, keeping the name and number typed', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    const res = await joinForm(code, { name: 'Phạm Thu Hà', email: '0905 12', password: 'ngan' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Phạm Thu Hà"');
    expect(html).toContain('value="0905 12"');
    expect(html).toContain('href="#f-email"');
    expect(html).toContain('href="#f-password"');
    expect(html).not.toContain('ngan"');
    expect(await usesOf(invite.id)).toBe(0);
    const api = await joinJson(code, { name: 'Phạm Thu Hà', phone: 'abc', password: 'mat-khau-moi-2026' });
    expect(api.status).toBe(400);
    expect((await readJson<Problem>(api)).errors?.map((e) => e.path)).toEqual(['phone']);
  });
});
