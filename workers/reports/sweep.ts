// Cron: forget what only mattered for a while. Idempotency answers live 24 hours;
// rate counters (reports' and shares' D1 fallback, sign-in limits) only matter for their
// window, the longest of which is sign-in's 15 minutes.
import { lt } from 'drizzle-orm';
import { idempotencyKeys, rateCounters } from '../../schema';
import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { IDEMPOTENCY_TTL_MS } from './reports.queries';

const COUNTER_RETENTION_MS = 60 * 60 * 1000;

export const reportsSweepJob: CronJob = {
  name: 'reports.sweep',
  async run(env, now) {
    const db = createDb(env.DB);
    await db.batch([
      db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS)),
      db.delete(rateCounters).where(lt(rateCounters.windowStart, now - COUNTER_RETENTION_MS)),
    ]);
  },
};
