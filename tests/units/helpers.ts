import { env } from 'cloudflare:workers';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';

/** An admin without a province: manages units everywhere. */
export const nationalAdmin = () => signedInAs('admin', { provinceCode: null });

export type UnitJson = { id: number; provinceCode: string; parentId: number | null; name: string; kind: string; path: string; depth?: number; active: boolean; memberCount?: number };

/** POST /api/units and return the unit (fails the test on anything but 201). */
export async function makeUnit(as: TestUser, input: { name: string; provinceCode?: string; parentId?: number | null; kind?: string }): Promise<UnitJson> {
  const res = await sendJson('POST', '/api/units', input, as.headers);
  const body = await readJson<{ unit: UnitJson }>(res);
  if (res.status !== 201) throw new Error(`makeUnit ${res.status}: ${JSON.stringify(body)}`);
  return body.unit;
}

export async function listUnitsApi(as: TestUser, query = ''): Promise<UnitJson[]> {
  const res = await fetchApp(`/api/units${query}`, { headers: as.headers });
  if (res.status !== 200) throw new Error(`listUnitsApi ${res.status}: ${await res.text()}`);
  return (await readJson<{ units: UnitJson[] }>(res)).units;
}

/** Put an account into a unit the way the users API does: unit_id and the path mirror together. */
export async function placeInUnit(userId: string, unit: UnitJson): Promise<void> {
  await env.DB.prepare('UPDATE users SET unit_id = ?, unit = ? WHERE id = ?').bind(unit.id, unit.path, userId).run();
}

export async function mirrorOf(userId: string): Promise<{ unit: string | null; unit_id: number | null }> {
  const row = await env.DB.prepare('SELECT unit, unit_id FROM users WHERE id = ?').bind(userId).first<{ unit: string | null; unit_id: number | null }>();
  if (!row) throw new Error('no such user');
  return row;
}

/** A unique name, so tests in one file never collide. */
let n = 0;
export const uniqueName = (base: string) => `${base} ${++n}`;
