import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { ReceiptPage } from '../../web/pages/reports/receipt-page';
import { ReportFormPage } from '../../web/pages/reports/report-form';
import type { MessageKey } from '../../web/i18n';
import { randomToken } from '../core/crypto';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { createReport, submittedFields } from './create-report';
import { receiptHash, RECEIPT_PATTERN } from './receipt';
import { bodyKind } from './report-input';
import { provinceList, receiptView } from './reports.queries';
import { receiptParam } from './reports.schemas';
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
      report: { url: view.url, platform: view.platform, category: view.category, reportedAt: isoTime(view.reportedAt) },
      updatedAt: isoTime(view.updatedAt),
    });
  })
  .get('/report', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(await formPage(c));
  })
  .get('/report/:receipt', validate('param', v.object({ receipt: v.string() })), async (c) => {
    const { receipt } = c.req.valid('param');
    const view = RECEIPT_PATTERN.test(receipt) ? await receiptView(c.var.db, await receiptHash(receipt)) : null;
    if (!view) throw new AppError('NOT_FOUND', 'No report has this receipt');
    // The URL is the reporter's key: keep it out of caches and search engines.
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    const pageUrl = new URL(`/report/${receipt}`, c.req.url).toString();
    return c.html(ReceiptPage({ lang: c.var.lang, user: c.var.user, receipt, pageUrl, view }));
  });
