import { createApp } from './app';
import { runCronJobs } from './jobs/cron';
import { dispatchQueue } from './jobs/queues';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runCronJobs(env, controller.scheduledTime));
  },
  async queue(batch, env, ctx) {
    await dispatchQueue(batch, env, ctx);
  },
} satisfies ExportedHandler<Env>;
