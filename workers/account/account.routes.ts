import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { changePasswordInput, changePhoneInput, sessionIdParam } from './account.schemas';
import { changeOwnPhone } from './phone-change';
import { clientIp, currentSessionHash } from './current-session';
import { changeOwnPassword } from './password-change';
import { endOtherSessions, endOwnSession, listOwnSessions } from './sessions';
import { describeUserAgent } from './user-agent';

/** The caller's own account (JSON): sessions and password. Any signed-in role. */
export const accountRoutes = new Hono<AppEnv>()
  .get('/api/me/sessions', requireRole('member'), async (c) => {
    const list = await listOwnSessions(c.var.db, currentUser(c).id, await currentSessionHash(c));
    return c.json({
      sessions: list.map((s) => ({
        id: s.id,
        current: s.current,
        device: describeUserAgent(s.userAgent),
        createdAt: isoTime(s.createdAt),
        lastSeenAt: isoTime(s.lastSeenAt),
      })),
    });
  })
  .delete('/api/me/sessions/:id', requireRole('member'), validate('param', sessionIdParam), async (c) => {
    await endOwnSession(c.var.db, currentUser(c), c.req.valid('param').id, await currentSessionHash(c));
    return c.body(null, 204);
  })
  .delete('/api/me/sessions', requireRole('member'), async (c) => {
    const ended = await endOtherSessions(c.var.db, currentUser(c), await currentSessionHash(c));
    return c.json({ ended });
  })
  .put('/api/me/phone', requireRole('member'), validate('json', changePhoneInput), async (c) => {
    const phone = await changeOwnPhone(c.var.db, currentUser(c), c.req.valid('json').phone ?? null);
    return c.json({ phone });
  })
  .post('/api/me/password', requireRole('member'), validate('json', changePasswordInput), async (c) => {
    const ended = await changeOwnPassword(c.var.db, currentUser(c), c.req.valid('json'), {
      hashSecret: c.env.HASH_SECRET,
      ip: clientIp(c),
      currentSessionHash: await currentSessionHash(c),
    });
    return c.json({ passwordChanged: true, otherSessionsEnded: ended });
  });
