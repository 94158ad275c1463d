import { env } from 'cloudflare:workers';
import type { UnitKind } from '../../schema';
import { unitPath, unitPathKey } from '../../workers/units/unit-keys';

/**
 * The id of the unit `names` (top down) in `province`, inserted with its parents when missing:
 * INSERT OR IGNORE keyed by (province_code, path_key), as the demo seed does, so a test keeps
 * working whether or not the seed already brought the unit.
 */
export async function ensureUnit(province: string, names: string[], kind: UnitKind = 'other'): Promise<number> {
  let parent: number | null = null;
  for (let depth = 1; depth <= names.length; depth++) {
    const path = names.slice(0, depth);
    const key = unitPathKey(path);
    await env.DB.prepare(
      'INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
      .bind(province, parent, path[path.length - 1], kind, unitPath(path), key, Date.now(), Date.now())
      .run();
    parent = await env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path_key = ?').bind(province, key).first<number>('id');
  }
  if (parent === null) throw new Error('ensureUnit: no names');
  return parent;
}
