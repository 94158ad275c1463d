import * as v from 'valibot';
import { caseStatuses, reportCategories, reportPlatforms } from '../../schema';
import { cleanText } from '../reports/reports.schemas';
import { MAX_URL_LENGTH } from '../reports/url-safety';

/** An empty form field ("any") means the filter is absent. */
const optionalCode = <const T extends readonly [string, ...string[]]>(codes: T, name: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => (s === '' ? undefined : s)),
      v.union([v.undefined(), v.picklist(codes)], `${name} must be one of: ${codes.join(', ')}`),
    ),
  );

const positiveInt = (name: string, max: number) =>
  v.pipe(v.string(), v.regex(/^\d{1,9}$/, `${name} must be a whole number`), v.transform(Number), v.minValue(1, `${name} must be at least 1`), v.maxValue(max, `${name} can be at most ${max}`));

export const caseSorts = ['reports', 'recent', 'oldest'] as const;
export type CaseSort = (typeof caseSorts)[number];

export const listCasesQuery = v.object({
  status: optionalCode([...caseStatuses, 'open', 'all'] as const, 'status'),
  category: optionalCode(reportCategories, 'category'),
  platform: optionalCode(reportPlatforms, 'platform'),
  province: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.toUpperCase(),
      v.transform((s) => (s === '' ? undefined : s)),
      v.union([v.undefined(), v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'A province code has three capital letters, e.g. HNI'))], 'province must be a province code'),
    ),
  ),
  /** A user id, `me` (the reader) or `none` (unassigned); the route turns `me` into the reader's id. */
  assignee: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => (s === '' ? undefined : s)),
      v.union([v.undefined(), v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))], 'assignee must be a user id, me or none'),
    ),
  ),
  /** As long as a reported link may be, so a pasted link always fits. */
  q: v.optional(v.pipe(v.string(), v.transform(cleanText), v.maxLength(MAX_URL_LENGTH, `q can have at most ${MAX_URL_LENGTH} characters`))),
  sort: optionalCode(caseSorts, 'sort'),
  page: v.optional(positiveInt('page', 10_000)),
  pageSize: v.optional(positiveInt('pageSize', 100)),
});
export type ListCasesQuery = v.InferOutput<typeof listCasesQuery>;

export const caseIdParam = v.object({ id: positiveInt('id', 2_000_000_000) });
export const screenshotParams = v.object({ id: positiveInt('id', 2_000_000_000), reportId: positiveInt('reportId', 2_000_000_000) });

const editorText = (name: string, max: number) =>
  v.pipe(v.string(`${name} must be text`), v.transform(cleanText), v.maxLength(max, `${name} can have at most ${max} characters`));

/** PATCH body: only the fields to change. Unknown members are refused, so a typo is never silently ignored. */
export const patchCaseBody = v.pipe(
  v.strictObject(
    {
      status: v.optional(v.picklist(caseStatuses, `status must be one of: ${caseStatuses.join(', ')}`)),
      category: v.optional(v.picklist(reportCategories, `category must be one of: ${reportCategories.join(', ')}`)),
      assigneeId: v.optional(v.nullable(v.pipe(v.string('assigneeId must be a user id'), v.minLength(1), v.maxLength(64)))),
      claim: v.optional(v.nullable(editorText('claim', 500))),
      verdictSummary: v.optional(v.nullable(editorText('verdictSummary', 2000))),
      note: v.optional(v.pipe(editorText('note', 4000), v.nonEmpty('note cannot be empty'))),
      rebuttalStoryId: v.optional(v.nullable(v.pipe(v.number('rebuttalStoryId must be a story id'), v.integer(), v.minValue(1)))),
    },
    'Unknown field: send only status, category, assigneeId, claim, verdictSummary, note or rebuttalStoryId',
  ),
  v.check((body) => Object.keys(body).length > 0, 'Send at least one field to change'),
);
export type PatchCase = v.InferOutput<typeof patchCaseBody>;

export const mergeCaseBody = v.strictObject(
  { targetId: v.pipe(v.number('targetId must be a case id'), v.integer('targetId must be a case id'), v.minValue(1, 'targetId must be a case id')) },
  'Unknown field: send only targetId',
);

export const startRebuttalBody = v.strictObject(
  {
    title: v.optional(v.pipe(editorText('title', 200), v.minLength(5, 'title needs at least 5 characters'))),
    summary: v.optional(editorText('summary', 500)),
    provinceCode: v.optional(v.pipe(v.string('provinceCode must be a province code'), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{3}$/, 'Unknown province code'))),
  },
  'Unknown field: send only title, summary or provinceCode',
);
export type StartRebuttal = v.InferOutput<typeof startRebuttalBody>;
