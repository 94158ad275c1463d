// Invitation links in D1: create (the code is returned once, only its SHA-256 is kept),
// list, revoke, and find by code for the join page.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { unitInvites, units, users } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import { randomToken, sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { SessionUser } from '../core/types';
import { assertMayInviteTo } from './invite-scope';
import type { CreateInviteInput } from './invites.schemas';

const DAY_MS = 86_400_000;

/** The path an invitation's link opens; the English page is the same with `?lang=en`. */
export const JOIN_PATH = '/join';

export type InviteState = 'active' | 'expired' | 'used_up' | 'revoked';

export type InviteRow = {
  id: string;
  unitId: number;
  unitPath: string;
  provinceCode: string;
  unitActive: boolean;
  createdAt: number;
  expiresAt: number;
  maxUses: number;
  uses: number;
  revokedAt: number | null;
  createdByName: string | null;
};

const inviteColumns = {
  id: unitInvites.id,
  unitId: unitInvites.unitId,
  unitPath: units.path,
  provinceCode: units.provinceCode,
  deactivatedAt: units.deactivatedAt,
  createdAt: unitInvites.createdAt,
  expiresAt: unitInvites.expiresAt,
  maxUses: unitInvites.maxUses,
  uses: unitInvites.uses,
  revokedAt: unitInvites.revokedAt,
  createdByName: users.name,
};

type Selected = { deactivatedAt: number | null } & Omit<InviteRow, 'unitActive'>;
const toRow = ({ deactivatedAt, ...row }: Selected): InviteRow => ({ ...row, unitActive: deactivatedAt === null });

function selectInvites(db: Db, where: SQL | undefined) {
  return db
    .select(inviteColumns)
    .from(unitInvites)
    .innerJoin(units, eq(units.id, unitInvites.unitId))
    .leftJoin(users, eq(users.id, unitInvites.createdBy))
    .where(where);
}

/**
 * Where an invitation stands. Revoked first (a deactivated unit counts as revoked: nobody
 * should join it), then used up, then expired.
 */
export function inviteState(row: Pick<InviteRow, 'revokedAt' | 'uses' | 'maxUses' | 'expiresAt' | 'unitActive'>, now = Date.now()): InviteState {
  if (row.revokedAt !== null || !row.unitActive) return 'revoked';
  if (row.uses >= row.maxUses) return 'used_up';
  if (row.expiresAt <= now) return 'expired';
  return 'active';
}

/** An invitation as JSON: ISO times, the state in one word, the unit and its province. */
export function inviteJson(row: InviteRow, now = Date.now()) {
  return {
    id: row.id,
    unit: { id: row.unitId, path: row.unitPath, provinceCode: row.provinceCode },
    createdAt: isoTime(row.createdAt),
    expiresAt: isoTime(row.expiresAt),
    maxUses: row.maxUses,
    uses: row.uses,
    revokedAt: isoTime(row.revokedAt),
    state: inviteState(row, now),
  };
}

/** A unit an invitation may point at: it exists, is active, and lies in `actor`'s scope. */
async function invitableUnit(db: Db, actor: SessionUser, unitId: number) {
  const unit = await db.select({ id: units.id, provinceCode: units.provinceCode, deactivatedAt: units.deactivatedAt }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw AppError.field('unitId', 'No unit with this id');
  assertMayInviteTo(actor, unit.provinceCode);
  if (unit.deactivatedAt !== null) throw AppError.field('unitId', 'This unit is deactivated');
  return unit;
}

/** `?unit=`: the unit must exist and lie in `actor`'s scope (another province's is 403, never an empty list). */
export async function assertUnitInScope(db: Db, actor: SessionUser, unitId: number): Promise<void> {
  const unit = await db.select({ provinceCode: units.provinceCode }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw new AppError('NOT_FOUND', 'No unit with this id');
  assertMayInviteTo(actor, unit.provinceCode);
}

/** Create an invitation; the code is returned once (for the link) and never stored. */
export async function createInvite(db: Db, actor: SessionUser, input: CreateInviteInput, now = Date.now()) {
  await invitableUnit(db, actor, input.unitId);
  const id = crypto.randomUUID();
  const code = randomToken(18); // 144 random bits, 24 characters: short enough to send by hand.
  const expiresAt = now + input.expiresInDays * DAY_MS;
  await db.batch([
    db.insert(unitInvites).values({ id, codeHash: await sha256Hex(code), unitId: input.unitId, createdBy: actor.id, createdAt: now, expiresAt, maxUses: input.maxUses }),
    auditInsert(db, { actorId: actor.id, action: 'invite.create', target: `unit:${input.unitId}`, after: { inviteId: id, expiresAt, maxUses: input.maxUses } }, now),
  ]);
  const invite = await findInvite(db, id);
  if (!invite) throw new AppError('INTERNAL', 'The new invitation could not be read back');
  return { invite, code, path: `${JOIN_PATH}/${code}` };
}

/** Invitations, newest first: of one province (null: all), optionally of one unit. */
export async function listInvites(db: Db, filter: { province: string | null; unitId?: number }): Promise<InviteRow[]> {
  const rows = await selectInvites(
    db,
    and(filter.province ? eq(units.provinceCode, filter.province) : undefined, filter.unitId ? eq(unitInvites.unitId, filter.unitId) : undefined),
  )
    .orderBy(desc(unitInvites.createdAt))
    .limit(500);
  return rows.map(toRow);
}

export async function findInvite(db: Db, id: string): Promise<InviteRow | null> {
  const row = await selectInvites(db, eq(unitInvites.id, id)).get();
  return row ? toRow(row) : null;
}

/** The invitation behind a link's code, whatever its state, or null. */
export async function inviteByCode(db: Db, code: string): Promise<InviteRow | null> {
  const row = await selectInvites(db, eq(unitInvites.codeHash, await sha256Hex(code))).get();
  return row ? toRow(row) : null;
}

/** Revoke an invitation (idempotent). Another province's: 403; unknown: 404. */
export async function revokeInvite(db: Db, actor: SessionUser, id: string, now = Date.now()): Promise<InviteRow> {
  const invite = await findInvite(db, id);
  if (!invite) throw new AppError('NOT_FOUND', 'No invitation with this id');
  assertMayInviteTo(actor, invite.provinceCode);
  if (invite.revokedAt !== null) return invite;
  await db.batch([
    db.update(unitInvites).set({ revokedAt: now }).where(eq(unitInvites.id, id)),
    auditInsert(db, { actorId: actor.id, action: 'invite.revoke', target: `unit:${invite.unitId}`, after: { inviteId: id, usesAtRevoke: invite.uses } }, now),
  ]);
  return { ...invite, revokedAt: now };
}
