import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../workers/core/crypto';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { freshIp, login } from '../auth/login-helpers';
import { postForm } from '../auth/account-helpers';
import { createInviteAs, DNG_CELL, joinForm, joinJson, unitIdFor, userByPhone, usesOf } from './invite-helpers';

let dngCell = 0;
beforeAll(async () => {
  await seedDemo();
  dngCell = await unitIdFor('DNG', DNG_CELL);
});

describe('creating an invitation', () => {
  it('returns the link once, keeps only the SHA-256 of its code, and lists it with its unit', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const created = await createInviteAs(admin, { unitId: dngCell, maxUses: 50, expiresInDays: 30 });
    expect(created.link).toMatch(/^https:\/\/lantoa\.test\/join\/[A-Za-z0-9_-]{24}$/);
    expect(created.cacheControl).toContain('no-store');
    expect(created.invite).toMatchObject({ uses: 0, maxUses: 50, state: 'active' });
    const row = await env.DB.prepare('SELECT code_hash FROM unit_invites WHERE id = ?').bind(created.invite.id).first<{ code_hash: string }>();
    expect(row?.code_hash).toBe(await sha256Hex(created.code));
    const dump = JSON.stringify(await env.DB.prepare('SELECT * FROM unit_invites').all());
    expect(dump).not.toContain(created.code);
    const list = await readJson<{ invites: { id: string; unit: { path: string; provinceCode: string } }[] }>(
      await fetchApp(`/api/invites?unit=${dngCell}`, { headers: admin.headers }),
    );
    expect(list.invites.find((i) => i.id === created.invite.id)?.unit).toMatchObject({ path: DNG_CELL.join(' / '), provinceCode: 'DNG' });
  });

  it('the desk page shows the new link once with a copy button, then the list in words', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const res = await postForm('/editor/invites', { unitId: String(dngCell), expiresInDays: '7', maxUses: '12' }, admin.headers);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const html = await res.text();
    expect(html).toMatch(/id="invite-link" class="reset-link" readonly="" rows="2">https:\/\/lantoa\.test\/join\/[A-Za-z0-9_-]{24}</);
    expect(html).toContain('data-copy="invite-link"');
    expect(html).toContain('/js/copy-link.js');
    const again = await (await fetchApp('/editor/invites', { headers: { ...admin.headers, accept: 'text/html' } })).text();
    expect(again).not.toContain('id="invite-link"');
    expect(again).toContain('Đã dùng 0/12');
    expect(again).toContain('Đang mở');
    expect(again).toMatch(/Hết hạn lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(again).toContain('Đảng bộ phường Hải Châu / Chi bộ khu phố 3');
    expect(again).toContain('Đà Nẵng');
  });

  it('preselects the unit from ?unit=<id>', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const html = await (await fetchApp(`/editor/invites?unit=${dngCell}`, { headers: { ...admin.headers, accept: 'text/html' } })).text();
    expect(html).toContain(`<option value="${dngCell}" selected="">`);
  });
});

describe('joining through an invitation', () => {
  it('shows only the unit and the province the link joins', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code } = await createInviteAs(admin, { unitId: dngCell });
    const json = await readJson(await fetchApp(`/api/join/${code}`));
    expect(json).toEqual({ unit: { path: 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3' }, province: { code: 'DNG', name: 'Đà Nẵng' } });
    const page = await (await fetchApp(`/join/${code}`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('Đảng bộ phường Hải Châu / Chi bộ khu phố 3');
    expect(page).toContain('Số điện thoại hoặc email');
    expect(page).toContain('name="email"');
  });

  it('makes a member of that unit from a phone typed as 0905 …, who then signs in with +84…', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    const res = await joinForm(code, { name: 'Trần Thị Bích', email: '0905 111 222', password: 'mat-khau-moi-2026' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tài khoản đã sẵn sàng');
    expect(html).toContain('value="0905 111 222"');
    expect(html).toContain('action="/login"');
    expect(res.headers.get('set-cookie')).toBeNull();
    const user = await userByPhone('+84905111222');
    expect(user).toMatchObject({ role: 'member', province_code: 'DNG', unit_id: dngCell, unit: 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3' });
    expect(await usesOf(invite.id)).toBe(1);
    expect((await login('+84905111222', 'mat-khau-moi-2026', freshIp())).status).toBe(200);
  });

  it('joins by email through JSON, answering 202 with where to sign in', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code, invite } = await createInviteAs(admin, { unitId: dngCell });
    const res = await joinJson(code, { name: 'Lê Văn Cường', email: 'Cuong.Le@Example.vn', password: 'mat-khau-moi-2026' });
    expect(res.status).toBe(202);
    expect(await readJson(res)).toEqual({ state: 'ready', signIn: '/login', identifier: 'Cuong.Le@Example.vn' });
    const row = await env.DB.prepare('SELECT role, unit_id, phone FROM users WHERE email = ?').bind('cuong.le@example.vn').first();
    expect(row).toEqual({ role: 'member', unit_id: dngCell, phone: null });
    expect(await usesOf(invite.id)).toBe(1);
  });

  it('is offered in English with ?lang=en', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const { code } = await createInviteAs(admin, { unitId: dngCell });
    const page = await (await fetchApp(`/join/${code}?lang=en`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('Phone number or email');
  });
});
