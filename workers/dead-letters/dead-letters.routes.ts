import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { currentUser, requireRole } from '../auth/middleware';
import { assertNationalAdmin } from '../users/account-scope';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { listDeadLetters } from './dead-letters.queries';
import { listQuery, replayBody } from './dead-letters.schemas';
import { replayDeadLetters } from './replay';

/**
 * National admins only: queues carry every province's work (clicks, corrections, cards),
 * so listing parked messages and replaying them is never a provincial admin's job (403).
 */
const nationalOnly = createMiddleware<AppEnv>(async (c, next) => {
  assertNationalAdmin(currentUser(c), 'Dead letters');
  await next();
});

/**
 * Admins' view of queue messages that failed every retry, and the replay that sends
 * them back (`npm run queues:replay` calls it with an admin API token).
 */
export const deadLetterRoutes = new Hono<AppEnv>()
  .get('/api/admin/dead-letters', requireRole('admin'), nationalOnly, validate('query', listQuery), async (c) => {
    const { items, perQueue } = await listDeadLetters(c.var.db, c.req.valid('query').limit);
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      parked: Object.fromEntries(perQueue.map((q) => [q.queue, q.parked])),
      items: items.map((row) => ({
        id: row.id,
        queue: row.queue,
        attempts: row.attempts,
        error: row.error,
        firstSeenAt: isoTime(row.firstSeenAt),
        lastSeenAt: isoTime(row.lastSeenAt),
      })),
    });
  })
  .post('/api/admin/dead-letters/replay', requireRole('admin'), nationalOnly, validate('json', replayBody), async (c) => {
    const body = c.req.valid('json');
    const result = await replayDeadLetters(c.var.db, c.env, body);
    c.header('Cache-Control', 'private, no-store');
    return c.json(result);
  });
