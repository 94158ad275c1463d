// POST /api/reports: one endpoint for apps (JSON) and the plain HTML form.
// Order matters: limit → read → validate → replay a retry → anti-spam → store (submit-report.ts).
import { automaticJson } from '../claims/auto-verdict';
import type { Context } from 'hono';
import { hmacHex } from '../core/crypto';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import * as v from 'valibot';
import { toFieldErrors } from '../core/validate';
import { countReportFrom } from './rate-limit';
import { readReportRequest, type RawReport } from './report-input';
import { isKnownProvince } from './reports.queries';
import { cleanText, hasReportContent, IDEMPOTENCY_KEY_PATTERN, MISSING_CONTENT, reportFields, type ReportFields } from './reports.schemas';
import { checkScreenshot, type CheckedScreenshot } from './screenshot';
import { submitReport, type ReportAnswer } from './submit-report';
import { verifyTurnstile } from './turnstile';

export type { ReportAnswer };

// The HTML page that re-renders a failed form needs what was typed; kept per request, never stored.
const submitted = new WeakMap<Request, Record<string, unknown>>();
export function submittedFields(req: Request): Record<string, unknown> | undefined {
  return submitted.get(req);
}

function idempotencyKeyOf(c: Context<AppEnv>, input: ReportFields): string | undefined {
  const header = c.req.header('idempotency-key')?.trim();
  if (header !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(header)) {
    throw AppError.field('Idempotency-Key', 'Idempotency-Key must be 8–128 letters, digits or -_:.');
  }
  return header || input.idempotencyKey;
}

/**
 * Validate the fields, and that the report holds something to check (a link, the
 * claim's text or a screenshot), reporting every problem at once so the form shows them together.
 */
function readInput(raw: RawReport): ReportFields {
  const result = v.safeParse(reportFields, raw.fields);
  const errors = result.success ? [] : toFieldErrors(result.issues, 'body');
  // On a failed parse, judge the content on the raw values: a bad link is already named, a long enough text still counts.
  const { url, description } = raw.fields;
  const content = result.success
    ? result.output
    : { url: typeof url === 'string' ? url.trim() : url === undefined ? '' : 'given', description: typeof description === 'string' ? cleanText(description) : '' };
  if (!hasReportContent(content, raw.screenshot !== null) && !errors.some((e) => e.path === 'url')) {
    errors.unshift({ path: 'url', message: MISSING_CONTENT });
  }
  if (errors.length > 0 || !result.success) {
    throw new AppError('VALIDATION_FAILED', `Invalid ${errors.map((e) => e.path).join(', ')}`, { errors });
  }
  return result.output;
}

/** Forms answer with a redirect to the receipt page unless the client asked for JSON. */
function wantsRedirect(c: Context<AppEnv>, raw: RawReport): boolean {
  if (raw.kind === 'json') return false;
  const accept = c.req.header('accept') ?? '';
  return !(accept.includes('application/json') && !accept.includes('text/html'));
}

async function respond(c: Context<AppEnv>, raw: RawReport, body: ReportAnswer, replayed: boolean) {
  if (replayed) c.header('Idempotent-Replayed', 'true');
  c.header('Cache-Control', 'no-store');
  if (wantsRedirect(c, raw)) return c.redirect(`/report/${body.receipt}`, 303);
  // An automatic verdict is told as on the receipt (words, links, "an editor still reviews").
  const { auto, ...answer } = body;
  return c.json({ ...answer, automatic: automaticJson(c.var.lang, auto ?? null) }, 201);
}

export async function createReport(c: Context<AppEnv>) {
  const secret = c.env.HASH_SECRET;
  if (!secret) {
    // Without the key we could neither hash IPs nor derive receipts: refuse rather than store anything in clear.
    console.error('HASH_SECRET is not configured; refusing reports');
    throw new AppError('UNAVAILABLE', 'Reporting is not configured on this server', { retryAfter: 60 });
  }
  const db = c.var.db;
  const ip = c.req.header('cf-connecting-ip') ?? null;
  // Stored and used as the limiter key; the IP itself is never kept.
  const ipHash = await hmacHex(secret, ip ?? 'unknown');
  await countReportFrom(c.env, db, ipHash);

  const raw = await readReportRequest(c.req);
  submitted.set(c.req.raw, raw.fields);
  const input = readInput(raw);
  if (input.province && !(await isKnownProvince(db, input.province))) throw AppError.field('province', 'Unknown province code');
  const shot: CheckedScreenshot | null = raw.screenshot ? await checkScreenshot(raw.screenshot) : null;
  const { answer, replayed } = await submitReport(db, c.env, secret, {
    input,
    ipHash,
    screenshot: shot,
    idempotencyKey: idempotencyKeyOf(c, input),
    userId: c.var.user?.id ?? null,
    beforeStore: c.env.TURNSTILE_SECRET ? () => verifyTurnstile(c.env.TURNSTILE_SECRET ?? '', input.turnstileToken, ip) : undefined,
  });
  return respond(c, raw, answer, replayed);
}
