// Erasing an account once an admin confirms the member's request. The `users` row
// stays (stories, revisions, case notes and the audit log point at it, and history
// keeps its shape) but everything that names or reaches the person goes, in ONE D1
// batch, so there is never a half-erased account:
// - the row: name "Tài khoản đã xoá", a reserved undeliverable address
//   (`erased-<id>@erased.invalid`), no phone, no unit, a password nothing matches,
//   disabled, `erased_at` set;
// - sessions, API tokens, one-time links and correction notices: deleted;
// - tracked links: no longer tied to the person (`user_id` and the reuse key, which
//   holds the id, set NULL); their province and unit snapshots and clicks stay, and
//   `share_stats_daily` (anonymous counts) is not touched, so every figure stays;
// - reports whose contact is exactly the person's email or phone: contact blanked;
// - audit entries about the account: the email, name, unit and phone they carried removed;
// - the sign-in counters keyed by the person's email and by their phone (a phone sign-in
//   counts under the number, workers/auth/sign-in-identifier.ts): deleted.
// Rules: only a pending request is confirmed (nobody is erased on an admin's own
// initiative); nobody confirms their own (another admin does, so the last national
// admin can never erase themselves); an editor or admin still assigned to open cases
// is refused until those cases are handed on (work in flight would otherwise lose its owner).
import { and, count, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { accountLinks, apiTokens, auditLog, cases, memberNotices, rateCounters, reports, sessions, shareLinks, users } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import { sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { formatPhone } from '../users/phone';
import { findManagedAccount } from '../users/users.queries';

/** What an erased account is called wherever history names it. */
export const ERASED_NAME = 'Tài khoản đã xoá';

/** The reserved, undeliverable address an erased account keeps (`.invalid`, RFC 2606): unique, names nobody. */
export function erasedEmail(id: string): string {
  return `erased-${id}@erased.invalid`;
}

/** A stored password hash no password can match (verifyPassword cannot parse it). */
const UNUSABLE_PASSWORD = 'erased';

/** Personal fields removed from the audit entries about an erased account. */
const AUDIT_PERSONAL_FIELDS = ['$.email', '$.name', '$.unit', '$.phone'] as const;

const OPEN_CASE_STATUSES = ['new', 'reviewing'] as const;

export type ErasureResult = { id: string; erasedAt: string; sessionsEnded: number; sharesKept: number };

export async function eraseAccount(db: Db, actor: SessionUser, id: string, now = Date.now()): Promise<ErasureResult> {
  const account = await findManagedAccount(db, actor, id);
  if (account.id === actor.id) {
    throw new AppError('CONFLICT', 'Another admin must confirm your own erasure', { extra: { reason: 'self' } });
  }
  if (account.deletionRequestedAt === null) {
    throw new AppError('CONFLICT', 'This account has not asked to be erased', { extra: { reason: 'no-request' } });
  }
  if (account.role === 'admin' && account.provinceCode === null) {
    const others = await db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.provinceCode), isNull(users.disabledAt), isNull(users.erasedAt), ne(users.id, id)))
      .get();
    if ((others?.n ?? 0) === 0) throw new AppError('CONFLICT', 'The last national admin cannot be erased', { extra: { reason: 'last-admin' } });
  }
  const openCases = await db
    .select({ n: count() })
    .from(cases)
    .where(and(eq(cases.assigneeId, id), inArray(cases.status, [...OPEN_CASE_STATUSES])))
    .get();
  if ((openCases?.n ?? 0) > 0) {
    throw new AppError('CONFLICT', 'Hand this account’s open cases to someone else first', { extra: { reason: 'open-cases', openCases: openCases?.n ?? 0 } });
  }
  const contacts = [account.email, ...(account.phone ? [account.phone, formatPhone(account.phone), formatPhone(account.phone).replaceAll(' ', '')] : [])];
  const personal = AUDIT_PERSONAL_FIELDS.map((f) => sql.raw(`'${f}'`));
  const counterKeys = await Promise.all([account.email, ...(account.phone ? [account.phone] : [])].map(async (k) => `login:acct:${await sha256Hex(k)}`));
  const [, sessionsEnded, , , , shares] = await db.batch([
    db
      .update(users)
      .set({
        name: ERASED_NAME,
        email: erasedEmail(id),
        phone: null,
        unit: null,
        unitId: null,
        passwordHash: UNUSABLE_PASSWORD,
        disabledAt: account.disabledAt ?? now,
        erasedAt: now,
        updatedAt: now,
      })
      .where(and(eq(users.id, id), isNull(users.erasedAt))),
    db.delete(sessions).where(eq(sessions.userId, id)).returning({ tokenHash: sessions.tokenHash }),
    db.delete(apiTokens).where(eq(apiTokens.userId, id)),
    db.delete(accountLinks).where(eq(accountLinks.userId, id)),
    db.delete(memberNotices).where(eq(memberNotices.userId, id)),
    db.update(shareLinks).set({ userId: null, reuseKey: null }).where(eq(shareLinks.userId, id)).returning({ code: shareLinks.code }),
    db
      .update(reports)
      .set({ contact: null })
      .where(or(...contacts.map((c) => sql`lower(trim(${reports.contact})) = ${c.toLowerCase()}`))),
    db
      .update(auditLog)
      .set({
        before: sql`json_remove(${auditLog.before}, ${sql.join(personal, sql`, `)})`,
        after: sql`json_remove(${auditLog.after}, ${sql.join(personal, sql`, `)})`,
      })
      .where(eq(auditLog.target, `user:${id}`)),
    db.delete(rateCounters).where(inArray(rateCounters.key, counterKeys)),
    auditInsert(db, { actorId: actor.id, action: 'user.erase', target: `user:${id}`, after: { erased: true, sessionsAndTokensEnded: true } }, now),
  ]);
  return { id, erasedAt: new Date(now).toISOString(), sessionsEnded: sessionsEnded.length, sharesKept: shares.length };
}
