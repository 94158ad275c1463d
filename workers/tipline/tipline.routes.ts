// POST /hooks/telegram and /hooks/zalo: the bots' webhooks. Mounted before sessions and CSRF
// (workers/app.ts): a platform sends no cookie and no Origin, only its secret header.
// Order: bot not configured → 404; body over 64 KB → 413; wrong secret → 401; then anything
// the adapter does not understand is answered 200 and ignored (platforms retry non-2xx forever).
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { tiplineAdapters } from './adapters';
import { handleUpdate } from './intake';
import type { TiplineAdapter } from './tipline.types';

/** A Telegram update is a few KB; a Zalo event smaller. */
export const MAX_HOOK_BODY = 64 * 1024;

/** With no token or secret set the hook does not exist: the same 404 as any unknown path. */
function requireConfigured(adapter: TiplineAdapter): MiddlewareHandler<AppEnv> {
  return async function requireConfigured(c, next) {
    if (!adapter.configured(c.env)) throw new AppError('NOT_FOUND', `No route for POST /hooks/${adapter.platform}`);
    await next();
  };
}

const limitBody = bodyLimit({
  maxSize: MAX_HOOK_BODY,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The body is larger than 64 KB', { errors: [{ path: 'body', message: 'A webhook body can be at most 64 KB' }] });
  },
});

function hook(adapter: TiplineAdapter): MiddlewareHandler<AppEnv> {
  return async function tiplineHook(c) {
    if (!(await adapter.verify(c.req.raw, c.env))) throw new AppError('UNAUTHENTICATED', 'The webhook secret header is missing or wrong');
    // Reading fails (413) when a body without Content-Length runs over the limit; only JSON.parse is forgiven.
    const raw = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return c.json({ ok: true });
    }
    const update = adapter.parse(body, c.env);
    if (update) await handleUpdate(c.var.db, c.env, adapter, update, c.req.url);
    return c.json({ ok: true });
  };
}

export const tiplineRoutes = new Hono<AppEnv>()
  .post('/hooks/telegram', requireConfigured(tiplineAdapters.telegram), limitBody, hook(tiplineAdapters.telegram))
  .post('/hooks/zalo', requireConfigured(tiplineAdapters.zalo), limitBody, hook(tiplineAdapters.zalo));
