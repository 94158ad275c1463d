// POST /api/reports: one endpoint for apps (JSON) and the plain HTML form.
// Order matters: limit → read → validate → replay a retry → anti-spam → store.
import type { Context } from 'hono';
import { hmacHex, sha256Hex } from '../core/crypto';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow } from '../core/validate';
import { canonicalizeUrl } from './canonical-url';
import { countReportFrom } from './rate-limit';
import { CODE_ATTEMPTS, codeHash, findReportCode, newReceipt, reportCode, receiptHash } from './receipt';
import { readReportRequest, type RawReport } from './report-input';
import { findIdempotentAnswer, isDuplicateCodeError, isDuplicateKeyError, isKnownProvince, recordReport, reportCodeHash, type StoredAnswer } from './reports.queries';
import { IDEMPOTENCY_KEY_PATTERN, reportFields, type ReportFields } from './reports.schemas';
import { checkScreenshot, storeScreenshot, type CheckedScreenshot } from './screenshot';
import { verifyTurnstile } from './turnstile';

/** Seconds a client should wait before retrying after a storage failure. */
const RETRY_AFTER_STORAGE = 5;

/** `code` is the short code to read aloud (`LT-7K3M-9QXA`); absent only on a retry of a report whose code cannot be re-derived. */
export type ReportAnswer = { id: number; receipt: string; code?: string; status: string; caseId: number };

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
  return c.json(body, 201);
}

/** The code a retried request was given (null for a report stored before codes existed). */
async function storedCode(c: Context<AppEnv>, secret: string, receipt: string, reportId: number): Promise<string | null> {
  const stored = await reportCodeHash(c.var.db, reportId);
  return stored ? findReportCode(secret, receipt, stored) : null;
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
  const input = parseOrThrow(reportFields, raw.fields, 'body');
  if (input.province && !(await isKnownProvince(db, input.province))) throw AppError.field('province', 'Unknown province code');
  const shot: CheckedScreenshot | null = raw.screenshot ? await checkScreenshot(raw.screenshot) : null;
  const canonical = canonicalizeUrl(input.url);
  const platform = input.platform ?? canonical.platform;
  const contact = input.contact || null;

  const key = idempotencyKeyOf(c, input);
  const keyHash = key ? await sha256Hex(`report:${key}`) : undefined;
  // The same key with a different report is a client bug, not a retry.
  const fingerprint = await sha256Hex(JSON.stringify([input.url, platform, input.category, input.description, input.province ?? null, contact]));
  const replay = async (stored: StoredAnswer) => {
    if (stored.fingerprint !== fingerprint) {
      throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different report', {
        errors: [{ path: 'idempotencyKey', message: 'Use a new key for a new report' }],
      });
    }
    const receipt = await newReceipt(secret, keyHash ? { keyHash, storedAt: stored.storedAt } : undefined);
    const code = await storedCode(c, secret, receipt, stored.id);
    return respond(c, raw, { id: stored.id, receipt, ...(code ? { code } : {}), status: stored.status, caseId: stored.caseId }, true);
  };
  if (keyHash) {
    const stored = await findIdempotentAnswer(db, keyHash);
    if (stored) return replay(stored);
  }

  if (c.env.TURNSTILE_SECRET) await verifyTurnstile(c.env.TURNSTILE_SECRET, input.turnstileToken, ip);

  const now = Date.now();
  const receipt = await newReceipt(secret, keyHash ? { keyHash, storedAt: now } : undefined);
  const screenshotKey = shot ? await storeScreenshot(c.env.MEDIA, shot, now) : null;
  try {
    for (let attempt = 0; ; attempt++) {
      const code = await reportCode(secret, receipt, attempt);
      try {
        const stored = await recordReport(db, {
          canonicalUrl: canonical.url,
          url: input.url,
          platform,
          category: input.category,
          description: input.description,
          provinceCode: input.province ?? null,
          contact,
          screenshotKey,
          ipHash,
          receiptHash: await receiptHash(receipt),
          codeHash: await codeHash(code),
          idempotency: keyHash ? { keyHash, fingerprint } : null,
          now,
        });
        return respond(c, raw, { id: stored.id, receipt, code, status: stored.status, caseId: stored.caseId }, false);
      } catch (err) {
        // The batch rolled back; a taken code is the only failure worth a second try with another code.
        if (!isDuplicateCodeError(err) || attempt + 1 >= CODE_ATTEMPTS) throw err;
      }
    }
  } catch (err) {
    // Nothing half-written: the batch rolled back, so the screenshot goes too.
    if (screenshotKey) await c.env.MEDIA.delete(screenshotKey).catch(() => undefined);
    if (keyHash && isDuplicateKeyError(err)) {
      // A concurrent retry with the same key won; answer as it did.
      const stored = await findIdempotentAnswer(db, keyHash);
      if (stored) return replay(stored);
    }
    throw new AppError('UNAVAILABLE', 'The report could not be saved; nothing was stored. Try again shortly.', {
      retryAfter: RETRY_AFTER_STORAGE,
      cause: err,
    });
  }
}

