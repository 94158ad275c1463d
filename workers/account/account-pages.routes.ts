import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { isFormError, pageError, type PageError } from '../../web/components/editor/page-error';
import { AccountPage, type AccountPageProps } from '../../web/pages/account/account-page';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { formString, type FormBody } from '../editorial/story-form';
import { deletionRequestedAt } from '../privacy/deletion-request';
import { changePasswordInput, changePhoneInput, sessionIdParam } from './account.schemas';
import { changeOwnPhone } from './phone-change';
import { clientIp, currentSessionHash } from './current-session';
import { changeOwnPassword } from './password-change';
import { endOtherSessions, endOwnSession, listOwnSessions } from './sessions';

export async function renderAccount(c: Context<AppEnv>, extra: { error?: PageError; done?: AccountPageProps['done']; typedPhone?: string } = {}, status: 200 | 400 | 404 | 409 | 429 = 200) {
  const user = currentUser(c);
  const [sessions, deletionAt] = await Promise.all([listOwnSessions(c.var.db, user.id, await currentSessionHash(c)), deletionRequestedAt(c.var.db, user.id)]);
  return c.html(AccountPage({ lang: c.var.lang, user, sessions, deletionRequestedAt: deletionAt, ...extra }), status);
}

/** A refused form action re-renders the page with the message (never the typed passwords). */
export async function orExplain(c: Context<AppEnv>, action: () => Promise<Response>, typedPhone?: string) {
  try {
    return await action();
  } catch (err) {
    if (!isFormError(err)) throw err;
    if (err.retryAfter) c.header('Retry-After', String(Math.ceil(err.retryAfter)));
    return renderAccount(c, { error: pageError(err), typedPhone }, err.status as 400 | 404 | 409 | 429);
  }
}

const doneQuery = v.object({ done: v.optional(v.picklist(['password', 'ended', 'others', 'deletion', 'withdrawn', 'phone'], 'Unknown notice')) });

/** /account in HTML: the same rules as /api/me/…, for every signed-in person. */
export const accountPageRoutes = new Hono<AppEnv>()
  .get('/account', requirePage('member'), validate('query', doneQuery), (c) => renderAccount(c, { done: c.req.valid('query').done }))
  .post('/account/password', requirePage('member'), async (c) => {
    const body: FormBody = await c.req.parseBody();
    return orExplain(c, async () => {
      const input = parseOrThrow(changePasswordInput, { currentPassword: formString(body, 'currentPassword'), newPassword: formString(body, 'newPassword') });
      await changeOwnPassword(c.var.db, currentUser(c), input, { hashSecret: c.env.HASH_SECRET, ip: clientIp(c), currentSessionHash: await currentSessionHash(c) });
      return c.redirect('/account?done=password', 303);
    });
  })
  .post('/account/phone', requirePage('member'), async (c) => {
    const body: FormBody = await c.req.parseBody();
    return orExplain(c, async () => {
      const { phone } = parseOrThrow(changePhoneInput, { phone: formString(body, 'phone') });
      await changeOwnPhone(c.var.db, currentUser(c), phone ?? null);
      return c.redirect('/account?done=phone', 303);
    }, formString(body, 'phone'));
  })
  .post('/account/sessions/end-others', requirePage('member'), async (c) =>
    orExplain(c, async () => {
      await endOtherSessions(c.var.db, currentUser(c), await currentSessionHash(c));
      return c.redirect('/account?done=others', 303);
    }),
  )
  .post('/account/sessions/:id/end', requirePage('member'), validate('param', sessionIdParam), async (c) =>
    orExplain(c, async () => {
      await endOwnSession(c.var.db, currentUser(c), c.req.valid('param').id, await currentSessionHash(c));
      return c.redirect('/account?done=ended', 303);
    }),
  );
