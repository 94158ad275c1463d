import { createApp } from './app';
import { runCronJobs } from './jobs/cron';
import { dispatchQueue } from './jobs/queues';
import { answerFromCache } from './stories/cached-hit';

const app = createApp();

/**
 * A truly bare Worker route: `GET /__bare` answers 200 "ok" before anything else runs
 * (no Hono, no middleware, no D1, no cache). It is the reference `npm run bench` compares
 * every scenario with, so "× bare" means "× what this Worker costs at all" in the same
 * run on the same machine (`/api/health` is measured beside it as "middleware only").
 * Harmless in production: it reads nothing, writes nothing, sets no cookie and says
 * nothing about the hub beyond that it is up; like any URL it can be requested at will.
 */
const BARE_PATH = '/__bare';

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === BARE_PATH && request.method === 'GET') return new Response('ok');
    // Anonymous cache hits skip the app's middleware (workers/stories/cached-hit.ts). A failed
    // lookup never costs the reader the page: the app answers, with its own error handling.
    const hit = await answerFromCache(request, env, url).catch((err: unknown) => void console.error('early cache lookup failed', err));
    return hit ?? app.fetch(request, env, ctx);
  },
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runCronJobs(env, controller.scheduledTime));
  },
  async queue(batch, env, ctx) {
    await dispatchQueue(batch, env, ctx);
  },
} satisfies ExportedHandler<Env>;
