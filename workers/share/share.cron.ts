import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { sweepClickReaders } from './share.queries';

/** Readers counted on days older than yesterday are forgotten (the de-duplication only needs the current day). */
export const sweepClickReadersJob: CronJob = {
  name: 'share.sweep-click-readers',
  run: (env, now) => sweepClickReaders(createDb(env.DB), now),
};
