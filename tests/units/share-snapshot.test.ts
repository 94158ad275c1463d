import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { insertStory } from '../share/fixtures';
import { makeUnit, nationalAdmin, uniqueName } from './helpers';

const linkOf = (code: string) =>
  env.DB.prepare('SELECT unit, unit_id, province_code FROM share_links WHERE code = ?').bind(code).first<{ unit: string | null; unit_id: number | null; province_code: string | null }>();

describe('a share link keeps the sharer’s unit as it was when they shared', () => {
  it('stores the unit id beside the unit text, and keeps both after the member moves', async () => {
    const admin = await nationalAdmin();
    const unit = await makeUnit(admin, { name: uniqueName('Chi bộ khu phố 3'), provinceCode: 'DNG', kind: 'party_cell' });
    const other = await makeUnit(admin, { name: uniqueName('Chi bộ khu phố 4'), provinceCode: 'DNG', kind: 'party_cell' });
    const member = await signedInAs('member', { provinceCode: 'DNG', unitId: unit.id, unit: unit.path });
    const story = await insertStory();
    const res = await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }, member.headers);
    const { code } = await readJson<{ code: string }>(res);
    expect(res.status).toBe(201);
    expect(await linkOf(code)).toEqual({ unit: unit.path, unit_id: unit.id, province_code: 'DNG' });

    // Moving the member later does not rewrite history.
    await env.DB.prepare('UPDATE users SET unit_id = ?, unit = ? WHERE id = ?').bind(other.id, other.path, member.id).run();
    expect((await linkOf(code))?.unit_id).toBe(unit.id);
  });

  it('anonymous shares and members without a unit store none', async () => {
    const story = await insertStory();
    const anonymous = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook' }));
    expect((await linkOf(anonymous.code))?.unit_id).toBeNull();
    const loose = await signedInAs('member', { provinceCode: null, unit: null });
    const mine = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook' }, loose.headers));
    expect(await linkOf(mine.code)).toEqual({ unit: null, unit_id: null, province_code: null });
  });
});
