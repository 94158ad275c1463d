// Joining a unit through an invitation link. Three promises:
// - no account enumeration: an email or phone that already has an account gets exactly
//   the answer a new one gets ("Tài khoản đã sẵn sàng"), after the same PBKDF2 work and the
//   same D1 batch; the existing account is left untouched (its password, unit and province);
// - nobody is signed in by joining: a sign-in right away would succeed for a new account and
//   fail for an existing one, which would tell whoever holds the link that the address is
//   taken. The person signs in through /login like everyone else (its limits, its answers);
// - `uses` never passes `max_uses`: the insert is conditioned on a free use and the count
//   rises in the same batch (D1 runs a batch as one transaction, one at a time), so of two
//   joins racing for the last use exactly one wins. A join with an address that already has
//   an account takes a use too: otherwise whoever holds a link with one use left could tell
//   taken addresses from free ones by whether the link is used up afterwards.
import { eq, sql } from 'drizzle-orm';
import * as v from 'valibot';
import { auditLog, unitInvites, units, users } from '../../schema';
import { emailField } from '../auth/auth.schemas';
import { hashPassword } from '../auth/password';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { isPlaceholderEmail, placeholderEmail } from '../users/identity';
import { normalisePhone } from '../users/phone';
import { findInvite, inviteState, type InviteRow, type InviteState } from './invites.queries';
import type { JoinInput } from './invites.schemas';

/** The identifier a person gave, as stored: a real email (phone null), or a phone with its reserved address. */
export type JoinIdentity = { email: string; phone: string | null };

/**
 * Read the "phone or email" field. Unlike sign-in, a malformed one is a 400 naming the
 * field: it says nothing about which accounts exist, and the person should fix a typo.
 */
export function joinIdentity(raw: string, field: 'email' | 'phone'): JoinIdentity {
  const typed = raw.normalize('NFKC').trim();
  if (typed.includes('@')) {
    const parsed = v.safeParse(emailField, typed);
    if (!parsed.success || isPlaceholderEmail(parsed.output)) throw AppError.field(field, 'Enter a valid email address');
    return { email: parsed.output, phone: null };
  }
  const phone = normalisePhone(typed);
  if (!phone) throw AppError.field(field, 'Enter a Vietnamese phone number (e.g. 0905 123 456) or an email address');
  return { email: placeholderEmail(phone), phone };
}

/** What the person typed, for the "ready" page and its sign-in form. */
export const typedIdentifier = (input: JoinInput) => (input.email ?? input.phone ?? '').trim();

export type JoinResult = { state: 'ready' } | { state: 'refused'; reason: Exclude<InviteState, 'active'> };

/**
 * Join `invite` (found active by the caller) with `input`. Returns `ready` both when an
 * account was created and when the identifier already had one; `refused` only when the link
 * stopped being usable meanwhile (used up by another join, revoked, expired).
 */
export async function joinThroughInvite(db: Db, invite: InviteRow, input: JoinInput, now = Date.now()): Promise<JoinResult> {
  const who = input.email !== undefined ? joinIdentity(input.email, 'email') : joinIdentity(input.phone ?? '', 'phone');
  // Paid in both branches: hashing is most of the work, so time does not tell them apart.
  const passwordHash = await hashPassword(input.password);
  const id = crypto.randomUUID();
  const taken = who.phone
    ? sql`exists (select 1 from ${users} where ${users.email} = ${who.email} or ${users.phone} = ${who.phone})`
    : sql`exists (select 1 from ${users} where ${users.email} = ${who.email})`;
  const usable = sql`${unitInvites.revokedAt} is null and ${unitInvites.uses} < ${unitInvites.maxUses} and ${unitInvites.expiresAt} > ${now} and ${units.deactivatedAt} is null`;
  const audit = JSON.stringify({ inviteId: invite.id, unitId: invite.unitId, via: who.phone ? 'phone' : 'email' });
  const [, counted] = await db.batch([
    // A member of the invitation's unit, in the unit's province, only if the link still has a use and
    // nobody has this email or phone. Drizzle's INSERT … SELECT lists every column of `users`, in order.
    db.insert(users).select(
      db
        .select({
          id: sql<string>`${id}`.as('id'),
          email: sql<string>`${who.email}`.as('email'),
          name: sql<string>`${input.name}`.as('name'),
          passwordHash: sql<string>`${passwordHash}`.as('password_hash'),
          role: sql<'member'>`'member'`.as('role'),
          provinceCode: units.provinceCode,
          unit: units.path,
          unitId: units.id,
          phone: sql<string | null>`${who.phone}`.as('phone'),
          disabledAt: sql<null>`null`.as('disabled_at'),
          deletionRequestedAt: sql<null>`null`.as('deletion_requested_at'),
          erasedAt: sql<null>`null`.as('erased_at'),
          createdAt: sql<number>`${now}`.as('created_at'),
          updatedAt: sql<number>`${now}`.as('updated_at'),
        })
        .from(unitInvites)
        .innerJoin(units, eq(units.id, unitInvites.unitId))
        .where(sql`${unitInvites.id} = ${invite.id} and ${usable} and not ${taken}`),
    ),
    // Every accepted join takes a use (created or not, see the top), never past max_uses: after the insert,
    // so the insert still saw the use free.
    db
      .update(unitInvites)
      .set({ uses: sql`${unitInvites.uses} + 1` })
      .where(
        sql`${unitInvites.id} = ${invite.id} and ${unitInvites.revokedAt} is null and ${unitInvites.uses} < ${unitInvites.maxUses} and ${unitInvites.expiresAt} > ${now}
            and exists (select 1 from ${units} where ${units.id} = ${unitInvites.unitId} and ${units.deactivatedAt} is null)`,
      )
      .returning({ uses: unitInvites.uses }),
    db.insert(auditLog).select(
      db
        .select({
          id: sql<number>`null`.as('id'),
          actorId: sql<string>`${id}`.as('actor_id'),
          action: sql<string>`'user.join'`.as('action'),
          target: sql<string>`${`user:${id}`}`.as('target'),
          before: sql<null>`null`.as('before'),
          after: sql<string>`${audit}`.as('after'),
          createdAt: sql<number>`${now}`.as('created_at'),
        })
        .from(users)
        .where(eq(users.id, id)),
    ),
  ]);
  if (counted.length === 1) return { state: 'ready' };
  // No use left to take: the link ran out, expired or was revoked meanwhile.
  const now_ = await findInvite(db, invite.id);
  const state = now_ ? inviteState(now_, now) : 'revoked';
  return { state: 'refused', reason: state === 'active' ? 'used_up' : state };
}
