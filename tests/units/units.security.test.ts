import { describe, expect, it } from 'vitest';
import { postForm } from '../auth/account-helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, sendJson } from '../helpers/http';
import { listUnitsApi, makeUnit, nationalAdmin, uniqueName } from './helpers';

describe('units: who may read and change them', () => {
  it('anonymous callers get 401; members and contributors get 403, for reading too', async () => {
    expect((await fetchApp('/api/units')).status).toBe(401);
    for (const role of ['member', 'contributor'] as const) {
      const user = await signedInAs(role);
      expect((await fetchApp('/api/units', { headers: user.headers })).status, role).toBe(403);
      expect((await fetchApp('/editor/units', { headers: { ...user.headers, accept: 'text/html' } })).status, role).toBe(403);
      expect((await sendJson('POST', '/api/units', { name: 'Chi bộ', provinceCode: 'HNI' }, user.headers)).status, role).toBe(403);
    }
  });

  it('editors read units but may not add, change or delete them', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Đảng bộ phường Hàng Bạc'), provinceCode: 'HNI' });
    const editor = await signedInAs('editor', { provinceCode: null });
    expect((await listUnitsApi(editor, '?province=HNI')).some((u) => u.id === unit.id)).toBe(true);
    expect((await sendJson('POST', '/api/units', { name: 'Chi bộ mới', provinceCode: 'HNI' }, editor.headers)).status).toBe(403);
    expect((await sendJson('PATCH', `/api/units/${unit.id}`, { name: 'Đổi' }, editor.headers)).status).toBe(403);
    expect((await fetchApp(`/api/units/${unit.id}`, { method: 'DELETE', headers: editor.headers })).status).toBe(403);
    expect((await postForm('/editor/units', { name: 'Chi bộ mới', provinceCode: 'HNI' }, editor.headers)).status).toBe(403);
    // The page shows them the tree with invitation links, without the add form or edit links.
    const html = await (await fetchApp('/editor/units?province=HNI', { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(html).toContain(`href="/editor/invites?unit=${unit.id}"`);
    expect(html).not.toContain('method="post" action="/editor/units"');
    expect(html).not.toContain(`href="/editor/units/${unit.id}"`);
  });

  it('an admin with a province manages that province only: another province’s units are 403 to read, add, change and delete', async () => {
    const national = await nationalAdmin();
    const hanoi = await makeUnit(national, { name: uniqueName('Ban Tuyên giáo Thành ủy'), provinceCode: 'HNI', kind: 'agency' });
    const danangAdmin = await signedInAs('admin', { provinceCode: 'DNG' });
    expect((await fetchApp('/api/units?province=HNI', { headers: danangAdmin.headers })).status).toBe(403);
    expect((await sendJson('POST', '/api/units', { name: 'Chi bộ lấn tỉnh', provinceCode: 'HNI' }, danangAdmin.headers)).status).toBe(403);
    expect((await sendJson('PATCH', `/api/units/${hanoi.id}`, { name: 'Đổi tên trộm' }, danangAdmin.headers)).status).toBe(403);
    expect((await sendJson('PATCH', `/api/units/${hanoi.id}`, { active: false }, danangAdmin.headers)).status).toBe(403);
    expect((await fetchApp(`/api/units/${hanoi.id}`, { method: 'DELETE', headers: danangAdmin.headers })).status).toBe(403);
    expect((await fetchApp(`/editor/units/${hanoi.id}`, { headers: { ...danangAdmin.headers, accept: 'text/html' } })).status).toBe(403);
    expect((await postForm(`/editor/units/${hanoi.id}/delete`, {}, danangAdmin.headers)).status).toBe(403);
    // Without a province filter they see their own province only.
    const seen = await listUnitsApi(danangAdmin);
    expect(seen.some((u) => u.id === hanoi.id)).toBe(false);
    // Their page is locked to Đà Nẵng.
    const html = await (await fetchApp('/editor/units?province=HNI', { headers: { ...danangAdmin.headers, accept: 'text/html' } })).text();
    expect(html).not.toContain(hanoi.name);
  });

  it('a provincial editor asking for another province’s units gets 403, not an empty list', async () => {
    const editor = await signedInAs('editor', { provinceCode: 'HCM' });
    expect((await fetchApp('/api/units?province=HNI', { headers: editor.headers })).status).toBe(403);
  });

  it('a cross-site form post to the units desk is refused', async () => {
    const admin = await nationalAdmin();
    const res = await fetchApp('/editor/units', {
      method: 'POST',
      headers: { ...admin.headers, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Chi bộ giả', provinceCode: 'HNI' }),
    });
    expect(res.status).toBe(403);
    expect(ORIGIN).not.toBe('https://evil.example');
  });

  it('unit names are escaped on the page', async () => {
    const admin = await nationalAdmin();
    // No "/" in a name, so no closing tag: an opening one is enough to prove the escaping.
    await makeUnit(admin, { name: uniqueName('<img src=x onerror=alert(1)> Chi bộ'), provinceCode: 'QNI' });
    const html = await (await fetchApp('/editor/units?province=QNI', { headers: { ...admin.headers, accept: 'text/html' } })).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Chi bộ');
  });
});
