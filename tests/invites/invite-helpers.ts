import { env } from 'cloudflare:workers';
import { unitPath, unitPathKey } from '../../workers/units/unit-keys';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import type { TestUser } from '../helpers/auth';

/**
 * The id of a unit `names` (top down) in `province`, inserted level by level with INSERT OR IGNORE
 * on (province_code, path_key): the same rows the units branch seeds, so this keeps working after the merge.
 */
export async function unitIdFor(province: string, names: string[]): Promise<number> {
  let parent: number | null = null;
  let id = 0;
  for (let depth = 1; depth <= names.length; depth++) {
    const level = names.slice(0, depth);
    await env.DB.prepare(
      "INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES (?, ?, ?, 'other', ?, ?, 0, 0)",
    )
      .bind(province, parent, level[level.length - 1], unitPath(level), unitPathKey(level))
      .run();
    const row = await env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path_key = ?').bind(province, unitPathKey(level)).first<{ id: number }>();
    if (!row) throw new Error(`unit ${unitPath(level)} not found after insert`);
    id = row.id;
    parent = id;
  }
  return id;
}

export const DNG_CELL = ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3'];
export const HCM_CELL = ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'];

let ip = 0;
/** A fresh client address, so the join limit of one test never leaks into another. */
export const freshAddress = () => `203.0.113.${++ip}`;

/** Create an invitation as `by`; returns the code and the invitation JSON. */
export async function createInviteAs(by: TestUser, body: { unitId: number; expiresInDays?: number; maxUses?: number }) {
  const res = await sendJson('POST', '/api/invites', { expiresInDays: 14, maxUses: 50, ...body }, by.headers);
  if (res.status !== 201) throw new Error(`create invite: ${res.status} ${await res.text()}`);
  const json = await readJson<{ invite: { id: string; uses: number; maxUses: number; state: string }; link: string }>(res);
  const code = new URL(json.link).pathname.split('/').pop() ?? '';
  return { ...json, code, cacheControl: res.headers.get('cache-control') };
}

/** POST /api/join/:code as an anonymous client from `address`. */
export function joinJson(code: string, body: Record<string, string>, address = freshAddress()) {
  return sendJson('POST', `/api/join/${code}`, body, { 'cf-connecting-ip': address });
}

/** The join form, posted as a browser without scripts. */
export function joinForm(code: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetchApp(`/join/${code}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': freshAddress(), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

export async function userByPhone(phone: string) {
  return env.DB.prepare('SELECT id, email, role, province_code, unit, unit_id, phone, password_hash FROM users WHERE phone = ?').bind(phone).first<{
    id: string;
    email: string;
    role: string;
    province_code: string;
    unit: string;
    unit_id: number;
    phone: string;
    password_hash: string;
  }>();
}

export async function usesOf(inviteId: string): Promise<number> {
  return (await env.DB.prepare('SELECT uses FROM unit_invites WHERE id = ?').bind(inviteId).first<{ uses: number }>())?.uses ?? -1;
}
