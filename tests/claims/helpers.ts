// Claim-matching fixtures: text reports through the whole app (CLAIMS_QUEUE captured, so the
// test decides when indexing runs), the consumer called with a fake batch, decided cases.
import { env } from 'cloudflare:workers';
import { consumeClaims } from '../../workers/claims/claims.queue';
import { capturingQueue } from '../helpers/outage';
import { readJson } from '../helpers/http';
import { appFetch, postReportInApp } from '../reports/helpers';

export type Answer = { id: number; receipt: string; code?: string; status: string; caseId: number; automatic: Automatic | null };
export type Automatic = {
  label: string;
  status: string;
  verdict: string;
  verdictSummary: string | null;
  rebuttal: { title: string; url: string; shareUrl: string };
  method: string;
  note: string;
};

/** POST a linkless text report (or a link report with `url`); its CLAIMS_QUEUE message is returned, not delivered. */
export async function textReport(description: string, extra: Record<string, unknown> = {}, envOverrides: Partial<Env> = {}) {
  const queue = capturingQueue();
  const res = await postReportInApp({ category: 'false_news', description, ...extra }, {}, { CLAIMS_QUEUE: queue.queue as unknown as Queue, ...envOverrides });
  const answer = await readJson<Answer>(res);
  if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${JSON.stringify(answer)}`);
  return { answer, messages: queue.sent as { reportId: number; caseId: number }[] };
}

/** A fake MessageBatch for the claims consumer, recording acks and retries. */
export function claimsBatch(bodies: unknown[]) {
  const acked: number[] = [];
  const retried: number[] = [];
  const messages = bodies.map((body, i) => ({
    id: `claims-${i}`,
    body,
    attempts: 1,
    timestamp: new Date(),
    ack: () => void acked.push(i),
    retry: () => void retried.push(i),
  }));
  const batch = { queue: 'lan-toa-claims', messages, ackAll: () => undefined, retryAll: () => undefined } as unknown as MessageBatch<unknown>;
  return { batch, acked, retried };
}

/** Run the consumer on these messages (as the queue would deliver them). */
export async function index(...bodies: unknown[]) {
  const b = claimsBatch(bodies);
  await consumeClaims(b.batch, env);
  return b;
}

/** A text report, indexed at once: what an older, already-known rumour looks like. */
export async function indexedReport(description: string) {
  const { answer, messages } = await textReport(description);
  await index(...messages);
  return answer;
}

let slugCounter = 0;

/** Give a case a verdict and a rebuttal story (published unless said otherwise). */
export async function decide(caseId: number, opts: { status?: string; summary?: string; published?: boolean; claim?: string } = {}) {
  const slug = `su-that-tu-dong-${++slugCounter}-${caseId}`;
  const published = opts.published ?? true;
  const now = Date.now();
  await env.DB.prepare(
    `INSERT INTO stories (slug, title, summary, category_code, province_code, status, published_at, created_at, updated_at)
     VALUES (?, ?, 'Tóm tắt', 'rebuttal', 'HNI', ?, ?, ?, ?)`,
  )
    .bind(slug, `Sự thật về tin đồn ${slugCounter}`, published ? 'published' : 'draft', published ? now : null, now, now)
    .run();
  const story = await env.DB.prepare('SELECT id, title FROM stories WHERE slug = ?').bind(slug).first<{ id: number; title: string }>();
  await env.DB.prepare('UPDATE cases SET status = ?, verdict_summary = ?, claim = coalesce(?, claim), rebuttal_story_id = ?, verdict_at = ? WHERE id = ?')
    .bind(opts.status ?? 'false', opts.summary ?? 'Không có chuyện này.', opts.claim ?? null, story?.id, now, caseId)
    .run();
  return { slug, title: story?.title ?? '', storyId: story?.id ?? 0 };
}

export async function receiptJson(receipt: string) {
  return readJson<{ status: string; automatic: Automatic | null }>(await appFetch(`/api/reports/${receipt}`));
}

export async function receiptHtml(receipt: string, lang?: 'en') {
  return (await appFetch(`/report/${receipt}${lang ? '?lang=en' : ''}`)).text();
}

export async function reportRow(id: number) {
  return env.DB.prepare('SELECT case_id, auto_case_id, auto_score, auto_method FROM reports WHERE id = ?').bind(id).first<Record<string, unknown>>();
}
