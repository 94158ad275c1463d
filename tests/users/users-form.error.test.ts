import { describe, expect, it } from 'vitest';
import { postForm } from '../auth/account-helpers';
import { signedInAs } from '../helpers/auth';
import { ensureUnit } from '../helpers/units';

describe('the /editor/users forms keep what was typed after an error', () => {
  it('create: a short password re-renders with every field kept except the password', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const unit = await ensureUnit('DNG', ['Ban Tuyên giáo Đà Nẵng'], 'agency');
    const res = await postForm(
      '/editor/users',
      { email: 'nguoi.moi@example.vn', name: 'Ngô Thị Mới', password: 'ngan', role: 'editor', provinceCode: 'DNG', unitId: String(unit) },
      admin.headers,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="nguoi.moi@example.vn"');
    expect(html).toContain('value="Ngô Thị Mới"');
    expect(html).toMatch(new RegExp(`<select id="new-unit" name="unitId">[\\s\\S]*?<option value="${unit}" selected="">Ban Tuyên giáo Đà Nẵng</option>`));
    expect(html).toMatch(/<select id="new-role" name="role">[\s\S]*?<option value="editor" selected=""/);
    expect(html).toMatch(/<select id="new-province" name="provinceCode">[\s\S]*?<option value="DNG" selected=""/);
    expect(html).not.toContain('value="ngan"');
  });

  it('update: a refused change opens that account again with the typed values', async () => {
    const admin = await signedInAs('admin', { provinceCode: null });
    const member = await signedInAs('member', { name: 'Tên Cũ', unit: 'Đơn vị cũ' });
    const chosen = await ensureUnit('HNI', ['Đơn vị mới chọn']);
    const res = await postForm(`/editor/users/${member.id}`, { name: 'Tên Mới Gõ Vào', unitId: String(chosen), role: 'member', provinceCode: 'ZZZ', password: 'ngan' }, admin.headers);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Tên Mới Gõ Vào"');
    expect(html).toMatch(new RegExp(`<option value="${chosen}" selected="">Đơn vị mới chọn</option>`));
    expect(html).toMatch(/<details open="">\s*<summary>\s*<span class="account-name">Tên Cũ/);
    expect(html).not.toContain('value="ngan"');
  });
});
