import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { isFormError, pageError, type PageError } from '../../web/components/editor/page-error';
import { UsersPage, type ResetLinkShown, type TypedAccount } from '../../web/pages/editor/users-page';
import { issueResetLink, RESET_PATH } from '../account/account-links';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { ownProvince } from '../auth/province-scope';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { listProvinces } from '../editorial/reference';
import { formString, type FormBody } from '../editorial/story-form';
import { eraseAccount } from '../privacy/erase';
import { unitChoices } from '../units/units.queries';
import { isNationalAdmin } from './account-scope';
import { createAccount, issueToken, revokeSessions, revokeToken, updateAccount } from './accounts';
import { findManagedAccount, listAccounts, listTokens } from './users.queries';
import { shownIdentity } from './shown-identity';
import { createUserInput, issueTokenInput, patchUserInput, tokenId, userId } from './users.schemas';

async function renderUsers(
  c: Context<AppEnv>,
  extra: { error?: PageError; done?: string; issued?: { email: string; token: string }; resetLink?: ResetLinkShown; typed?: TypedAccount } = {},
  status: 200 | 201 | 400 | 403 | 404 | 409 | 422 = 200,
) {
  const db = c.var.db;
  const user = currentUser(c);
  // A provincial admin sees their province's accounts, and only it to choose from.
  const own = ownProvince(user);
  // Inactive units too: an account still in one must see it chosen (the picker offers only active ones otherwise).
  const [accounts, allProvinces, units] = await Promise.all([listAccounts(db, { province: own }), listProvinces(db), unitChoices(db, own, { includeInactive: true })]);
  const provinces = own === null ? allProvinces : allProvinces.filter((p) => p.code === own);
  // One small query per account: this page lists at most a few hundred accounts. Tokens are national admins' work.
  const national = isNationalAdmin(user);
  const tokens = national ? Object.fromEntries(await Promise.all(accounts.map(async (a) => [a.id, await listTokens(db, a.id)] as const))) : {};
  if (extra.issued || extra.resetLink) c.header('Cache-Control', 'no-store');
  return c.html(UsersPage({ lang: c.var.lang, user, accounts, tokens, provinces, units, scopedTo: own, ...extra }), status);
}

/** A refused form re-renders the page with the message and, when given, what was typed (never a password). */
async function orExplain(c: Context<AppEnv>, action: () => Promise<Response>, typed?: TypedAccount) {
  try {
    return await action();
  } catch (err) {
    if (!isFormError(err)) throw err;
    return renderUsers(c, { error: pageError(err), typed }, err.status as 400 | 403 | 404 | 409 | 422);
  }
}

/** What was typed into a create or update form, to put back after an error. */
function typedFields(body: FormBody, target: TypedAccount['target']): TypedAccount {
  return {
    target,
    email: formString(body, 'email'),
    name: formString(body, 'name'),
    role: formString(body, 'role'),
    provinceCode: formString(body, 'provinceCode'),
    unitId: formString(body, 'unitId'),
    phone: formString(body, 'phone'),
    disabled: formString(body, 'disabled') === 'yes',
  };
}

/**
 * The unit picker's value: '' is "no unit", `keep` leaves an account's old free-text unit as it is
 * (it names no unit row yet), digits are a unit id; anything else is passed on for the schema to refuse.
 */
function formUnitId(body: FormBody): number | null | undefined | string {
  const value = formString(body, 'unitId');
  if (value === '') return null;
  if (value === 'keep') return undefined;
  return /^[0-9]{1,10}$/.test(value) ? Number(value) : value;
}

/** Optional form text: an empty field means "leave as is". */
const optional = (body: FormBody, key: string) => (formString(body, key) === '' ? undefined : formString(body, key));

/** /editor/users in HTML: the same account rules as the JSON API, for admins. */
export const usersPageRoutes = new Hono<AppEnv>()
  .get('/editor/users', requirePage('admin'), validate('query', v.object({ done: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,20}$/))) })), (c) =>
    renderUsers(c, { done: c.req.valid('query').done }),
  )
  .post('/editor/users', requirePage('admin'), async (c) => {
    const body: FormBody = await c.req.parseBody();
    return orExplain(c, async () => {
      const input = parseOrThrow(createUserInput, {
        email: formString(body, 'email'),
        phone: formString(body, 'phone'),
        name: formString(body, 'name'),
        password: formString(body, 'password'),
        role: formString(body, 'role') || undefined,
        provinceCode: formString(body, 'provinceCode'),
        unitId: formUnitId(body),
      });
      await createAccount(c.var.db, currentUser(c), input);
      return c.redirect('/editor/users?done=created', 303);
    }, typedFields(body, 'new'));
  })
  .post('/editor/users/:id', requirePage('admin'), validate('param', userId), async (c) => {
    const id = c.req.valid('param').id;
    const body: FormBody = await c.req.parseBody();
    return orExplain(c, async () => {
      const self = id === currentUser(c).id;
      const input = parseOrThrow(patchUserInput, {
        name: optional(body, 'name'),
        role: optional(body, 'role'),
        provinceCode: formString(body, 'provinceCode'),
        unitId: formUnitId(body),
        phone: formString(body, 'phone'),
        password: optional(body, 'password'),
        // Your own card has no "disabled" box; elsewhere an unticked box means enabled.
        disabled: self ? undefined : formString(body, 'disabled') === 'yes',
      });
      await updateAccount(c.var.db, currentUser(c), id, input);
      return c.redirect('/editor/users?done=updated', 303);
    }, typedFields(body, id));
  })
  .post('/editor/users/:id/tokens', requirePage('admin'), validate('param', userId), async (c) => {
    const id = c.req.valid('param').id;
    const body: FormBody = await c.req.parseBody();
    return orExplain(c, async () => {
      const days = formString(body, 'expiresInDays');
      const input = parseOrThrow(issueTokenInput, { label: formString(body, 'label'), expiresInDays: days === '' ? undefined : Number(days) });
      const issued = await issueToken(c.var.db, currentUser(c), id, input);
      const owner = await findManagedAccount(c.var.db, currentUser(c), id);
      // Rendered, not redirected: the token must not end up in a URL or history.
      return renderUsers(c, { issued: { email: owner ? shownIdentity(owner) : id, token: issued.token } }, 201);
    });
  })
  .post('/editor/users/:id/reset-link', requirePage('admin'), validate('param', userId), async (c) => {
    const id = c.req.valid('param').id;
    return orExplain(c, async () => {
      const link = await issueResetLink(c.var.db, currentUser(c), id);
      const url = `${new URL(c.req.url).origin}${RESET_PATH}/${link.token}`;
      // Rendered, not redirected, and never stored: this page is the only place the link appears.
      return renderUsers(c, { resetLink: { email: link.email, url, expiresAt: link.expiresAt } }, 201);
    });
  })
  .post('/editor/users/:id/sessions/revoke', requirePage('admin'), validate('param', userId), async (c) => {
    const id = c.req.valid('param').id;
    return orExplain(c, async () => {
      await revokeSessions(c.var.db, currentUser(c), id);
      return c.redirect('/editor/users?done=signedout', 303);
    });
  })
  .post('/editor/users/:id/erase', requirePage('admin'), validate('param', userId), async (c) => {
    const id = c.req.valid('param').id;
    return orExplain(c, async () => {
      await eraseAccount(c.var.db, currentUser(c), id);
      return c.redirect('/editor/users?done=erased', 303);
    });
  })
  .post('/editor/tokens/:id/revoke', requirePage('admin'), validate('param', tokenId), async (c) => {
    const id = c.req.valid('param').id;
    return orExplain(c, async () => {
      await revokeToken(c.var.db, currentUser(c), id);
      return c.redirect('/editor/users?done=revoked', 303);
    });
  });
