import * as v from 'valibot';

/** Query strings from the filter form arrive as empty strings when left blank. */
const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max)));

export const auditQuery = v.object({
  /** `story:12`, `user:<id>`, or just a kind with a colon (`story:`). */
  target: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120), v.regex(/^([a-z_]+:[\w-]*)?$/, 'Use <kind>:<id>, e.g. story:12'))),
  actor: optionalText(64),
  action: optionalText(64),
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'Must be an entry id'), v.transform(Number))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'Must be a number'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
});
export type AuditQueryInput = v.InferOutput<typeof auditQuery>;
