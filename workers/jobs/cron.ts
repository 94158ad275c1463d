import { claimsSweepJob } from '../claims/claims.sweep';
import { sweepSessionsJob } from '../auth/session-sweep';
import { announceCampaignsJob, endCampaignsJob } from '../campaigns/campaigns.cron';
import { publishScheduledJob } from '../editorial/scheduled-publish';
import { correctionsSweepJob } from '../notices/corrections.sweep';
import { reportsSweepJob } from '../reports/sweep';
import { backfillThumbsJob } from '../media/thumbs';
import { sweepPushDeliveriesJob } from '../push/deliveries';
import { missedPushesJob } from '../push/missed-pushes';
import { sweepClickReadersJob } from '../share/share.cron';
import { tiplineRetentionJob } from '../tipline/retention';
import { tiplineVerdictSweepJob } from '../tipline/verdict-fanout';

/**
 * Work the Cron Trigger runs every minute. Each job is independent: one
 * failing does not stop the others, and each logs its own failure.
 */
export type CronJob = { name: string; run: (env: Env, now: number) => Promise<unknown> };

export const cronJobs: CronJob[] = [
  publishScheduledJob,
  sweepSessionsJob,
  reportsSweepJob,
  endCampaignsJob,
  announceCampaignsJob,
  correctionsSweepJob,
  sweepClickReadersJob,
  backfillThumbsJob,
  tiplineVerdictSweepJob,
  tiplineRetentionJob,
  sweepPushDeliveriesJob,
  missedPushesJob,
  claimsSweepJob,
];

export async function runCronJobs(env: Env, now: number): Promise<void> {
  const results = await Promise.allSettled(cronJobs.map((job) => job.run(env, now)));
  results.forEach((result, i) => {
    if (result.status === 'rejected') console.error(`cron job ${cronJobs[i]?.name} failed`, result.reason);
  });
}
