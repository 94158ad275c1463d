// What the lessons desk accepts: a lesson's content (title, summary, Markdown body, 5–10
// questions of 2–6 options with exactly one correct answer and an explanation per option),
// and the small bodies of its workflow moves. The API speaks English; the desk page shows
// each message in the reader's words (web/i18n/lessons-desk.ts maps them by `lessonMessages`).
import * as v from 'valibot';
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

/** The whole content of a lesson: what a save stores and a second editor approves. */
export const lessonContentBody = v.strictObject({ title, summary: v.optional(summary, ''), body, questions });
export type LessonContentInput = v.InferOutput<typeof lessonContentBody>;

/** `POST /api/lessons`: a new lesson is always a draft; its address comes from the title. */
export const createLessonBody = lessonContentBody;

/** `PATCH /api/lessons/:id`: any part of the content, with the revision the edit started from. */
export const updateLessonBody = v.pipe(
  v.strictObject({
    revision: v.pipe(v.number('The revision you started from'), v.integer(), v.minValue(1)),
    title: v.optional(title),
    summary: v.optional(summary),
    body: v.optional(body),
    questions: v.optional(questions),
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
