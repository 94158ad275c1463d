import { Hono } from 'hono';
import type { AppEnv } from '../core/types';

/** Liveness and the deployed version; also the "bare route" the benchmark compares against. */
export const healthRoutes = new Hono<AppEnv>().get('/api/health', (c) =>
  c.json({ ok: true, version: c.env.APP_VERSION }),
);
