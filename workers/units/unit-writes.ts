// Creating, changing and deleting units (admins; an admin with a province in that province only).
// A rename or a move rewrites the `path`/`path_key` of the unit and of every unit below it, and the
// `users.unit` mirror of their members, in ONE D1 batch: a failure leaves nothing half-renamed.
import { eq, sql } from 'drizzle-orm';
import { units } from '../../schema';
import { assertInProvinceScope, ownProvince } from '../auth/province-scope';
import { d1Batch, type Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { assertProvince } from '../editorial/reference';
import { PATH_SEPARATOR, unitNameKey } from './unit-keys';
import { subtreeIds } from './unit-tree';
import { findUnit, provinceUnits, unitByPathKey, unitJson, type UnitRecord } from './units.queries';
import type { CreateUnitInput, PatchUnitInput } from './units.schemas';

const unprocessable = (path: string, message: string) => new AppError('UNPROCESSABLE', `Invalid ${path}: ${message}`, { errors: [{ path, message }] });

const duplicate = (path = 'name') =>
  new AppError('CONFLICT', 'A unit with this name already exists at this place in the province', {
    errors: [{ path, message: 'Another unit of this province already has this name under the same parent' }],
  });

const isUniqueViolation = (err: unknown) => /UNIQUE constraint failed/i.test(String(err instanceof Error ? `${err.message} ${String(err.cause ?? '')}` : err));

/** Path and key of a unit named `name` under `parent` (null: the top of the province). */
function placeUnder(parent: Pick<UnitRecord, 'path' | 'pathKey'> | null, name: string) {
  return {
    path: parent ? `${parent.path}${PATH_SEPARATOR}${name}` : name,
    pathKey: parent ? `${parent.pathKey}/${unitNameKey(name)}` : unitNameKey(name),
  };
}

/** The unit `id` in `provinceCode`, for a parent: 422 naming `parentId` when there is none there. */
async function parentIn(db: Db, provinceCode: string, id: number): Promise<UnitRecord> {
  const parent = await findUnit(db, id);
  if (!parent) throw unprocessable('parentId', 'No unit with this id');
  if (parent.provinceCode !== provinceCode) throw unprocessable('parentId', 'The parent unit must be in the same province');
  return parent;
}

/** The unit `id`, if the actor may manage it: 404 when unknown, 403 when of another province. */
export async function unitInScope(db: Db, actor: SessionUser, id: number): Promise<UnitRecord> {
  const unit = await findUnit(db, id);
  if (!unit) throw new AppError('NOT_FOUND', 'No unit with this id');
  assertInProvinceScope(actor, unit.provinceCode, 'this unit');
  return unit;
}

export async function createUnit(db: Db, actor: SessionUser, input: CreateUnitInput, now = Date.now()) {
  // Without a province: the parent's, else the actor's own (a national admin must name one).
  const parentProvince = input.parentId && !input.provinceCode ? (await findUnit(db, input.parentId))?.provinceCode : undefined;
  const provinceCode = input.provinceCode ?? parentProvince ?? ownProvince(actor);
  if (!provinceCode) throw AppError.field('provinceCode', 'Choose the province of the unit');
  await assertProvince(db, provinceCode);
  assertInProvinceScope(actor, provinceCode, 'this province');
  const parent = input.parentId ? await parentIn(db, provinceCode, input.parentId) : null;
  const place = placeUnder(parent, input.name);
  if (await unitByPathKey(db, provinceCode, place.pathKey)) throw duplicate();
  const row = { provinceCode, parentId: parent?.id ?? null, name: input.name, kind: input.kind, ...place, createdAt: now, updatedAt: now };
  try {
    await d1Batch(db, [
      db.insert(units).values(row),
      sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
        SELECT ${actor.id}, 'unit.create', 'unit:' || id, NULL, ${JSON.stringify({ provinceCode, path: place.path, kind: input.kind })}, ${now}
        FROM units WHERE province_code = ${provinceCode} AND path_key = ${place.pathKey}`,
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
  const created = await unitByPathKey(db, provinceCode, place.pathKey);
  if (!created) throw new AppError('INTERNAL', 'The new unit could not be read back');
  return unitJson({ ...created, memberCount: 0 });
}

export async function updateUnit(db: Db, actor: SessionUser, id: number, input: PatchUnitInput, now = Date.now()) {
  const unit = await unitInScope(db, actor, id);
  const all = await provinceUnits(db, unit.provinceCode);
  const below = subtreeIds(all, unit.id);

  const target = input.parentId;
  const moving = target !== undefined && target !== unit.parentId;
  let parent: UnitRecord | null = unit.parentId === null ? null : (all.find((u) => u.id === unit.parentId) ?? null);
  if (moving) {
    if (target !== null && below.has(target)) throw unprocessable('parentId', 'A unit cannot be moved under itself or a unit below it');
    parent = target === null ? null : await parentIn(db, unit.provinceCode, target);
  }
  const name = input.name ?? unit.name;
  const place = placeUnder(parent, name);
  const renamed = place.path !== unit.path || place.pathKey !== unit.pathKey;
  if (renamed) {
    // Every key the subtree will have must be free among the other units of the province.
    const others = new Set(all.filter((u) => !below.has(u.id)).map((u) => u.pathKey));
    const clash = all.filter((u) => below.has(u.id)).some((u) => others.has(place.pathKey + u.pathKey.slice(unit.pathKey.length)));
    if (clash) throw duplicate(moving && input.name === undefined ? 'parentId' : 'name');
  }

  const set: Partial<typeof units.$inferInsert> = { updatedAt: now };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const change = <K extends 'name' | 'kind' | 'parentId' | 'path'>(key: K, from: UnitRecord[K], to: UnitRecord[K]) => {
    if (from === to) return;
    Object.assign(set, { [key]: to });
    before[key] = from;
    after[key] = to;
  };
  change('name', unit.name, name);
  if (input.kind) change('kind', unit.kind, input.kind);
  if (moving) change('parentId', unit.parentId, parent?.id ?? null);
  change('path', unit.path, place.path);
  if (place.pathKey !== unit.pathKey) set.pathKey = place.pathKey;
  if (input.active !== undefined && input.active !== (unit.deactivatedAt === null)) {
    set.deactivatedAt = input.active ? null : now;
    before.active = !input.active;
    after.active = input.active;
  }
  if (Object.keys(after).length === 0) return unitJson(unit);

  const subtree = sql`WITH RECURSIVE sub(id) AS (SELECT ${unit.id} UNION ALL SELECT units.id FROM units JOIN sub ON units.parent_id = sub.id)`;
  const writes = [
    db.update(units).set(set).where(eq(units.id, unit.id)),
    ...(renamed
      ? [
          // Units below: the old path prefix swapped for the new one (lengths in characters, as SQLite counts them).
          sql`${subtree} UPDATE units SET
              path = ${place.path} || substr(path, length(${unit.path}) + 1),
              path_key = ${place.pathKey} || substr(path_key, length(${unit.pathKey}) + 1),
              updated_at = ${now}
            WHERE id IN (SELECT id FROM sub) AND id <> ${unit.id}`,
          // Their members' mirror of the path.
          sql`${subtree} UPDATE users SET unit = (SELECT path FROM units WHERE units.id = users.unit_id), updated_at = ${now}
            WHERE unit_id IN (SELECT id FROM sub)`,
        ]
      : []),
    sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
      VALUES (${actor.id}, 'unit.update', ${`unit:${unit.id}`}, ${JSON.stringify(before)}, ${JSON.stringify(after)}, ${now})`,
  ];
  try {
    await d1Batch(db, writes);
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
  const updated = await findUnit(db, unit.id);
  if (!updated) throw new AppError('NOT_FOUND', 'No unit with this id');
  return unitJson(updated);
}

/** Deletes a unit nobody belongs to and nothing sits under; otherwise 409 (deactivate it instead). */
export async function deleteUnit(db: Db, actor: SessionUser, id: number, now = Date.now()): Promise<void> {
  const unit = await unitInScope(db, actor, id);
  // Invitations keep their unit (unit_invites.unit_id has no ON DELETE): a unit ever invited to is deactivated, not deleted.
  const [counts] = await db.all<{ members: number; children: number; invites: number }>(
    sql`SELECT (SELECT count(*) FROM users WHERE unit_id = ${id}) AS members, (SELECT count(*) FROM units WHERE parent_id = ${id}) AS children,
               (SELECT count(*) FROM unit_invites WHERE unit_id = ${id}) AS invites`,
  );
  const refuse = (members: number, children: number, invites = 0) =>
    new AppError('CONFLICT', 'Only a unit without members, units below it or invitations can be deleted; deactivate it instead (PATCH active: false)', {
      extra: { members, children, invites },
    });
  if (!counts || counts.members > 0 || counts.children > 0 || counts.invites > 0) throw refuse(counts?.members ?? 0, counts?.children ?? 0, counts?.invites ?? 0);
  // Conditional, so a member added in between keeps the unit (and the audit entry is written only with the delete).
  const [deleted] = await d1Batch(db, [
    sql`DELETE FROM units WHERE id = ${id} AND NOT EXISTS (SELECT 1 FROM users WHERE unit_id = ${id}) AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = ${id})
          AND NOT EXISTS (SELECT 1 FROM unit_invites WHERE unit_id = ${id}) RETURNING id`,
    sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
      SELECT ${actor.id}, 'unit.delete', ${`unit:${id}`}, ${JSON.stringify({ provinceCode: unit.provinceCode, path: unit.path })}, NULL, ${now}
      WHERE NOT EXISTS (SELECT 1 FROM units WHERE id = ${id})`,
  ]);
  if (!deleted || deleted.results.length === 0) throw refuse(1, 0);
}
