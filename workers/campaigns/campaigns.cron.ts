import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { endExpiredCampaigns } from './campaigns.writes';

/** Active campaigns past their last day become `ended` (audit-logged, actor null). */
export const endCampaignsJob: CronJob = {
  name: 'campaigns.end-expired',
  run: (env, now) => endExpiredCampaigns(createDb(env.DB), now),
};
