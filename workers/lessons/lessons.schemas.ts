// What the lessons desk accepts. Two levels: a DRAFT save needs only a title and well-formed
// pieces (any number of questions up to 10, answers up to 6, every length limit), so an editor
// can keep unfinished work; the COMPLETE rules (a body, 5–10 questions of 2–6 options with
// exactly one correct answer and an explanation per option) are checked when the lesson goes
// to review and again at approval (`completenessErrors`, used by lessons.workflow.ts). Plus the
// small bodies of the workflow moves. The API speaks English; the desk page shows
// each message in the reader's words (web/i18n/lessons-desk.ts maps them by `lessonMessages`).
import * as v from 'valibot';
import type { LessonContent } from '../../schema';
import type { FieldError } from '../core/errors';
import { toFieldErrors } from '../core/validate';
import { nfc } from '../stories/text';

/** Every message a lesson refusal can carry, so the desk can put it into Vietnamese. */
export const lessonMessages = {
  titleShort: 'At least 3 characters',
  titleLong: 'At most 160 characters',
  summaryLong: 'At most 500 characters',
  bodyEmpty: 'Write the lesson text',
  bodyLong: 'At most 20000 characters',
  tooFewQuestions: 'At least 5 questions',
  tooManyQuestions: 'At most 10 questions',
  promptEmpty: 'Write the question',
  promptLong: 'At most 300 characters',
  tooFewOptions: 'At least 2 answers',
  tooManyOptions: 'At most 6 answers',
  optionEmpty: 'Write the answer',
  optionLong: 'At most 200 characters',
  explanationEmpty: 'Explain why this answer is right or wrong',
  explanationLong: 'At most 500 characters',
  noCorrect: 'Mark the one correct answer',
  reasonShort: 'Say why, in at least 3 characters',
  reasonLong: 'At most 500 characters',
} as const;
const m = lessonMessages;

const title = v.pipe(v.string(), v.transform(nfc), v.minLength(3, m.titleShort), v.maxLength(160, m.titleLong));
const summary = v.pipe(v.string(), v.transform(nfc), v.maxLength(500, m.summaryLong));
const body = v.pipe(v.string(), v.transform(nfc), v.minLength(1, m.bodyEmpty), v.maxLength(20_000, m.bodyLong));

const option = v.strictObject({
  text: v.pipe(v.string(), v.transform(nfc), v.minLength(1, m.optionEmpty), v.maxLength(200, m.optionLong)),
  explanation: v.pipe(v.string(), v.transform(nfc), v.minLength(1, m.explanationEmpty), v.maxLength(500, m.explanationLong)),
});

const question = v.pipe(
  v.strictObject({
    prompt: v.pipe(v.string(), v.transform(nfc), v.minLength(1, m.promptEmpty), v.maxLength(300, m.promptLong)),
    options: v.pipe(v.array(option), v.minLength(2, m.tooFewOptions), v.maxLength(6, m.tooManyOptions)),
    /** Index of the one right option (0-based): one number, so exactly one answer is correct. */
    correct: v.optional(v.pipe(v.number(m.noCorrect), v.integer(m.noCorrect), v.minValue(0, m.noCorrect))),
  }),
  // Left out or past the last answer: the same refusal, on `correct` (not "field required").
  v.forward(
    v.check((q) => q.correct !== undefined && q.correct < q.options.length, m.noCorrect),
    ['correct'],
  ),
  v.transform((q) => ({ ...q, correct: q.correct ?? 0 })),
);

const questions = v.pipe(v.array(question), v.minLength(5, m.tooFewQuestions), v.maxLength(10, m.tooManyQuestions));

/** The complete content of a lesson: what may go to review and be published. */
export const lessonContentBody = v.strictObject({ title, summary: v.optional(summary, ''), body, questions });

/**
 * Why `content` may not go to review or be published yet, as field errors (empty when it may).
 * valibot checks the number of questions only once every question is valid; an editor should
 * hear everything at once, so a count outside 5–10 is added to the other refusals here.
 */
export function completenessErrors(content: LessonContent): FieldError[] {
  const result = v.safeParse(lessonContentBody, content);
  const errors = result.success ? [] : toFieldErrors(result.issues, 'body');
  const count = content.questions.length;
  const countMessage = count < 5 ? m.tooFewQuestions : count > 10 ? m.tooManyQuestions : null;
  if (countMessage !== null && !errors.some((e) => e.path === 'questions')) errors.push({ path: 'questions', message: countMessage });
  return errors;
}

// A draft's pieces: every type and length limit, none of the completeness rules. Text may be
// empty, an explanation or the right answer may be missing, questions may be fewer than 5.
const draftText = (max: number, message: string) => v.pipe(v.string(), v.transform(nfc), v.maxLength(max, message));
const draftBody = draftText(20_000, m.bodyLong);
const draftOption = v.strictObject({
  text: draftText(200, m.optionLong),
  explanation: v.optional(draftText(500, m.explanationLong), ''),
});
const draftQuestion = v.pipe(
  v.strictObject({
    prompt: v.optional(draftText(300, m.promptLong), ''),
    options: v.optional(v.pipe(v.array(draftOption), v.maxLength(6, m.tooManyOptions)), []),
    /** Not chosen yet: absent or null. When given, it must be one of the answers. */
    correct: v.nullish(v.pipe(v.number(m.noCorrect), v.integer(m.noCorrect), v.minValue(0, m.noCorrect))),
  }),
  v.forward(
    v.check((q) => q.correct === undefined || q.correct === null || q.correct < q.options.length, m.noCorrect),
    ['correct'],
  ),
  v.transform((q) => ({ ...q, correct: q.correct ?? null })),
);
const draftQuestions = v.pipe(v.array(draftQuestion), v.maxLength(10, m.tooManyQuestions));

/** What a draft save stores: a title and well-formed pieces. */
export const lessonDraftBody = v.strictObject({
  title,
  summary: v.optional(summary, ''),
  body: v.optional(draftBody, ''),
  questions: v.optional(draftQuestions, []),
});
export type LessonContentInput = v.InferOutput<typeof lessonDraftBody>;

/** `POST /api/lessons`: a new lesson is always a draft; its address comes from the title. */
export const createLessonBody = lessonDraftBody;

/** `PATCH /api/lessons/:id`: any part of the content, with the revision the edit started from. */
export const updateLessonBody = v.pipe(
  v.strictObject({
    revision: v.pipe(v.number('The revision you started from'), v.integer(), v.minValue(1)),
    title: v.optional(title),
    summary: v.optional(summary),
    body: v.optional(draftBody),
    questions: v.optional(draftQuestions),
  }),
  v.check((input) => Object.keys(input).length > 1, 'Nothing to change'),
);
export type UpdateLessonInput = v.InferOutput<typeof updateLessonBody>;

const revision = v.pipe(v.number('The revision you reviewed'), v.integer(), v.minValue(1));
/** Approve exactly what was reviewed: the revision named must still be the one waiting. */
export const approveLessonBody = v.strictObject({ revision });
export const submitLessonBody = v.strictObject({ revision: v.optional(revision) });
export const rejectLessonBody = v.strictObject({
  reason: v.pipe(v.string(), v.transform(nfc), v.minLength(3, m.reasonShort), v.maxLength(500, m.reasonLong)),
});
export const archiveLessonBody = v.strictObject({});

export const lessonIdParam = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/, 'Use the lesson’s number, e.g. 3'), v.transform(Number)),
});

/** The desk pages' forms: the same moves, with their fields as typed strings. */
export const revisionForm = v.object({ revision: v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/, 'The revision you reviewed'), v.transform(Number)) });
export const doneQuery = v.object({ done: v.optional(v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,20}$/))) });
