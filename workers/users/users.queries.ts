import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { apiTokens, users, type Role } from '../../schema';
import type { Db } from '../core/db';
import { isoTime } from '../core/time';
import { sessionUserColumns } from '../auth/session-store';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { assertAccountInScope } from './account-scope';
import { realEmail } from './identity';
import { normalisePhone } from './phone';

/** Every column an admin may see: never the password hash. */
export const accountColumns = {
  ...sessionUserColumns,
  disabledAt: users.disabledAt,
  deletionRequestedAt: users.deletionRequestedAt,
  erasedAt: users.erasedAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export type AccountRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  provinceCode: string | null;
  unit: string | null;
  unitId: number | null;
  phone: string | null;
  disabledAt: number | null;
  /** The member asked for erasure (workers/privacy/): shown to the admins who manage the account. */
  deletionRequestedAt: number | null;
  /** Erased accounts are kept as a blank row for history's sake, and listed or managed nowhere. */
  erasedAt: number | null;
  createdAt: number;
  updatedAt: number;
};

export function accountJson(row: AccountRow) {
  return {
    id: row.id,
    // Never the reserved address of a phone-only account (identity.ts).
    email: realEmail(row.email),
    /** E.164. */
    phone: row.phone,
    name: row.name,
    role: row.role,
    provinceCode: row.provinceCode,
    unit: row.unit,
    unitId: row.unitId,
    disabled: row.disabledAt !== null,
    disabledAt: isoTime(row.disabledAt),
    deletionRequestedAt: isoTime(row.deletionRequestedAt),
    createdAt: isoTime(row.createdAt),
  };
}

/**
 * Accounts for the admins' list: never erased ones. `province` (a provincial admin's own,
 * workers/users/account-scope.ts) keeps the list to that province's accounts.
 */
export async function listAccounts(db: Db, filter: { role?: Role; q?: string; province?: string | null } = {}): Promise<AccountRow[]> {
  const where: SQL[] = [isNull(users.erasedAt)];
  if (filter.province) where.push(eq(users.provinceCode, filter.province));
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.q) {
    // instr(), not LIKE: D1 refuses LIKE patterns over 50 bytes. SQLite's lower() folds
    // only ASCII, so names are also matched as typed (Vietnamese capitals).
    const q = filter.q;
    const lowered = q.toLowerCase();
    // A number typed any way finds its account (exact match on the normalised form).
    const phone = normalisePhone(q);
    where.push(
      sql`(instr(lower(${users.email}), ${lowered}) > 0 OR instr(lower(${users.name}), ${lowered}) > 0 OR instr(${users.name}, ${q}) > 0${phone ? sql` OR ${users.phone} = ${phone}` : sql``})`,
    );
  }
  return db
    .select(accountColumns)
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.email))
    .limit(500);
}

export async function findAccount(db: Db, id: string): Promise<AccountRow | null> {
  return (await db.select(accountColumns).from(users).where(eq(users.id, id)).get()) ?? null;
}

/**
 * The account `actor` may manage: 404 when there is none (erased accounts included: they are
 * nobody's to manage any more), 403 when it is outside the admin's province.
 */
export async function findManagedAccount(db: Db, actor: SessionUser, id: string): Promise<AccountRow> {
  const account = await findAccount(db, id);
  if (!account || account.erasedAt !== null) throw new AppError('NOT_FOUND', 'No account with this id');
  assertAccountInScope(actor, account);
  return account;
}

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | null> {
  return (await db.select(accountColumns).from(users).where(eq(users.email, email)).get()) ?? null;
}

export async function findAccountByPhone(db: Db, phone: string): Promise<AccountRow | null> {
  return (await db.select(accountColumns).from(users).where(eq(users.phone, phone)).get()) ?? null;
}

export async function listTokens(db: Db, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.createdAt));
}

export async function findToken(db: Db, id: string) {
  return (
    (await db
      .select({ id: apiTokens.id, userId: apiTokens.userId, label: apiTokens.label, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(eq(apiTokens.id, id))
      .get()) ?? null
  );
}

export function activeTokenFilter(id: string) {
  return and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt));
}
