// Shared by the outbound tipline tests: a fake Telegram/Zalo Bot API that records what the bot
// sends, deliveries through the Worker's real queue() entry, and rows seeded straight into D1.
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import { cases, reports, tiplineChats, tiplineReports, type CaseStatus } from '../../schema';
import { createApp } from '../../workers/app';
import { createDb } from '../../workers/core/db';
import worker from '../../workers/index';
import { capturingQueue } from '../helpers/outage';
import { ORIGIN } from '../helpers/http';

export const OUT_QUEUE = 'lan-toa-tipline-out';
export const db = () => createDb(env.DB);

export type PlatformCall = { host: string; method: string; body: Record<string, unknown> };
/** How the fake answers one call: a status and a Bot API JSON body. */
export type FakeAnswer = { status: number; body: Record<string, unknown> };
export const OK: FakeAnswer = { status: 200, body: { ok: true, result: { message_id: 1 } } };
export const tooManyRequests = (retryAfter: number): FakeAnswer => ({
  status: 429,
  body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
});
export const SERVER_ERROR: FakeAnswer = { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } };
export const BLOCKED: FakeAnswer = { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } };

/**
 * Stub `fetch` for https://telegram.fake and https://zalo.fake (the test env's API bases): every
 * call is recorded; answers come from `script` in order (then 200 OK). Other hosts pass through.
 */
export function fakePlatforms(script: FakeAnswer[] = []) {
  const calls: PlatformCall[] = [];
  const answers = [...script];
  const realFetch = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.host !== 'telegram.fake' && url.host !== 'zalo.fake') return realFetch(input, init);
    const method = url.pathname.split('/').pop() ?? '';
    calls.push({ host: url.host, method, body: (await request.json()) as Record<string, unknown> });
    const answer = answers.shift() ?? OK;
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  return { calls, answers, restore: () => spy.mockRestore() };
}

export type Delivery = { id: string; body: unknown; attempts?: number };

/** One batch through the Worker's queue() entry; what was acked and retried, with each retry's delay. */
export async function deliver(queue: string, messages: Delivery[]) {
  const batch = createMessageBatch(
    queue,
    messages.map((m) => ({ id: m.id, timestamp: new Date(), attempts: m.attempts ?? 1, body: m.body })),
  );
  const delays = new Map<string, number | undefined>();
  for (const message of batch.messages) {
    const retry = message.retry.bind(message);
    vi.spyOn(message, 'retry').mockImplementation((options?: QueueRetryOptions) => {
      delays.set(message.id, options?.delaySeconds);
      retry(options);
    });
  }
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  const result = await getQueueResult(batch, ctx);
  return {
    acked: result.explicitAcks,
    retried: result.retryMessages.map((m: { msgId: string }) => m.msgId),
    delays,
  };
}

let counter = 0;

/** A case (open unless `status` says otherwise) with `reportsPerChat` reports from each given chat. */
export async function seedCase(options: { status?: CaseStatus; verdictSummary?: string | null; at?: number; mergedIntoId?: number | null } = {}) {
  counter += 1;
  const at = options.at ?? Date.now();
  const decided = options.status && options.status !== 'new' && options.status !== 'reviewing';
  const [row] = await db()
    .insert(cases)
    .values({
      canonicalUrl: `https://www.facebook.com/posts/tipline-${counter}-${crypto.randomUUID()}`,
      platform: 'facebook',
      category: 'false_news',
      status: options.status ?? 'reviewing',
      verdictSummary: options.verdictSummary ?? null,
      verdictAt: decided ? at : null,
      mergedIntoId: options.mergedIntoId ?? null,
      reportCount: 0,
      firstSeenAt: at,
      lastSeenAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('case not inserted');
  return row;
}

/** A chat known to a bot (as intake records it). */
export async function seedChat(options: { platform?: 'telegram' | 'zalo'; lang?: 'vi' | 'en'; lastSeenAt?: number } = {}) {
  counter += 1;
  const at = options.lastSeenAt ?? Date.now();
  const [row] = await db()
    .insert(tiplineChats)
    .values({ platform: options.platform ?? 'telegram', chatId: String(700_000_000 + counter), lang: options.lang ?? 'vi', createdAt: at, lastSeenAt: at })
    .returning();
  if (!row) throw new Error('chat not inserted');
  return row;
}

/** A report of `caseId` that came from `chatRef` as message `messageId`. */
export async function seedTiplineReport(caseId: number, chatRef: number, messageId: string | null = null, at = Date.now()) {
  counter += 1;
  const [report] = await db()
    .insert(reports)
    .values({
      caseId,
      receiptHash: `tipline-${counter}-${crypto.randomUUID()}`,
      url: `https://www.facebook.com/posts/${counter}`,
      platform: 'facebook',
      category: 'false_news',
      createdAt: at,
    })
    .returning();
  if (!report) throw new Error('report not inserted');
  await db().insert(tiplineReports).values({ reportId: report.id, chatRef, messageId, createdAt: at });
  return report;
}

const app = createApp();

/** The whole app in this isolate with TIPLINE_QUEUE captured, waiting for its after-response work (case events). */
export async function callApp(path: string, init: RequestInit = {}) {
  const out = capturingQueue();
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(new URL(path, ORIGIN), init), { ...env, TIPLINE_QUEUE: out.queue }, ctx);
  await waitOnExecutionContext(ctx);
  return { res, sent: out.sent };
}

/** `env` with TIPLINE_QUEUE captured (for the sweep and the handler called directly). */
export function envCapturing() {
  const out = capturingQueue();
  return { env: { ...env, TIPLINE_QUEUE: out.queue } as Env, sent: out.sent };
}
