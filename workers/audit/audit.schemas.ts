import * as v from 'valibot';
import { canonicalSearchUrl } from '../reports/canonical-url';
import { MAX_URL_LENGTH } from '../reports/url-safety';

/** `<kind>:<id>` or just `<kind>:`. */
const TARGET = /^([a-z_]+:[\w-]*)?$/;

/** Query strings from the filter form arrive as empty strings when left blank. */
const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max)));

export const auditQuery = v.object({
  /** `story:12`, `user:<id>`, a kind with a colon (`story:`), or a reported link (its case's entries). */
  target: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(MAX_URL_LENGTH, `target can have at most ${MAX_URL_LENGTH} characters`),
      v.check((s) => TARGET.test(s) || canonicalSearchUrl(s) !== null, 'Use <kind>:<id>, e.g. story:12, or paste a reported link'),
    ),
  ),
  actor: optionalText(64),
  action: optionalText(64),
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'Must be an entry id'), v.transform(Number))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'Must be a number'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
});
export type AuditQueryInput = v.InferOutput<typeof auditQuery>;
