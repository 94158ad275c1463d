import { createDb } from '../core/db';
import type { CronJob } from '../jobs/cron';
import { announceStartedCampaigns } from '../push/campaign-start';
import { endExpiredCampaigns } from './campaigns.writes';

/** Active campaigns past their last day become `ended` (audit-logged, actor null). */
export const endCampaignsJob: CronJob = {
  name: 'campaigns.end-expired',
  run: (env, now) => endExpiredCampaigns(createDb(env.DB), now),
};

/** Active campaigns whose first day has come are announced to members' phones, once (workers/push/campaign-start.ts). */
export const announceCampaignsJob: CronJob = {
  name: 'campaigns.announce-started',
  run: (env, now) => announceStartedCampaigns(env, now),
};
