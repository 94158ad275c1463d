import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import { ownProvince } from '../auth/province-scope';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { createAccount, issueToken, revokeSessions, revokeToken, updateAccount } from './accounts';
import { assertNationalAdmin } from './account-scope';
import { accountJson, findManagedAccount, listAccounts, listTokens } from './users.queries';
import { createUserInput, issueTokenInput, listUsersQuery, patchUserInput, tokenId, userId } from './users.schemas';

/**
 * Account administration (JSON). Admins only; every change is audited. A provincial admin
 * lists and manages their province's accounts only (./account-scope.ts); tokens are national.
 */
export const usersRoutes = new Hono<AppEnv>()
  .get('/api/users', requireRole('admin'), validate('query', listUsersQuery), async (c) => {
    const rows = await listAccounts(c.var.db, { ...c.req.valid('query'), province: ownProvince(currentUser(c)) });
    return c.json({ users: rows.map(accountJson) });
  })
  .post('/api/users', requireRole('admin'), validate('json', createUserInput), async (c) => {
    const user = await createAccount(c.var.db, currentUser(c), c.req.valid('json'));
    return c.json({ user }, 201);
  })
  .patch('/api/users/:id', requireRole('admin'), validate('param', userId), validate('json', patchUserInput), async (c) => {
    const user = await updateAccount(c.var.db, currentUser(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ user });
  })
  .get('/api/users/:id/tokens', requireRole('admin'), validate('param', userId), async (c) => {
    const { id } = c.req.valid('param');
    assertNationalAdmin(currentUser(c), 'Managing API tokens');
    await findManagedAccount(c.var.db, currentUser(c), id);
    const tokens = await listTokens(c.var.db, id);
    return c.json({
      tokens: tokens.map((t) => ({ ...t, createdAt: isoTime(t.createdAt), expiresAt: isoTime(t.expiresAt), revokedAt: isoTime(t.revokedAt) })),
    });
  })
  .post('/api/users/:id/tokens', requireRole('admin'), validate('param', userId), validate('json', issueTokenInput), async (c) => {
    const issued = await issueToken(c.var.db, currentUser(c), c.req.valid('param').id, c.req.valid('json'));
    // Shown once: the server keeps only its hash.
    c.header('Cache-Control', 'no-store');
    return c.json({ token: issued }, 201);
  })
  .delete('/api/users/:id/sessions', requireRole('admin'), validate('param', userId), async (c) => {
    const ended = await revokeSessions(c.var.db, currentUser(c), c.req.valid('param').id);
    return c.json({ ended });
  })
  .delete('/api/tokens/:id', requireRole('admin'), validate('param', tokenId), async (c) => {
    await revokeToken(c.var.db, currentUser(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
