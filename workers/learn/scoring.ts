// Scoring a quiz: on the server only (the page and the JSON never carry the right answers
// before a submission), the same rule for the form, the script and the JSON API.
import type { LessonQuestion } from '../../schema/lessons';
import { AppError } from '../core/errors';

/** A lesson counts as completed from this whole percent of right answers up. */
export const PASS_PERCENT = 80;

export type QuestionResult = {
  /** The option the reader chose. */
  chosen: number;
  /** The right option. */
  correct: number;
  right: boolean;
};

export type Score = { correct: number; total: number; percent: number; passed: boolean; results: QuestionResult[] };

/** Whole percent, rounded down: 79.9 % is 79, so it does not pass. */
export const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.floor((correct * 100) / total));

/**
 * Checks one chosen option per question (in question order) and scores them.
 * Throws VALIDATION_FAILED naming `answers` when the count or an index does not fit the lesson.
 */
export function scoreAnswers(questions: readonly LessonQuestion[], answers: readonly number[]): Score {
  if (answers.length !== questions.length) {
    throw AppError.field('answers', `Give exactly ${questions.length} answers, one per question (got ${answers.length})`);
  }
  const results = questions.map((q, i) => {
    const chosen = answers[i] ?? -1;
    if (!Number.isInteger(chosen) || chosen < 0 || chosen >= q.options.length) {
      throw AppError.field(`answers.${i}`, `Question ${i + 1} has options 0 to ${q.options.length - 1}`);
    }
    // A published lesson always has its right answer (checked at submit and approval); only drafts lack one.
    const correct = q.correct ?? -1;
    return { chosen, correct, right: chosen === correct };
  });
  const correct = results.filter((r) => r.right).length;
  const percent = percentOf(correct, questions.length);
  return { correct, total: questions.length, percent, passed: percent >= PASS_PERCENT, results };
}
