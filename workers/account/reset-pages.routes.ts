import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { isFormError, pageError } from '../../web/components/editor/page-error';
import { BadLinkPage, SetPasswordPage } from '../../web/pages/account/set-password-page';
import type { AppEnv } from '../core/types';
import { parseOrThrow } from '../core/validate';
import { formString, type FormBody } from '../editorial/story-form';
import { shownIdentity } from '../users/shown-identity';
import { lookUpLink, RESET_PATH, useResetLink, type LinkState } from './account-links';
import { linkTokenParam, setPasswordInput } from './account.schemas';

/** An admin's reset link and an import's invite link open the same page; the invite greets a new member. */
const LINK_PURPOSES = ['reset', 'invite'] as const;

/** The English alias of RESET_PATH: same page, same rules. */
export const RESET_PATH_EN = '/set-password';

/** A link that cannot be used: 404 when there is no such link, 410 when it is spent or expired. */
function badLink(c: Context<AppEnv>, path: string, reason: Exclude<LinkState['state'], 'valid'>) {
  return c.html(BadLinkPage({ lang: c.var.lang, user: c.var.user, path, reason }), reason === 'unknown' ? 404 : 410);
}

/** The token from the URL, or null when it cannot be one (then the link is "unknown", not a 400). */
function tokenOf(c: Context<AppEnv>): string | null {
  const params = { token: c.req.param('token') };
  return v.is(linkTokenParam, params) ? params.token : null;
}

/** What the page shows of a link's account: its sign-in name (never a phone-only account's placeholder address). */
function linkShown(link: Extract<LinkState, { state: 'valid' }>) {
  return { email: shownIdentity(link), expiresAt: link.expiresAt, invite: link.purpose === 'invite' ? { name: link.name } : undefined };
}

const pathOf = (c: Context<AppEnv>) => {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
};

async function showForm(c: Context<AppEnv>) {
  const token = tokenOf(c);
  const link = token ? await lookUpLink(c.var.db, token, LINK_PURPOSES) : ({ state: 'unknown' } as const);
  if (link.state !== 'valid') return badLink(c, pathOf(c), link.state);
  return c.html(SetPasswordPage({ lang: c.var.lang, user: c.var.user, path: pathOf(c), ...linkShown(link) }));
}

async function setPassword(c: Context<AppEnv>) {
  const token = tokenOf(c);
  const link = token ? await lookUpLink(c.var.db, token, LINK_PURPOSES) : ({ state: 'unknown' } as const);
  if (!token || link.state !== 'valid') return badLink(c, pathOf(c), link.state === 'valid' ? 'unknown' : link.state);
  const body: FormBody = await c.req.parseBody();
  try {
    const { password } = parseOrThrow(setPasswordInput, { password: formString(body, 'password') });
    // Lost a race with another use of the same link: it is spent now.
    if (!(await useResetLink(c.var.db, link, password))) return badLink(c, pathOf(c), 'used');
  } catch (err) {
    if (!isFormError(err)) throw err;
    return c.html(
      SetPasswordPage({ lang: c.var.lang, user: c.var.user, path: pathOf(c), ...linkShown(link), error: pageError(err) }),
      400,
    );
  }
  // The person signs in with the new password: proof they have it, and no session is made from a link.
  return c.redirect(link.purpose === 'invite' ? '/login?done=invite&next=%2F' : '/login?done=reset&next=%2Faccount', 303);
}

/** /dat-mat-khau/<token> (and /set-password/<token>): a one-time reset link's page. Nobody needs to be signed in. */
export const resetPageRoutes = new Hono<AppEnv>()
  .get(`${RESET_PATH}/:token`, showForm)
  .post(`${RESET_PATH}/:token`, setPassword)
  .get(`${RESET_PATH_EN}/:token`, showForm)
  .post(`${RESET_PATH_EN}/:token`, setPassword);
