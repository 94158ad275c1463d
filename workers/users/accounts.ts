// Account management rules (admin only): create, change, disable, tokens.
// Every change is written together with its audit entry in one D1 batch.
// A provincial admin manages their province's accounts only (./account-scope.ts);
// API tokens are for national admins only (see `issueToken`).
import { and, eq, isNull } from 'drizzle-orm';
import { apiTokens, sessions, users } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import { hashPassword } from '../auth/password';
import { randomToken, sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { assertProvince } from '../editorial/reference';
import { assertNationalAdmin, assertProvinceChangeInScope, provinceForNewAccount } from './account-scope';
import { assertUnitInProvince, resolveAccountUnit } from './account-unit';
import { emailAfterPhoneChange, isPlaceholderEmail, placeholderEmail, realEmail } from './identity';
import { accountJson, activeTokenFilter, findAccount, findAccountByEmail, findAccountByPhone, findManagedAccount, findToken, type AccountRow } from './users.queries';
import type { CreateUserInput, PatchUserInput } from './users.schemas';

/** 409 naming `phone` when another account (not `exceptId`) has this number. */
async function assertPhoneFree(db: Db, phone: string | null | undefined, exceptId?: string): Promise<void> {
  if (!phone) return;
  const holder = await findAccountByPhone(db, phone);
  if (holder && holder.id !== exceptId) {
    throw new AppError('CONFLICT', 'Another account has this phone number', { errors: [{ path: 'phone', message: 'Already in use' }] });
  }
}

export async function createAccount(db: Db, actor: SessionUser, input: CreateUserInput, now = Date.now()) {
  const provinceCode = provinceForNewAccount(actor, input.provinceCode);
  const phone = input.phone ?? null;
  // A phone-only account keeps a reserved, undeliverable address (identity.ts); the schema ensures one of the two.
  const email = input.email ?? placeholderEmail(phone ?? '');
  if (await findAccountByEmail(db, email)) {
    const path = input.email ? 'email' : 'phone';
    throw new AppError('CONFLICT', `An account with this ${path} already exists`, { errors: [{ path, message: 'Already in use' }] });
  }
  await assertPhoneFree(db, phone);
  await assertProvince(db, provinceCode);
  const unit = (await resolveAccountUnit(db, provinceCode, input)) ?? { unitId: null, unit: null };
  const id = crypto.randomUUID();
  const row = {
    id,
    email,
    phone,
    name: input.name,
    role: input.role,
    provinceCode,
    ...unit,
    passwordHash: await hashPassword(input.password),
    createdAt: now,
    updatedAt: now,
  };
  const { passwordHash: _secret, ...stored } = row;
  // The audit log reads like the pages: never a phone-only account's reserved address.
  const summary = { ...stored, email: realEmail(email) };
  await db.batch([
    db.insert(users).values(row),
    auditInsert(db, { actorId: actor.id, action: 'user.create', target: `user:${id}`, after: summary }, now),
  ]);
  const created = await findAccount(db, id);
  if (!created) throw new AppError('INTERNAL', 'The new account could not be read back');
  return accountJson(created);
}

/** Which profile fields differ, as before/after summaries for the audit log. */
function changes(before: AccountRow, input: PatchUserInput, now: number) {
  const set: Partial<typeof users.$inferInsert> = {};
  const was: Record<string, unknown> = {};
  const now_: Record<string, unknown> = {};
  const fields = ['role', 'name', 'provinceCode', 'unit', 'unitId', 'phone'] as const;
  for (const field of fields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) {
      Object.assign(set, { [field]: value });
      was[field] = before[field];
      now_[field] = value;
    }
  }
  if (input.disabled !== undefined && input.disabled !== (before.disabledAt !== null)) {
    set.disabledAt = input.disabled ? now : null;
    was.disabled = before.disabledAt !== null;
    now_.disabled = input.disabled;
  }
  return { set, was, now: now_ };
}

export async function updateAccount(db: Db, actor: SessionUser, id: string, input: PatchUserInput, now = Date.now()) {
  const before = await findManagedAccount(db, actor, id);
  assertProvinceChangeInScope(actor, input.provinceCode);
  if (id === actor.id && ((input.role && input.role !== before.role) || input.disabled)) {
    // Keeps at least one admin: the one acting can never remove their own access.
    throw new AppError('CONFLICT', 'You cannot change the role of, or disable, your own account', { extra: { currentRole: before.role } });
  }
  await assertProvince(db, input.provinceCode);
  const province = input.provinceCode !== undefined ? input.provinceCode : before.provinceCode;
  // unit_id and its mirror are written together; a new province must still hold the unit.
  const unit = await resolveAccountUnit(db, province, input, before.unitId);
  if (!unit && input.provinceCode !== undefined) await assertUnitInProvince(db, before.unitId, province);
  await assertPhoneChange(db, before, input.phone);
  const diff = changes(before, { ...input, ...unit }, now);
  // Not in the audit entry: the reserved address is never shown (the phone change is).
  const email = emailAfterPhoneChange(before.email, input.phone);
  if (email !== before.email) diff.set.email = email;
  if (input.password) {
    diff.set.passwordHash = await hashPassword(input.password);
    diff.now.passwordChanged = true;
  }
  if (Object.keys(diff.set).length === 0) return accountJson(before);
  diff.set.updatedAt = now;
  // A new password, a disable and a re-enable each end every session and API token
  // of the account, in the same batch: whoever held them must sign in (or be issued
  // a token) again. Re-enabling thus never brings back a token from before.
  const endAccess = input.password !== undefined || 'disabledAt' in diff.set;
  if (endAccess) diff.now.sessionsAndTokensEnded = true;
  await db.batch([
    db.update(users).set(diff.set).where(eq(users.id, id)),
    ...(endAccess ? endAccessWrites(db, id, now) : []),
    auditInsert(db, { actorId: actor.id, action: 'user.update', target: `user:${id}`, before: diff.was, after: diff.now }, now),
  ]);
  const after = await findAccount(db, id);
  if (!after) throw new AppError('NOT_FOUND', 'No account with this id');
  return accountJson(after);
}

/**
 * A phone change (admin or the person themselves): the number is free, and a phone-only account
 * cannot lose its number (it would have nothing to sign in with). Ends no sessions.
 */
export async function assertPhoneChange(db: Db, before: Pick<AccountRow, 'id' | 'email'>, phone: string | null | undefined): Promise<void> {
  if (phone === undefined) return;
  if (phone === null && isPlaceholderEmail(before.email)) {
    throw AppError.field('phone', 'This account has no email: it needs its phone number to sign in');
  }
  await assertPhoneFree(db, phone, before.id);
}

/** The writes that end every session and revoke every live API token of `userId`. */
function endAccessWrites(db: Db, userId: string, now: number) {
  return [
    db.delete(sessions).where(eq(sessions.userId, userId)),
    db.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))),
  ] as const;
}

/**
 * Issue a bearer token for `userId`. The token is returned once; only its SHA-256 is kept.
 * National admins only: a token is a standing credential for a machine (a partner's
 * integration, `npm run queues:replay`), used away from any browser session and not
 * tied to a province's desk, so it is given out centrally. A provincial admin ends an
 * account's access by disabling it (which revokes its tokens too).
 */
export async function issueToken(
  db: Db,
  actor: SessionUser,
  userId: string,
  input: { label: string; expiresInDays?: number },
  now = Date.now(),
) {
  assertNationalAdmin(actor, 'Issuing API tokens');
  await findManagedAccount(db, actor, userId);
  const id = crypto.randomUUID();
  const token = `lt_${randomToken(32)}`;
  const expiresAt = input.expiresInDays ? now + input.expiresInDays * 86_400_000 : null;
  await db.batch([
    db.insert(apiTokens).values({ id, tokenHash: await sha256Hex(token), userId, label: input.label, createdBy: actor.id, createdAt: now, expiresAt }),
    auditInsert(db, { actorId: actor.id, action: 'token.issue', target: `user:${userId}`, after: { tokenId: id, label: input.label, expiresAt } }, now),
  ]);
  return { id, token, label: input.label, userId, expiresAt: expiresAt ? new Date(expiresAt).toISOString() : null };
}

export async function revokeToken(db: Db, actor: SessionUser, tokenId: string, now = Date.now()): Promise<void> {
  assertNationalAdmin(actor, 'Managing API tokens');
  const token = await findToken(db, tokenId);
  if (!token) throw new AppError('NOT_FOUND', 'No token with this id');
  if (token.revokedAt !== null) return;
  await db.batch([
    db.update(apiTokens).set({ revokedAt: now }).where(activeTokenFilter(tokenId)),
    auditInsert(db, { actorId: actor.id, action: 'token.revoke', target: `user:${token.userId}`, before: { tokenId, label: token.label }, after: { revoked: true } }, now),
  ]);
}

/** End every open session of an account (it stays enabled; its owner just signs in again). */
export async function revokeSessions(db: Db, actor: SessionUser, userId: string, now = Date.now()): Promise<number> {
  await findManagedAccount(db, actor, userId);
  const [deleted] = await db.batch([
    db.delete(sessions).where(eq(sessions.userId, userId)).returning({ tokenHash: sessions.tokenHash }),
    auditInsert(db, { actorId: actor.id, action: 'user.sessions_revoke', target: `user:${userId}`, after: { sessionsEnded: true } }, now),
  ]);
  return deleted.length;
}
