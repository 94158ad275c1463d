// One-time account links: a random token in the URL, only its SHA-256 in
// `account_links`. `reset` links (an admin's password reset) last 24 hours;
// the table also carries `invite` links (a new account's first password, 7 days)
// for the bulk invitations to come. A new link of a purpose voids the account's
// earlier ones of that purpose; using a link ends every session and API token of
// the account, like an admin's password reset does.
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { accountLinks, apiTokens, auditLog, sessions, users, type AccountLinkPurpose } from '../../schema';
import { auditInsert } from '../audit/audit.queries';
import { hashPassword } from '../auth/password';
import { randomToken, sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { findManagedAccount } from '../users/users.queries';
import { shownIdentity } from '../users/shown-identity';

export const LINK_TTL_MS: Record<AccountLinkPurpose, number> = {
  reset: 24 * 60 * 60 * 1000,
  invite: 7 * 24 * 60 * 60 * 1000,
};

/** The page a link opens (Vietnamese path; /set-password/… is its English alias). */
export const RESET_PATH = '/dat-mat-khau';

export type IssuedLink = { token: string; email: string; expiresAt: number };

/**
 * Issue a reset link for `userId`, voiding any earlier unused one. The token is
 * returned once, for the admin's page; the audit entry names the link's id only.
 */
export async function issueResetLink(db: Db, actor: SessionUser, userId: string, now = Date.now()): Promise<IssuedLink> {
  // 404 for no such account, 403 for one outside a provincial admin's province.
  const account = await findManagedAccount(db, actor, userId);
  if (account.disabledAt !== null) {
    throw new AppError('CONFLICT', 'The account is disabled; enable it before issuing a reset link', { extra: { reason: 'disabled' } });
  }
  const id = crypto.randomUUID();
  const token = randomToken(32);
  const expiresAt = now + LINK_TTL_MS.reset;
  const open = and(eq(accountLinks.userId, userId), eq(accountLinks.purpose, 'reset'), isNull(accountLinks.usedAt), isNull(accountLinks.voidedAt));
  const earlier = await db.select({ id: accountLinks.id }).from(accountLinks).where(open);
  await db.batch([
    db.update(accountLinks).set({ voidedAt: now }).where(open),
    db.insert(accountLinks).values({ id, purpose: 'reset', tokenHash: await sha256Hex(token), userId, createdBy: actor.id, createdAt: now, expiresAt }),
    auditInsert(db, { actorId: actor.id, action: 'user.reset_link', target: `user:${userId}`, after: { linkId: id, expiresAt, earlierLinksVoided: earlier.length } }, now),
  ]);
  return { token, email: shownIdentity(account), expiresAt };
}

export type LinkState =
  | { state: 'valid'; linkId: string; userId: string; email: string; expiresAt: number; purpose: AccountLinkPurpose; name: string; phone: string | null }
  | { state: 'expired' | 'used' | 'voided' | 'unknown' };

/** What a link's token opens, for the page that shows it (`purposes`: the kinds of link that page accepts). */
export async function lookUpLink(db: Db, token: string, purposes: AccountLinkPurpose | readonly AccountLinkPurpose[], now = Date.now()): Promise<LinkState> {
  const accepted = typeof purposes === 'string' ? [purposes] : [...purposes];
  const row = await db
    .select({
      id: accountLinks.id,
      purpose: accountLinks.purpose,
      userId: accountLinks.userId,
      usedAt: accountLinks.usedAt,
      voidedAt: accountLinks.voidedAt,
      expiresAt: accountLinks.expiresAt,
      email: users.email,
      name: users.name,
      phone: users.phone,
      disabledAt: users.disabledAt,
    })
    .from(accountLinks)
    .innerJoin(users, eq(users.id, accountLinks.userId))
    .where(and(eq(accountLinks.tokenHash, await sha256Hex(token)), inArray(accountLinks.purpose, accepted)))
    .get();
  if (!row || row.disabledAt !== null) return { state: 'unknown' };
  if (row.usedAt !== null) return { state: 'used' };
  if (row.voidedAt !== null) return { state: 'voided' };
  if (row.expiresAt <= now) return { state: 'expired' };
  return { state: 'valid', linkId: row.id, userId: row.userId, email: row.email, expiresAt: row.expiresAt, purpose: row.purpose, name: row.name, phone: row.phone };
}

/**
 * Set the password through a valid reset link. One D1 batch: every write is
 * conditioned on the link still being usable and the link is marked used last,
 * so of two uses racing, exactly one sets the password (D1 runs batches one at a
 * time). `link` is what lookUpLink found for the request (not looked up again);
 * returns false when the link was used, voided or expired meanwhile.
 */
export async function useResetLink(db: Db, link: Extract<LinkState, { state: 'valid' }>, password: string, now = Date.now()): Promise<boolean> {
  const usable = sql`exists (select 1 from ${accountLinks} where ${accountLinks.id} = ${link.linkId} and ${accountLinks.usedAt} is null and ${accountLinks.voidedAt} is null and ${accountLinks.expiresAt} > ${now})`;
  const passwordHash = await hashPassword(password);
  const audit = JSON.stringify(
    link.purpose === 'invite' ? { passwordChanged: true, viaInviteLink: link.linkId } : { passwordChanged: true, viaResetLink: link.linkId, sessionsAndTokensEnded: true },
  );
  const [, , , , claimed] = await db.batch([
    db.update(users).set({ passwordHash, updatedAt: now }).where(and(eq(users.id, link.userId), usable)),
    db.delete(sessions).where(and(eq(sessions.userId, link.userId), usable)),
    db.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.userId, link.userId), isNull(apiTokens.revokedAt), usable)),
    // The audit entry, written only when the link is still usable (an INSERT … SELECT … WHERE).
    db.insert(auditLog).select(
      db
        .select({
          id: sql<number>`null`.as('id'),
          actorId: sql<string>`${link.userId}`.as('actor_id'),
          action: sql<string>`${link.purpose === 'invite' ? 'user.invite_accepted' : 'user.password_reset'}`.as('action'),
          target: sql<string>`${`user:${link.userId}`}`.as('target'),
          before: sql<null>`null`.as('before'),
          after: sql<string>`${audit}`.as('after'),
          createdAt: sql<number>`${now}`.as('created_at'),
        })
        .from(accountLinks)
        .where(and(eq(accountLinks.id, link.linkId), usable)),
    ),
    db
      .update(accountLinks)
      .set({ usedAt: now })
      .where(and(eq(accountLinks.id, link.linkId), isNull(accountLinks.usedAt), isNull(accountLinks.voidedAt), gt(accountLinks.expiresAt, now)))
      .returning({ id: accountLinks.id }),
  ]);
  return claimed.length === 1;
}
