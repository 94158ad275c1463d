import { describe, expect, it } from 'vitest';
import type { LessonQuestion } from '../../schema/lessons';
import { AppError } from '../../workers/core/errors';
import { PASS_PERCENT, percentOf, scoreAnswers } from '../../workers/learn/scoring';

const question: LessonQuestion = { prompt: 'Q', options: [{ text: 'a', explanation: 'A' }, { text: 'b', explanation: 'B' }], correct: 1 };
const quiz = (n: number) => Array.from({ length: n }, () => question);
const withRight = (n: number, right: number) => Array.from({ length: n }, (_, i) => (i < right ? 1 : 0));

describe('scoring a quiz (server only)', () => {
  it.each([
    // [questions, right, percent, passed]
    [100, 79, 79, false],
    [100, 80, 80, true],
    [5, 4, 80, true],
    [5, 3, 60, false],
    [4, 3, 75, false],
    [19, 15, 78, false], // 78.9 % is rounded down: not a pass
    [7, 6, 85, true],
    [7, 5, 71, false],
    [10, 8, 80, true],
    [10, 10, 100, true],
    [10, 0, 0, false],
  ])('%i questions, %i right → %i %%, passed %s', (n, right, percent, passed) => {
    const score = scoreAnswers(quiz(n), withRight(n, right));
    expect(score).toMatchObject({ correct: right, total: n, percent, passed });
    expect(score.results.filter((r) => r.right)).toHaveLength(right);
  });

  it('passes from exactly PASS_PERCENT (80)', () => {
    expect(PASS_PERCENT).toBe(80);
    expect(percentOf(79, 100)).toBe(79);
  });

  it('refuses a wrong number of answers, naming `answers`', () => {
    for (const answers of [withRight(5, 5).slice(0, 4), [...withRight(5, 5), 1], []]) {
      try {
        scoreAnswers(quiz(5), answers);
        expect.unreachable('should refuse');
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).status).toBe(400);
        expect((err as AppError).errors?.[0]?.path).toBe('answers');
      }
    }
  });

  it('refuses an option a question does not have, naming its place', () => {
    expect(() => scoreAnswers(quiz(3), [1, 2, 0])).toThrow(/Question 2/);
    try {
      scoreAnswers(quiz(3), [1, 2, 0]);
    } catch (err) {
      expect((err as AppError).errors?.[0]?.path).toBe('answers.1');
    }
  });
});
