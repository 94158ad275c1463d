import * as v from 'valibot';

/** `/hoc/:slug`, `/api/learn/lessons/:slug`: an ASCII slug (exact match, never a pattern). */
export const lessonSlugParam = v.object({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a lesson slug: lower-case letters, digits and hyphens'), v.maxLength(120)),
});

/** Questions per lesson at most (the desk allows 5–10): bounds the body before the lesson is read. */
export const MAX_QUESTIONS = 10;

/** `POST /api/learn/lessons/:slug/attempts`: the chosen option's index per question, in order. */
export const attemptBody = v.object({
  answers: v.pipe(
    v.array(v.pipe(v.number('Use option numbers'), v.integer('Use whole option numbers'), v.minValue(0, 'Option numbers start at 0')), 'Give `answers` as a list of option numbers'),
    v.maxLength(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} answers`),
  ),
});
export type AttemptBody = v.InferOutput<typeof attemptBody>;
