import { Hono } from 'hono';
import { orExplain } from '../account/account-pages.routes';
import { clientIp } from '../account/current-session';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import type { AppEnv } from '../core/types';
import { parseOrThrow } from '../core/validate';
import { formString, type FormBody } from '../editorial/story-form';
import { requestDeletion, withdrawDeletion } from './deletion-request';
import { deletionRequestInput } from './privacy.schemas';

/** /account's deletion request and its withdrawal, as forms (the same rules as /api/me/deletion). */
export const privacyPageRoutes = new Hono<AppEnv>()
  .post('/account/deletion', requirePage('member'), async (c) => {
    const body: FormBody = await c.req.parseBody();
    return orExplain(c, async () => {
      const input = parseOrThrow(deletionRequestInput, { password: formString(body, 'password') });
      await requestDeletion(c.var.db, currentUser(c), input, { hashSecret: c.env.HASH_SECRET, ip: clientIp(c) });
      return c.redirect('/account?done=deletion', 303);
    });
  })
  .post('/account/deletion/withdraw', requirePage('member'), async (c) =>
    orExplain(c, async () => {
      await withdrawDeletion(c.var.db, currentUser(c));
      return c.redirect('/account?done=withdrawn', 303);
    }),
  );
