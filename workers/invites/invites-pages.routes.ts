import { Hono, type Context } from 'hono';
import { isFormError, pageError, type PageError } from '../../web/components/editor/page-error';
import { InvitesPage, type TypedInvite } from '../../web/pages/editor/invites-page';
import { JoinPage, JoinReadyPage, JoinRefusedPage, type JoinTyped } from '../../web/pages/join/join-page';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { formString, type FormBody } from '../editorial/story-form';
import { unitChoices } from '../units/units.queries';
import { inviteProvince } from './invite-scope';
import { joinTarget, openInvite } from './invites.routes';
import { assertUnitInScope, createInvite, inviteState, listInvites, revokeInvite } from './invites.queries';
import { createInviteInput, inviteIdParam, invitesQuery, joinInput } from './invites.schemas';
import { joinThroughInvite, typedIdentifier } from './join';
import { countJoinFrom } from './join-limit';

const pathOf = (c: Context<AppEnv>) => {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
};

async function renderInvites(
  c: Context<AppEnv>,
  extra: { unitId?: number; created?: { url: string; unitPath: string }; typed?: TypedInvite; error?: PageError; done?: 'revoked' } = {},
  status: 200 | 201 | 400 | 403 | 404 | 409 = 200,
) {
  const user = currentUser(c);
  const province = inviteProvince(user);
  const [rows, units] = await Promise.all([listInvites(c.var.db, { province, unitId: extra.unitId }), unitChoices(c.var.db, province)]);
  if (extra.created) c.header('Cache-Control', 'no-store');
  const invites = rows.map((row) => ({ row, state: inviteState(row) }));
  return c.html(InvitesPage({ lang: c.var.lang, user, path: '/editor/invites', invites, units, ...extra }), status);
}

/** The join form's refusal: the form again, the fields named, what was typed kept (never the password). */
function joinFormError(c: Context<AppEnv>, target: ReturnType<typeof joinTarget>, typed: JoinTyped, err: AppError) {
  const common = { lang: c.var.lang, user: c.var.user, path: pathOf(c), target, typed };
  if (err.code === 'RATE_LIMITED') {
    const retryAfter = Math.ceil(err.retryAfter ?? 60);
    return c.html(JoinPage({ ...common, retryAfter }), 429, { 'Retry-After': String(retryAfter) });
  }
  const fields = (err.errors ?? []).map((e) => e.path.split('.')[0] ?? '').map((p) => (p === 'phone' ? 'email' : p));
  return c.html(JoinPage({ ...common, fieldErrors: fields.length ? fields : ['email'] }), 400);
}

async function showJoin(c: Context<AppEnv>) {
  const open = await openInvite(c);
  if ('reason' in open) return c.html(JoinRefusedPage({ lang: c.var.lang, user: c.var.user, path: pathOf(c), reason: open.reason }), open.reason === 'unknown' ? 404 : 410);
  return c.html(JoinPage({ lang: c.var.lang, user: c.var.user, path: pathOf(c), target: joinTarget(open.invite) }));
}

async function join(c: Context<AppEnv>) {
  const open = await openInvite(c);
  const refused = (reason: 'unknown' | 'expired' | 'used_up') =>
    c.html(JoinRefusedPage({ lang: c.var.lang, user: c.var.user, path: pathOf(c), reason }), reason === 'unknown' ? 404 : 410);
  if ('reason' in open) return refused(open.reason);
  const body: FormBody = await c.req.parseBody();
  const typed = { name: formString(body, 'name'), email: formString(body, 'email') };
  const target = joinTarget(open.invite);
  try {
    await countJoinFrom(c.env.HASH_SECRET, c.var.db, c.req.header('cf-connecting-ip') ?? 'unknown');
    const input = parseOrThrow(joinInput, { ...typed, password: formString(body, 'password') });
    const result = await joinThroughInvite(c.var.db, open.invite, input);
    if (result.state === 'refused') return refused(result.reason === 'revoked' ? 'unknown' : result.reason);
    // The same page whether the account was created now or existed already (see join.ts).
    return c.html(JoinReadyPage({ lang: c.var.lang, user: c.var.user, path: pathOf(c), identifier: typedIdentifier(input) }), 200, { 'Cache-Control': 'no-store' });
  } catch (err) {
    if (err instanceof AppError && (err.code === 'VALIDATION_FAILED' || err.code === 'RATE_LIMITED')) return joinFormError(c, target, typed, err);
    throw err;
  }
}

/** /editor/invites (admins and provincial editors) and the public /join/<code> pages. */
export const invitesPageRoutes = new Hono<AppEnv>()
  .get('/editor/invites', requirePage('editor'), validate('query', invitesQuery), async (c) => {
    const { unit, done } = c.req.valid('query');
    if (unit !== undefined) await assertUnitInScope(c.var.db, currentUser(c), unit);
    return renderInvites(c, { unitId: unit, done });
  })
  .post('/editor/invites', requirePage('editor'), async (c) => {
    const body: FormBody = await c.req.parseBody();
    const typed = { unitId: formString(body, 'unitId'), expiresInDays: formString(body, 'expiresInDays'), maxUses: formString(body, 'maxUses') };
    try {
      const created = await createInvite(c.var.db, currentUser(c), parseOrThrow(createInviteInput, typed));
      const url = new URL(created.path, c.req.url).toString();
      return renderInvites(c, { created: { url, unitPath: created.invite.unitPath } }, 201);
    } catch (err) {
      if (!isFormError(err)) throw err;
      return renderInvites(c, { typed, error: pageError(err) }, err.status as 400 | 403 | 404 | 409);
    }
  })
  .post('/editor/invites/:id/revoke', requirePage('editor'), validate('param', inviteIdParam), async (c) => {
    await revokeInvite(c.var.db, currentUser(c), c.req.valid('param').id);
    return c.redirect('/editor/invites?done=revoked', 303);
  })
  .get('/join/:code', showJoin)
  .post('/join/:code', join);
