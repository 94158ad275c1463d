import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { currentUser, requireRole } from '../auth/middleware';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { provinceOf } from '../geo/reference';
import { inviteProvince } from './invite-scope';
import { assertUnitInScope, createInvite, inviteByCode, inviteJson, inviteState, listInvites, revokeInvite, type InviteRow } from './invites.queries';
import { createInviteInput, inviteIdParam, invitesQuery, JOIN_CODE, joinInput } from './invites.schemas';
import { joinThroughInvite, typedIdentifier } from './join';
import { countJoinFrom } from './join-limit';

/** The invitation behind `/…/join/:code` if it can be joined now, else the reason it cannot. */
export async function openInvite(c: Context<AppEnv>): Promise<{ invite: InviteRow } | { reason: 'unknown' | 'expired' | 'used_up' }> {
  const code = c.req.param('code') ?? '';
  const invite = JOIN_CODE.test(code) ? await inviteByCode(c.var.db, code) : null;
  const state = invite ? inviteState(invite) : 'revoked';
  // A revoked link reads exactly like one that never existed.
  if (!invite || state === 'revoked') return { reason: 'unknown' };
  if (state !== 'active') return { reason: state };
  return { invite };
}

/** A link that cannot be joined, as a problem: 404 unknown or revoked, 410 used up or expired. */
function refusedProblem(reason: 'unknown' | 'expired' | 'used_up'): AppError {
  if (reason === 'unknown') return new AppError('NOT_FOUND', 'No invitation at this link');
  return new AppError('GONE', reason === 'expired' ? 'This invitation has expired' : 'This invitation has been used up', { extra: { reason } });
}

/** What a link joins, and nothing else: the unit's path and its province. */
export const joinTarget = (invite: InviteRow) => ({ unit: { path: invite.unitPath }, province: provinceOf(invite.provinceCode) });

/** Invitations (JSON): admins and provincial editors manage them; anyone with a live link may join. */
export const invitesRoutes = new Hono<AppEnv>()
  .get('/api/invites', requireRole('editor'), validate('query', v.omit(invitesQuery, ['done'])), async (c) => {
    const province = inviteProvince(currentUser(c));
    const { unit } = c.req.valid('query');
    if (unit !== undefined) await assertUnitInScope(c.var.db, currentUser(c), unit);
    const rows = await listInvites(c.var.db, { province, unitId: unit });
    return c.json({ invites: rows.map((row) => inviteJson(row)) });
  })
  .post('/api/invites', requireRole('editor'), validate('json', createInviteInput), async (c) => {
    const created = await createInvite(c.var.db, currentUser(c), c.req.valid('json'));
    // Shown once: only the code's hash is kept.
    c.header('Cache-Control', 'no-store');
    return c.json({ invite: inviteJson(created.invite), link: new URL(created.path, c.req.url).toString() }, 201);
  })
  .delete('/api/invites/:id', requireRole('editor'), validate('param', inviteIdParam), async (c) => {
    await revokeInvite(c.var.db, currentUser(c), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get('/api/join/:code', async (c) => {
    const open = await openInvite(c);
    if ('reason' in open) throw refusedProblem(open.reason);
    return c.json(joinTarget(open.invite));
  })
  .post('/api/join/:code', async (c) => {
    const open = await openInvite(c);
    if ('reason' in open) throw refusedProblem(open.reason);
    await countJoinFrom(c.env.HASH_SECRET, c.var.db, c.req.header('cf-connecting-ip') ?? 'unknown');
    const raw: unknown = await c.req.json().catch(() => {
      throw AppError.field('body', 'The request body must be JSON');
    });
    // After the rate limit (so parseOrThrow rather than validate()): bad bodies count as attempts.
    const input = parseOrThrow(joinInput, raw);
    const result = await joinThroughInvite(c.var.db, open.invite, input);
    if (result.state === 'refused') throw refusedProblem(result.reason === 'revoked' ? 'unknown' : result.reason);
    // The same answer whether the account was created now or existed already (see join.ts).
    return c.json({ state: 'ready', signIn: '/login', identifier: typedIdentifier(input) }, 202);
  });
