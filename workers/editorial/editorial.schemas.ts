import * as v from 'valibot';
import { sourceTypes, storyStatuses } from '../../schema';
import { tagNamesOf } from '../stories/tag-names';
import { repliesSchema } from './replies';
import { normaliseHashtags } from './story-content';

const nfcTrim = v.transform((s: string) => s.normalize('NFC').trim());
const emptyToNull = v.transform((s: string) => (s === '' ? null : s));

/** Limits the story form's counters show too: the schema is the truth, the page reads them from here. */
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;

const title = v.pipe(v.string('Enter a title'), nfcTrim, v.minLength(3, 'A title needs at least 3 characters'), v.maxLength(TITLE_MAX, `A title has at most ${TITLE_MAX} characters`));
const summary = v.pipe(v.string(), nfcTrim, v.maxLength(SUMMARY_MAX, `A summary has at most ${SUMMARY_MAX} characters`));
const body = v.pipe(
  v.string(),
  v.transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim()),
  v.maxLength(50_000, 'The body has at most 50,000 characters'),
);
const categoryCode = v.pipe(v.string('Choose a category'), v.regex(/^[a-z_]{2,40}$/, 'Choose a category'));
const provinceCode = v.pipe(v.string('Choose a province'), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{3}$/, 'Choose a province'));
const commune = v.nullable(v.pipe(v.string(), nfcTrim, v.maxLength(120), emptyToNull));
const tags = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(60, 'A tag has at most 60 characters'))),
  v.maxLength(12, 'At most 12 tags'),
  // Slug and typed name: the story stores the slug, tag_names keeps the first name per slug.
  v.transform((list: string[]) => tagNamesOf(list)),
);
const captions = v.pipe(
  v.array(v.pipe(v.string(), nfcTrim, v.maxLength(500, 'A caption has at most 500 characters'))),
  v.transform((list) => list.filter((caption) => caption !== '')),
  v.maxLength(3, 'At most 3 captions'),
);
const hashtags = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(60, 'A hashtag has at most 60 characters'))),
  v.maxLength(10, 'At most 10 hashtags'),
  v.transform((list: string[]) => normaliseHashtags(list)),
);
const coverAlt = v.nullable(v.pipe(v.string(), nfcTrim, v.maxLength(300, 'Alt text has at most 300 characters'), emptyToNull));
const sourceType = v.nullable(v.picklist(sourceTypes, 'Choose a source type'));
const sourceDetail = v.nullable(v.pipe(v.string(), nfcTrim, v.maxLength(1000), emptyToNull));
const consent = v.boolean('Must be true or false');
const showAuthor = v.boolean('Must be true or false');

/** Everything but the title, category and province is optional on create. */
export const createStoryInput = v.object({
  title,
  categoryCode,
  provinceCode,
  summary: v.optional(summary, ''),
  body: v.optional(body, ''),
  commune: v.optional(commune, null),
  tags: v.optional(tags, []),
  captions: v.optional(captions, []),
  hashtags: v.optional(hashtags, []),
  /** The reply kit: up to 3 replies of at most 300 characters (2–3 needed before a rebuttal goes live). */
  replies: v.optional(repliesSchema, []),
  coverAlt: v.optional(coverAlt, null),
  sourceType: v.optional(sourceType, null),
  sourceDetail: v.optional(sourceDetail, null),
  consent: v.optional(consent, false),
  /** "Hiện tên tôi là tác giả": off unless the writer ticks it. */
  showAuthor: v.optional(showAuthor, false),
});
export type CreateStoryInput = v.InferOutput<typeof createStoryInput>;

/** A dated note for readers when a published story is corrected. */
const correctionNote = v.pipe(v.string(), v.trim(), v.maxLength(1000, 'At most 1000 characters'));

const revision = v.pipe(v.number('Send the revision you started from'), v.integer(), v.minValue(1));

/** A PATCH names the revision it started from; a newer one on the server means someone saved in between (409). */
export const patchStoryInput = v.object({
  revision,
  title: v.optional(title),
  categoryCode: v.optional(categoryCode),
  provinceCode: v.optional(provinceCode),
  summary: v.optional(summary),
  body: v.optional(body),
  commune: v.optional(commune),
  tags: v.optional(tags),
  captions: v.optional(captions),
  hashtags: v.optional(hashtags),
  replies: v.optional(repliesSchema),
  coverAlt: v.optional(coverAlt),
  sourceType: v.optional(sourceType),
  sourceDetail: v.optional(sourceDetail),
  consent: v.optional(consent),
  showAuthor: v.optional(showAuthor),
  /** For a published story: what was corrected, shown dated on the story page and sent to members who shared it. */
  correctionNote: v.optional(correctionNote),
});
export type PatchStoryInput = v.InferOutput<typeof patchStoryInput>;

export const storyIdParam = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'A story id is a number'), v.transform(Number)),
});
export const revisionParam = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'A story id is a number'), v.transform(Number)),
  rev: v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'A revision is a number'), v.transform(Number)),
});

/** ISO 8601 with a zone (`2026-12-01T08:00:00+07:00` or `…Z`), as epoch ms. */
export const instant = v.pipe(
  v.string('Send a date and time'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'Use ISO 8601 with a time zone, e.g. 2026-12-01T08:00:00+07:00'),
  v.transform((s) => Date.parse(s)),
  v.check((ms) => Number.isFinite(ms), 'Not a real date'),
);

export const approveInput = v.object({
  /** The revision the editor reviewed (required): approval is refused (409, `currentRevision`) if the text changed since. */
  revision: v.pipe(v.number('Name the revision you reviewed'), v.integer(), v.minValue(1)),
  /** Publish at this time (scheduled) instead of now. A time in the past publishes now. Not for an edit of a public story. */
  publishAt: v.optional(instant),
  /** For an edit of a published story: the dated correction note sent with it (replaces the one proposed with the edit). */
  correctionNote: v.optional(correctionNote),
});
export type ApproveInput = v.InferOutput<typeof approveInput>;

const reason = v.pipe(v.string('Give a reason'), nfcTrim, v.minLength(3, 'Give a reason (at least 3 characters)'), v.maxLength(1000));
export const reasonInput = v.object({ reason });
/** Rejecting may name the revision turned down (a submission, or a pending edit): 409 if it is no longer current. */
export const rejectInput = v.object({ reason, revision: v.optional(revision) });
export const restoreInput = v.object({ revision: v.optional(revision) });

const numberParam = (max: number) => v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'Must be a number'), v.transform(Number), v.minValue(1), v.maxValue(max));
const optionalFilter = (pattern: RegExp, message: string) =>
  v.optional(v.pipe(v.string(), v.trim(), v.transform((s) => (s === '' ? undefined : s)), v.optional(v.pipe(v.string(), v.regex(pattern, message)))));

/** What the queue can be narrowed to: new submissions, edits of public stories, or approved stories waiting for their time. */
export const queueStates = ['submitted', 'pending', 'scheduled'] as const;
export type QueueState = (typeof queueStates)[number];
const queueState = v.optional(
  v.pipe(
    v.string(),
    v.transform((s) => (s === '' ? undefined : s)),
    v.optional(v.picklist(queueStates, 'Choose submitted, pending or scheduled')),
  ),
);

export const queueQuery = v.object({
  province: optionalFilter(/^[A-Za-z]{3}$/, 'A province code has three letters'),
  category: optionalFilter(/^[a-z_]{2,40}$/, 'Unknown category'),
  author: optionalFilter(/^[\w-]{1,64}$/, 'An author id'),
  state: queueState,
  limit: v.optional(numberParam(100), '50'),
});
export type QueueQuery = v.InferOutput<typeof queueQuery>;

/** The desk's queue filters (`GET /editor`): a form sends empty strings for "all". */
export const deskQueueQuery = v.object({
  province: optionalFilter(/^[A-Za-z]{3}$/, 'A province code has three letters'),
  category: optionalFilter(/^[a-z_]{2,40}$/, 'Unknown category'),
  state: queueState,
  done: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,20}$/, 'Use a lower-case word, as the page gave it'))),
});

export const myStoriesQuery = v.object({
  status: v.optional(v.picklist(storyStatuses, 'Unknown status')),
  limit: v.optional(numberParam(100), '50'),
});

export const diffQuery = v.object({
  from: v.pipe(v.string('Name the older revision'), v.regex(/^\d{1,9}$/, 'A revision is a number'), v.transform(Number)),
  to: v.pipe(v.string('Name the newer revision'), v.regex(/^\d{1,9}$/, 'A revision is a number'), v.transform(Number)),
});

export const previewInput = v.object({ body: v.pipe(v.string('Send the body as text'), v.maxLength(50_000, 'The body has at most 50,000 characters')) });
