// The one way a report is stored, whichever door it came through: the web form and
// JSON API (create-report.ts), and the chat tiplines (workers/tipline/). The caller
// has read, validated and rate-limited the input; this replays a retry, stores the
// report with its case in one batch, and never leaves anything half-written.
import type { BatchItem } from 'drizzle-orm/batch';
import type { ReportPlatform } from '../../schema';
import { bandKeysOfTexts, chooseAutoMatch, reportTexts, type AutoMatch } from '../claims/claim-match';
import { intakeLookup } from '../claims/claim-index.queries';
import { queueClaimIndex } from '../claims/claims.queue';
import { sha256Hex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { canonicalizeUrl } from './canonical-url';
import { claimImageKey, claimTextKey, isClaimText } from './claim-key';
import { CODE_ATTEMPTS, codeHash, findReportCode, newReceipt, receiptHash, reportCode } from './receipt';
import { findIdempotentAnswer, isDuplicateCodeError, isDuplicateKeyError, isKnownProvince, recordReport, reportCodeHash, type StoredAnswer } from './reports.queries';
import { MISSING_CONTENT, type ReportFields } from './reports.schemas';
import { storeScreenshot, type CheckedScreenshot } from './screenshot';

/** Seconds a client should wait before retrying after a storage failure. */
export const RETRY_AFTER_STORAGE = 5;

/** `code` is the short code to read aloud (`LT-7K3M-9QXA`); absent only on a retry of a report whose code cannot be re-derived. */
export type ReportAnswer = {
  id: number;
  receipt: string;
  code?: string;
  status: string;
  caseId: number;
  /** The decided case with a published rebuttal this report's claim confidently repeats (shown at once, "automatic"). */
  auto?: AutoMatch;
};

/** Validated report fields; `url` is '' (or absent) for a report of a text or a screenshot with no link. */
export type ReportInput = Omit<ReportFields, 'url'> & { url?: string };

export type ReportSubmission = {
  /** Already validated with `reportFields`. */
  input: ReportInput;
  /** HOOK: the reported page's title, when a door reads one (none does today); matched with the description. */
  pageTitle?: string | null;
  /** Keyed hash of the sender (an IP, a chat), never the identifier itself. */
  ipHash: string | null;
  screenshot: CheckedScreenshot | null;
  /** The retry key (header, body or a platform's update id); the same key answers the same report. */
  idempotencyKey?: string;
  /** The signed-in reporter, so they can be told of the verdict; null when anonymous. */
  userId?: string | null;
  /** Anti-spam that must run only for a new report (not a replay), e.g. Turnstile. */
  beforeStore?: () => Promise<void>;
  /**
   * Rows another domain writes in the SAME batch as the report (all or nothing), given the
   * new report's receipt hash to find it by, e.g. the tipline's chat link.
   */
  alsoWrite?: (receiptHash: string) => BatchItem<'sqlite'>[];
};

export type ReportOutcome = { answer: ReportAnswer; replayed: boolean };

/** The code a retried request was given (null for a report stored before codes existed). */
async function storedCode(db: Db, secret: string, receipt: string, reportId: number): Promise<string | null> {
  const stored = await reportCodeHash(db, reportId);
  return stored ? findReportCode(secret, receipt, stored) : null;
}

type CaseKey = { key: string; platform: ReportPlatform; linkless: boolean };

/**
 * What groups reports into one case: the canonical URL of a link; without one, the
 * folded text of the claim (the same rumour forwarded by many), else the screenshot's bytes.
 */
async function caseKeyOf(input: ReportInput, screenshot: CheckedScreenshot | null): Promise<CaseKey> {
  if (input.url) {
    const canonical = canonicalizeUrl(input.url);
    return { key: canonical.url, platform: input.platform ?? canonical.platform, linkless: false };
  }
  const platform = input.platform ?? 'other';
  if (isClaimText(input.description)) return { key: await claimTextKey(input.description), platform, linkless: true };
  if (screenshot) return { key: await claimImageKey(screenshot.bytes), platform, linkless: true };
  // Every door checks this first (`hasReportContent`, to name it with the other fields); a door that forgot still stores nothing.
  throw AppError.field('url', MISSING_CONTENT);
}

/**
 * The ONE statement claim matching adds to intake: cases sharing a band key with the report's
 * text (or accepted by an editor as the same claim as its case), re-scored exactly here.
 */
async function automaticMatch(db: Db, texts: string[], caseKey: string): Promise<AutoMatch | null> {
  const keys = bandKeysOfTexts(texts);
  if (keys.length === 0 && caseKey.startsWith('claim:')) return null; // a screenshot or too little text: nothing to match
  const lookup = await intakeLookup(db, keys, caseKey);
  return chooseAutoMatch(texts, lookup.cases, lookup.ownCaseId, lookup.thresholds.lexical.high);
}

/** Store one report (or replay the answer to a retry). Throws AppError: 400/409 for the input, 503 when D1 or R2 fails. */
export async function submitReport(db: Db, env: { MEDIA: R2Bucket; CLAIMS_QUEUE?: Queue<unknown> }, secret: string, s: ReportSubmission): Promise<ReportOutcome> {
  const { input } = s;
  if (input.province && !(await isKnownProvince(db, input.province))) throw AppError.field('province', 'Unknown province code');
  const url = input.url ?? '';
  const { key: caseKey, platform, linkless } = await caseKeyOf(input, s.screenshot);
  const contact = input.contact || null;

  const keyHash = s.idempotencyKey ? await sha256Hex(`report:${s.idempotencyKey}`) : undefined;
  // The same key with a different report is a client bug, not a retry.
  // A linkless report's fingerprint also holds its key, so another screenshot under the same key is a conflict.
  const fingerprint = await sha256Hex(
    JSON.stringify([url, platform, input.category, input.description, input.province ?? null, contact, ...(linkless ? [caseKey] : [])]),
  );
  const replay = async (stored: StoredAnswer): Promise<ReportOutcome> => {
    if (stored.fingerprint !== fingerprint) {
      throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different report', {
        errors: [{ path: 'idempotencyKey', message: 'Use a new key for a new report' }],
      });
    }
    const receipt = await newReceipt(secret, keyHash ? { keyHash, storedAt: stored.storedAt } : undefined);
    const code = await storedCode(db, secret, receipt, stored.id);
    return { answer: { id: stored.id, receipt, ...(code ? { code } : {}), status: stored.status, caseId: stored.caseId }, replayed: true };
  };
  if (keyHash) {
    const stored = await findIdempotentAnswer(db, keyHash);
    if (stored) return replay(stored);
  }

  await s.beforeStore?.();

  const now = Date.now();
  const receipt = await newReceipt(secret, keyHash ? { keyHash, storedAt: now } : undefined);
  const screenshotKey = s.screenshot ? await storeScreenshot(env.MEDIA, s.screenshot, now) : null;
  const texts = reportTexts({ description: input.description, pageTitle: s.pageTitle });
  try {
    const auto = await automaticMatch(db, texts, caseKey);
    for (let attempt = 0; ; attempt++) {
      const code = await reportCode(secret, receipt, attempt);
      try {
        const hash = await receiptHash(receipt);
        const stored = await recordReport(db, {
          canonicalUrl: caseKey,
          url,
          platform,
          category: input.category,
          description: input.description,
          provinceCode: input.province ?? null,
          contact,
          screenshotKey,
          ipHash: s.ipHash,
          userId: s.userId ?? null,
          receiptHash: hash,
          codeHash: await codeHash(code),
          idempotency: keyHash ? { keyHash, fingerprint } : null,
          alsoWrite: s.alsoWrite?.(hash) ?? [],
          auto: auto ? { caseId: auto.caseId, score: auto.score, method: auto.method } : null,
          now,
        });
        // Indexing (band rows, the desk's candidates) happens off the request path.
        if (texts.length > 0) await queueClaimIndex(env, { reportId: stored.id, caseId: stored.caseId });
        return { answer: { id: stored.id, receipt, code, status: stored.status, caseId: stored.caseId, ...(auto ? { auto } : {}) }, replayed: false };
      } catch (err) {
        // The batch rolled back; a taken code is the only failure worth a second try with another code.
        if (!isDuplicateCodeError(err) || attempt + 1 >= CODE_ATTEMPTS) throw err;
      }
    }
  } catch (err) {
    // Nothing half-written: the batch rolled back, so the screenshot goes too.
    if (screenshotKey) await env.MEDIA.delete(screenshotKey).catch(() => undefined);
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
