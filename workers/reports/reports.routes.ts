import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { LOOKUP_PATH, LookupPage, type LookupProblem } from '../../web/pages/reports/lookup-page';
import { ReceiptPage } from '../../web/pages/reports/receipt-page';
import { ReportFormPage } from '../../web/pages/reports/report-form';
import type { MessageKey } from '../../web/i18n';
import { automaticJson } from '../claims/auto-verdict';
import { hmacHex, randomToken } from '../core/crypto';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { shownUrl } from './claim-key';
import { createReport, submittedFields } from './create-report';
import { countLookupFrom } from './rate-limit';
import { codeHash, findReportCode, normaliseCode, receiptHash, RECEIPT_PATTERN, reportCode } from './receipt';
import { bodyKind } from './report-input';
import { assignCode, provinceList, receiptView, type ReceiptView } from './reports.queries';
import { lookupQuery, receiptParam } from './reports.schemas';
import { MAX_SCREENSHOT_BYTES } from './screenshot';

/** Text bodies: 2,048-char link + 2,000-char description, percent- or \u-escaped, with room to spare. */
const MAX_TEXT_BODY = 64 * 1024;
/** Multipart: one screenshot of at most 5 MB plus the text fields. */
const MAX_MULTIPART_BODY = MAX_SCREENSHOT_BYTES + MAX_TEXT_BODY;

/** hono's bodyLimit with a size per content type, failing as our 413 problem. */
function reportBodyLimit(): MiddlewareHandler<AppEnv> {
  const limits = {
    multipart: bodyLimit({ maxSize: MAX_MULTIPART_BODY, onError: () => tooLarge('screenshot', 'The body is larger than 5 MB') }),
    text: bodyLimit({ maxSize: MAX_TEXT_BODY, onError: () => tooLarge('body', 'The body is larger than 64 KB') }),
  };
  return async function reportBodyLimit(c, next) {
    const kind = bodyKind(c.req.header('content-type'));
    return (kind === 'multipart' ? limits.multipart : limits.text)(c, next);
  };
}

function tooLarge(path: string, message: string): never {
  throw new AppError('PAYLOAD_TOO_LARGE', message, { errors: [{ path, message }] });
}

/** A browser posting the HTML form (rather than an app posting JSON). */
function isBrowserForm(c: Context<AppEnv>): boolean {
  const kind = bodyKind(c.req.header('content-type'));
  return (kind === 'form' || kind === 'multipart') && (c.req.header('accept') ?? '').includes('text/html');
}

async function formPage(c: Context<AppEnv>, extra: { values?: Record<string, unknown>; error?: AppError } = {}) {
  const err = extra.error;
  const formError: MessageKey | undefined =
    err?.code === 'RATE_LIMITED' ? 'report.error.rateLimited' : err?.code === 'UNAVAILABLE' ? 'report.error.unavailable' : undefined;
  return ReportFormPage({
    lang: c.var.lang,
    user: c.var.user,
    provinces: await provinceList(c.var.db).catch(() => []),
    idempotencyKey: randomToken(16),
    turnstileSiteKey: c.env.TURNSTILE_SITE_KEY || undefined,
    values: extra.values,
    errors: err && !formError ? (err.errors ?? [{ path: 'body', message: err.message }]) : undefined,
    formError,
  });
}

/**
 * Without JavaScript a failed form post must not land on a JSON problem: show
 * the form again with what was typed and each field's error, with the same status.
 */
function formErrorsAsPage(): MiddlewareHandler<AppEnv> {
  return async function formErrorsAsPage(c, next) {
    await next();
    const err = c.error;
    if (!(err instanceof AppError) || !isBrowserForm(c)) return;
    const page = await formPage(c, { values: submittedFields(c.req.raw), error: err });
    c.res = await c.html(page, err.status);
  };
}

/** Receipt and lookup pages are the reporter's key: kept out of caches and search engines. */
function keepPrivate(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
}

/**
 * The short code shown beside a receipt. A report from before codes gets its
 * code the first time its receipt page is opened (derived from the receipt, so
 * it is the same code every time after).
 */
async function codeForReceipt(c: Context<AppEnv>, receipt: string, view: ReceiptView): Promise<string | null> {
  const secret = c.env.HASH_SECRET;
  if (!secret) return null;
  if (view.codeHash) return findReportCode(secret, receipt, view.codeHash);
  const code = await reportCode(secret, receipt);
  return (await assignCode(c.var.db, view.reportId, await codeHash(code))) ? code : null;
}

/** The lookup page with why nothing was found: 404 for a wrong code or link, 429 (with Retry-After) over the limit. */
function lookupFailed(c: Context<AppEnv>, problem: LookupProblem, typed: string | undefined, retryAfter?: number) {
  keepPrivate(c);
  if (retryAfter) c.header('Retry-After', String(retryAfter));
  const status = problem === 'rateLimited' ? 429 : 404;
  return c.html(LookupPage({ lang: c.var.lang, user: c.var.user, path: LOOKUP_PATH, value: typed, problem }), status);
}

/**
 * Find a report by what the reporter typed. Every attempt counts against the
 * address's limit (an HMAC of the IP), found or not, so codes cannot be guessed.
 */
async function lookUpCode(c: Context<AppEnv>, typed: string) {
  const ipKey = await hmacHex(c.env.HASH_SECRET ?? 'lookup', c.req.header('cf-connecting-ip') ?? 'unknown');
  try {
    await countLookupFrom(c.env, c.var.db, ipKey);
  } catch (err) {
    if (err instanceof AppError && err.code === 'RATE_LIMITED') return lookupFailed(c, 'rateLimited', typed, err.retryAfter);
    throw err;
  }
  const code = normaliseCode(typed);
  if (!code) return lookupFailed(c, 'invalid', typed);
  const view = await receiptView(c.var.db, await codeHash(code), 'code');
  if (!view) return lookupFailed(c, 'notFound', typed);
  keepPrivate(c);
  return c.html(ReceiptPage({ lang: c.var.lang, user: c.var.user, path: `${LOOKUP_PATH}?ma=${encodeURIComponent(code)}`, code, view }));
}

export const reportsRoutes = new Hono<AppEnv>()
  .post('/api/reports', formErrorsAsPage(), reportBodyLimit(), createReport)
  .get('/api/reports/:receipt', validate('param', receiptParam), async (c) => {
    const { receipt } = c.req.valid('param');
    const view = await receiptView(c.var.db, await receiptHash(receipt));
    if (!view) throw new AppError('NOT_FOUND', 'No report has this receipt');
    c.header('Cache-Control', 'no-store');
    return c.json({
      status: view.status,
      verdictSummary: view.verdictSummary,
      verdictAt: isoTime(view.verdictAt),
      rebuttal: view.rebuttal ? { title: view.rebuttal.title, url: `/stories/${view.rebuttal.slug}`, publishedAt: isoTime(view.rebuttal.publishedAt) } : null,
      report: { url: shownUrl(view.url), contentKind: view.contentKind, platform: view.platform, category: view.category, reportedAt: isoTime(view.reportedAt) },
      updatedAt: isoTime(view.updatedAt),
      automatic: automaticJson(c.var.lang, view.auto),
    });
  })
  .get('/report', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(await formPage(c));
  })
  .get(LOOKUP_PATH, validate('query', lookupQuery), async (c) => {
    const typed = c.req.valid('query').ma?.trim();
    if (!typed) {
      keepPrivate(c);
      return c.html(LookupPage({ lang: c.var.lang, user: c.var.user, path: LOOKUP_PATH }));
    }
    return lookUpCode(c, typed);
  })
  .get('/report/:receipt', validate('param', v.object({ receipt: v.string() })), async (c) => {
    const { receipt } = c.req.valid('param');
    // A code typed into the address bar (`/report/LT-7K3M-9QXA`) is looked up like one typed in the form.
    if (!RECEIPT_PATTERN.test(receipt) && normaliseCode(receipt)) return lookUpCode(c, receipt);
    const view = RECEIPT_PATTERN.test(receipt) ? await receiptView(c.var.db, await receiptHash(receipt)) : null;
    // A mistyped link gets the lookup form, not the generic 404 page.
    if (!view) return lookupFailed(c, 'notFound', undefined);
    keepPrivate(c);
    const path = `/report/${receipt}`;
    const pageUrl = new URL(path, c.req.url).toString();
    const code = await codeForReceipt(c, receipt, view);
    return c.html(ReceiptPage({ lang: c.var.lang, user: c.var.user, path, pageUrl, code, view }));
  });
