// What a person may send to the check: the pasted text and/or a link, at most CHECK_MAX_CHARS together.
import * as v from 'valibot';
import { BROKEN_TEXT, cleanText, reportedLink } from '../reports/reports.schemas';
import { CHECK_MAX_CHARS } from './check.types';

/** Why a check with neither text nor link is refused (named on `text`). */
export const MISSING_CHECK = 'Paste the text or the link to check';
export const TOO_LONG_CHECK = `The text and the link together can have at most ${CHECK_MAX_CHARS} characters`;

const pasted = v.pipe(
  v.string('text must be text'),
  v.check((s) => !BROKEN_TEXT.test(s), 'text is not valid UTF-8 text'),
  v.transform(cleanText),
  v.maxLength(CHECK_MAX_CHARS, TOO_LONG_CHECK),
);

/** `{ text?, url? }`: at least one, together ≤ CHECK_MAX_CHARS. Extra members are ignored. */
export const checkBody = v.pipe(
  v.object({ text: v.optional(pasted, ''), url: v.optional(reportedLink, '') }),
  v.forward(
    v.check((input) => input.text !== '' || input.url !== '', MISSING_CHECK),
    ['text'],
  ),
  v.forward(
    v.check((input) => input.text.length + input.url.length <= CHECK_MAX_CHARS, TOO_LONG_CHECK),
    ['text'],
  ),
);
export type CheckInput = v.InferOutput<typeof checkBody>;
