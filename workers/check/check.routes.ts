// Check before posting: `POST /api/check` (JSON in; JSON out, or the findings as an HTML
// fragment for /js/check.js), the page `/kiem-tra` (English `/check`) with its no-JS form post,
// and "Báo cáo tin này" (`POST /kiem-tra/bao-cao`: the report form, filled in, nothing stored).
// Nothing pasted is stored or logged: every answer is `no-store`, the rate limit keys on a
// hash of the address only, and the error log names these paths without any message
// (workers/core/problem.ts, PRIVATE_BODY_PATHS).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { CheckPage, CHECK_PATH, CHECK_PATH_EN } from '../../web/pages/check/check-page';
import { CheckResults, CHECK_REPORT_PATH, type RebuttalKit } from '../../web/pages/check/check-results';
import { textFindingTitle } from '../../web/pages/check/text-finding';
import { ReportFormPage } from '../../web/pages/reports/report-form';
import { term } from '../../web/i18n/glossary';
import type { Lang } from '../../web/i18n';
import type { CaseStatus } from '../../schema';
import { cardMetaFor } from '../cards/card-meta';
import { loadCardContent } from '../cards/card-content';
import { hmacHex, randomToken } from '../core/crypto';
import { AppError } from '../core/errors';
import { isStorageOutage } from '../core/storage-errors';
import type { AppEnv } from '../core/types';
import { toFieldErrors, validate } from '../core/validate';
import { provinceList } from '../reports/reports.queries';
import { findShareableStory } from '../share/share.queries';
import { countCheckFrom } from './check-limit';
import { checkBody, type CheckInput } from './check.schemas';
import type { CheckFinding } from './check.types';
import { runCheck, type CheckOutcome } from './run-check';

/** 5,000 characters of Vietnamese, \u-escaped in JSON or percent-encoded in a form, with room to spare. */
const MAX_CHECK_BODY = 64 * 1024;

function checkBodyLimit() {
  return bodyLimit({
    maxSize: MAX_CHECK_BODY,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', 'The body is larger than 64 KB', { errors: [{ path: 'body', message: 'The body is larger than 64 KB' }] });
    },
  });
}

/** The findings hold what was pasted (masked matches, a claim's words): never cached anywhere. */
function keepPrivate(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
}

/** Count this check against the address (a keyed hash, never the IP). A D1 outage does not stop the pure text checks. */
async function countCheck(c: Context<AppEnv>): Promise<void> {
  const ipKey = await hmacHex(c.env.HASH_SECRET ?? 'check', c.req.header('cf-connecting-ip') ?? 'unknown');
  try {
    await countCheckFrom(c.env, c.var.db, ipKey);
  } catch (err) {
    if (!isStorageOutage(err)) throw err;
  }
}

/** The JSON answer: the contract's CheckResult, plus each finding's words in the reader's language. */
function findingJson(lang: Lang, f: CheckFinding) {
  if (f.kind === 'knownFalse') {
    return { ...f, label: term(lang, 'caseStatus', f.verdict as CaseStatus), rebuttal: { ...f.rebuttal, url: `/stories/${f.rebuttal.slug}`, shareUrl: `/share/${f.rebuttal.slug}` } };
  }
  return { ...f, label: textFindingTitle(lang, f) };
}

/** The share kit of the first known false claim's rebuttal (HTML answers only). */
async function rebuttalKit(c: Context<AppEnv>, outcome: CheckOutcome): Promise<RebuttalKit | null> {
  const first = outcome.check.findings.find((f) => f.kind === 'knownFalse');
  if (!first || first.kind !== 'knownFalse') return null;
  const [story, content] = await Promise.all([findShareableStory(c.var.db, first.rebuttal.id), loadCardContent(c.var.db, first.rebuttal.id)]);
  if (!story || !content) return null;
  const origin = new URL(c.req.url).origin;
  // With its link the kit shows the rebuttal's reply kit first, each reply with a copy button.
  return { story: { ...story, url: `${origin}/stories/${story.slug}` }, card: await cardMetaFor(content, origin, c.var.lang), zaloOaId: c.env.ZALO_OA_ID };
}

async function resultsProps(c: Context<AppEnv>, outcome: CheckOutcome) {
  const kit = await rebuttalKit(c, outcome).catch((err: unknown) => {
    if (isStorageOutage(err)) return null;
    throw err;
  });
  return { check: outcome.check, knownClaims: outcome.knownClaims, kit };
}

/** The page's own path, with `?lang=` when the reader gave one: the form posts back to it. */
function pagePath(c: Context<AppEnv>): string {
  const { pathname, searchParams } = new URL(c.req.url);
  const base = pathname === CHECK_PATH_EN ? CHECK_PATH_EN : CHECK_PATH;
  const lang = searchParams.get('lang');
  return lang === 'vi' || lang === 'en' ? `${base}?lang=${lang}` : base;
}

function page(c: Context<AppEnv>, props: Omit<Parameters<typeof CheckPage>[0], 'lang' | 'user' | 'path' | 'canonical'>, status: 200 | 400 | 429 = 200) {
  keepPrivate(c);
  const origin = new URL(c.req.url).origin;
  return c.html(CheckPage({ lang: c.var.lang, user: c.var.user, path: pagePath(c), canonical: `${origin}${CHECK_PATH}`, ...props }), status);
}

/** A form field as text ('' when absent or a file). */
function field(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : '';
}

/** The no-JS form post: the same check, rendered under the form with the typed values kept. */
async function checkForm(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  const typed = { text: field(form, 'text'), url: field(form, 'url') };
  try {
    await countCheck(c);
  } catch (err) {
    if (err instanceof AppError && err.code === 'RATE_LIMITED') {
      if (err.retryAfter) c.header('Retry-After', String(err.retryAfter));
      return page(c, { values: typed, formError: 'check.error.rateLimited' }, 429);
    }
    throw err;
  }
  const parsed = v.safeParse(checkBody, typed);
  if (!parsed.success) return page(c, { values: typed, errors: toFieldErrors(parsed.issues, 'text') }, 400);
  const outcome = await runCheck(c.var.db, parsed.output);
  if (outcome.retryAfter) c.header('Retry-After', String(outcome.retryAfter));
  return page(c, { values: parsed.output, results: await resultsProps(c, outcome) });
}

function checkPage(c: Context<AppEnv>) {
  return page(c, {});
}

/** "Báo cáo tin này": the ordinary report form with the checked text and link filled in. Sending it is the consent. */
async function reportThis(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  keepPrivate(c);
  return c.html(
    ReportFormPage({
      lang: c.var.lang,
      user: c.var.user,
      provinces: await provinceList(c.var.db).catch(() => []),
      idempotencyKey: randomToken(16),
      turnstileSiteKey: c.env.TURNSTILE_SITE_KEY || undefined,
      values: { url: field(form, 'url'), description: field(form, 'text') },
    }),
  );
}

export const checkRoutes = new Hono<AppEnv>()
  .post('/api/check', checkBodyLimit(), async (c, next) => {
    // Counted before the body is read, as reports are: a flood of bad bodies is still a flood.
    await countCheck(c);
    await next();
  }, validate('json', checkBody), async (c) => {
    const input: CheckInput = c.req.valid('json');
    const outcome = await runCheck(c.var.db, input);
    keepPrivate(c);
    if (outcome.retryAfter) c.header('Retry-After', String(outcome.retryAfter));
    // /js/check.js asks for the page's own rendering of the findings.
    if ((c.req.header('accept') ?? '').startsWith('text/html')) {
      return c.html(CheckResults({ lang: c.var.lang, text: input.text, url: input.url, ...(await resultsProps(c, outcome)) }));
    }
    return c.json({ check: { clear: outcome.check.clear, findings: outcome.check.findings.map((f) => findingJson(c.var.lang, f)) }, knownClaims: outcome.knownClaims });
  })
  .get(CHECK_PATH, checkPage)
  .get(CHECK_PATH_EN, checkPage)
  .post(CHECK_PATH, checkBodyLimit(), checkForm)
  .post(CHECK_PATH_EN, checkBodyLimit(), checkForm)
  .post(CHECK_REPORT_PATH, checkBodyLimit(), reportThis);
