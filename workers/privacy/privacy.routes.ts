import { Hono } from 'hono';
import { clientIp, currentSessionHash } from '../account/current-session';
import { currentUser, requireRole } from '../auth/middleware';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { userId } from '../users/users.schemas';
import { requestDeletion, withdrawDeletion } from './deletion-request';
import { eraseAccount } from './erase';
import { exportFileName, personalDataExport } from './export';
import { deletionRequestInput } from './privacy.schemas';

/**
 * Personal data (JSON): one's own export and deletion request (any signed-in role),
 * and the erasure an admin who manages the account confirms (province-scoped like
 * every account operation: 404 unknown, 403 another province's).
 */
export const privacyRoutes = new Hono<AppEnv>()
  .get('/api/me/export', requireRole('member'), async (c) => {
    const now = Date.now();
    const data = await personalDataExport(c.var.db, currentUser(c), c.var.lang, await currentSessionHash(c), now);
    c.header('Content-Disposition', `attachment; filename="${exportFileName(now)}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(JSON.stringify(data, null, 2), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  })
  .post('/api/me/deletion', requireRole('member'), validate('json', deletionRequestInput), async (c) => {
    const at = await requestDeletion(c.var.db, currentUser(c), c.req.valid('json'), { hashSecret: c.env.HASH_SECRET, ip: clientIp(c) });
    return c.json({ deletionRequested: true, deletionRequestedAt: isoTime(at) });
  })
  .delete('/api/me/deletion', requireRole('member'), async (c) => {
    const withdrawn = await withdrawDeletion(c.var.db, currentUser(c));
    return c.json({ deletionRequested: false, withdrawn });
  })
  .post('/api/users/:id/erase', requireRole('admin'), validate('param', userId), async (c) => {
    const result = await eraseAccount(c.var.db, currentUser(c), c.req.valid('param').id);
    return c.json({ erased: result });
  });
