import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { sweepClickReaders } from './share.queries';

/** Readers of days more than two days back are forgotten: de-duplication needs only the current day, the margin covers late deliveries. */
export const sweepClickReadersJob: CronJob = {
  name: 'share.sweep-click-readers',
  run: (env, now) => sweepClickReaders(createDb(env.DB), now),
};
