import { lte } from 'drizzle-orm';
import { sessions } from '../../schema';
import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';

/** Expired sessions already fail the lookup; this only keeps the table small. */
export const sweepSessionsJob: CronJob = {
  name: 'sweep-expired-sessions',
  run: async (env, now) => createDb(env.DB).delete(sessions).where(lte(sessions.expiresAt, now)),
};
