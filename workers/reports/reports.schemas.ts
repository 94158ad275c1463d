import * as v from 'valibot';
import { reportCategories, reportPlatforms } from '../../schema';
import { isClaimText, MIN_CLAIM_TEXT } from './claim-key';
import { RECEIPT_PATTERN } from './receipt';
import { reportedUrlProblem } from './url-safety';

export const MAX_DESCRIPTION = 2000;
export const MAX_CONTACT = 200;
/** Client-chosen retry keys: long enough to be unique, short enough to index. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_\-:.]{8,128}$/;

// Lone UTF-16 surrogates (from JSON `\ud800` escapes) and U+FFFD (what a lenient
// decoder leaves where bytes were not UTF-8) mean the client did not send valid UTF-8.
export const BROKEN_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

/** User text on the way in: valid Unicode, no control characters but newlines and tabs, NFC, trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .normalize('NFC')
    .trim();
}

const text = (label: string, max: number) =>
  v.pipe(
    v.string(`${label} must be text`),
    v.check((s) => !BROKEN_TEXT.test(s), `${label} is not valid UTF-8 text`),
    v.transform(cleanText),
    v.maxLength(max, `${label} can have at most ${max} characters`),
  );

/** A pasted link as reports and the check take it: trimmed, and checked when not empty (reportedUrlProblem). */
export const reportedLink = v.pipe(
  v.string('Send the link as text'),
  v.check((s) => !BROKEN_TEXT.test(s), 'The link is not valid UTF-8 text'),
  v.trim(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value === '') return;
    const problem = reportedUrlProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

/** One report, whatever the body format (JSON, urlencoded form or multipart). */
export const reportFields = v.object({
  // Optional: a rumour from a chat often has no link, only its text or a screenshot
  // (`hasReportContent` says what a report needs). A link that is given is fully checked.
  url: v.optional(reportedLink, ''),
  platform: v.optional(v.picklist(reportPlatforms, `platform must be one of: ${reportPlatforms.join(', ')}`)),
  category: v.picklist(reportCategories, `Choose what is wrong, one of: ${reportCategories.join(', ')}`),
  description: v.optional(text('description', MAX_DESCRIPTION), ''),
  province: v.optional(
    v.pipe(v.string('province must be a province code'), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{3}$/, 'Unknown province code')),
  ),
  contact: v.optional(text('contact', MAX_CONTACT)),
  idempotencyKey: v.optional(
    v.pipe(v.string('idempotencyKey must be text'), v.regex(IDEMPOTENCY_KEY_PATTERN, 'idempotencyKey must be 8–128 letters, digits or -_:.')),
  ),
  turnstileToken: v.optional(v.pipe(v.string('turnstileToken must be text'), v.maxLength(2048, 'turnstileToken is too long'))),
});
export type ReportFields = v.InferOutput<typeof reportFields>;

/** Why a report with neither a link, nor the claim's text, nor a screenshot is refused (named on `url`). */
export const MISSING_CONTENT = `Paste the link, or copy the text of the claim (at least ${MIN_CLAIM_TEXT} characters), or attach a screenshot`;

/** A report needs something to check: a link, the claim's text (at least 20 characters), or a screenshot. */
export function hasReportContent(input: { url?: string; description?: string }, hasScreenshot: boolean): boolean {
  return Boolean(input.url) || isClaimText(input.description) || hasScreenshot;
}

/** Fields a client may send; everything else in a body is ignored. */
export const reportFieldNames = ['url', 'platform', 'category', 'description', 'province', 'contact', 'idempotencyKey', 'turnstileToken'] as const;

export const receiptParam = v.object({
  receipt: v.pipe(v.string(), v.regex(RECEIPT_PATTERN, 'Not a receipt: receipts are 43 letters, digits, - or _')),
});

/** `/tra-cuu?ma=`: a short code as typed (normalised by `normaliseCode`); a whole pasted sentence is too long to be one. */
export const lookupQuery = v.object({
  ma: v.optional(v.pipe(v.string(), v.maxLength(64, 'A lookup code is at most 64 characters'))),
});
