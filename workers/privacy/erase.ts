// Erasing an account once an admin confirms the member's request. The `users` row
// stays (stories, revisions, case notes and the audit log point at it, and history
// keeps its shape) but everything that names or reaches the person goes, in ONE D1
// batch, so there is never a half-erased account:
// - the row: name "Tài khoản đã xoá", a reserved undeliverable address
//   (`erased-<id>@erased.invalid`), no phone, no unit, a password nothing matches,
//   disabled, `erased_at` set;
// - sessions, API tokens, one-time links, correction notices and push subscriptions (with their
//   delivery records, by cascade): deleted;
// - tracked links: no longer tied to the person (`user_id` and the reuse key, which
//   holds the id, set NULL); their province and unit snapshots and clicks stay, and
//   `share_stats_daily` (anonymous counts) is not touched, so every figure stays;
// - reports whose contact is exactly the person's email or phone: contact blanked; reports made
//   while signed in: no longer tied to the person (`user_id` set NULL);
// - audit entries about the account: the email, name, unit and phone they carried removed;
// - the sign-in counters keyed by the person's email and by their phone (a phone sign-in
//   counts under the number, workers/auth/sign-in-identifier.ts): deleted.
// Rules: only a pending request is confirmed (nobody is erased on an admin's own
// initiative); nobody confirms their own (another admin does, so the last national
// admin can never erase themselves); an editor or admin still assigned to open cases
// is refused until those cases are handed on (work in flight would otherwise lose its owner).
import { and, count, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { accountLinks, apiTokens, auditLog, cases, lessonAttempts, lessonCompletions, memberNotices, pushSubscriptions, rateCounters, reports, sessions, shareLinks, users } from '../../schema';
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
  // Every write after the first is conditioned on the first having erased the row in this very batch
  // (`erased_at` = now), so a request withdrawn, or another admin confirming, between the checks above and
  // this batch leaves nothing half done (D1 runs a batch as one transaction).
  const erasedHere = sql`exists (select 1 from ${users} where ${users.id} = ${id} and ${users.erasedAt} = ${now})`;
  const [erased, sessionsEnded, , , , shares] = await db.batch([
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
      .where(and(eq(users.id, id), isNull(users.erasedAt), isNotNull(users.deletionRequestedAt)))
      .returning({ id: users.id }),
    db.delete(sessions).where(and(eq(sessions.userId, id), erasedHere)).returning({ tokenHash: sessions.tokenHash }),
    db.delete(apiTokens).where(and(eq(apiTokens.userId, id), erasedHere)),
    db.delete(accountLinks).where(and(eq(accountLinks.userId, id), erasedHere)),
    db.delete(memberNotices).where(and(eq(memberNotices.userId, id), erasedHere)),
    db.update(shareLinks).set({ userId: null, reuseKey: null }).where(and(eq(shareLinks.userId, id), erasedHere)).returning({ code: shareLinks.code }),
    db
      .update(reports)
      .set({ contact: null })
      .where(and(or(...contacts.map((c) => sql`lower(trim(${reports.contact})) = ${c.toLowerCase()}`)), erasedHere)),
    db
      .update(auditLog)
      .set({
        before: sql`json_remove(${auditLog.before}, ${sql.join(personal, sql`, `)})`,
        after: sql`json_remove(${auditLog.after}, ${sql.join(personal, sql`, `)})`,
      })
      .where(and(eq(auditLog.target, `user:${id}`), erasedHere)),
    db.delete(rateCounters).where(and(inArray(rateCounters.key, counterKeys), erasedHere)),
    db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, id), erasedHere)),
    // Reports made while signed in (kept for the "my report got its verdict" push): no longer theirs.
    db.update(reports).set({ userId: null }).where(and(eq(reports.userId, id), erasedHere)),
    // Quiz attempts and completions (/hoc) are personal: gone (the unit's figures count current members only).
    db.delete(lessonAttempts).where(and(eq(lessonAttempts.userId, id), erasedHere)),
    db.delete(lessonCompletions).where(and(eq(lessonCompletions.userId, id), erasedHere)),
    // The audit entry of the erasure, written only when this batch erased the row (an INSERT … SELECT … WHERE).
    db.insert(auditLog).select(
      db
        .select({
          id: sql<number>`null`.as('id'),
          actorId: sql<string>`${actor.id}`.as('actor_id'),
          action: sql<string>`${'user.erase'}`.as('action'),
          target: sql<string>`${`user:${id}`}`.as('target'),
          before: sql<null>`null`.as('before'),
          after: sql<string>`${JSON.stringify({ erased: true, sessionsAndTokensEnded: true })}`.as('after'),
          createdAt: sql<number>`${now}`.as('created_at'),
        })
        .from(users)
        .where(and(eq(users.id, id), erasedHere)),
    ),
  ]);
  if (erased.length === 0) {
    throw new AppError('CONFLICT', 'This account has not asked to be erased, or was erased meanwhile', { extra: { reason: 'no-request' } });
  }
  return { id, erasedAt: new Date(now).toISOString(), sessionsEnded: sessionsEnded.length, sharesKept: shares.length };
}
