import type { LessonQuestion } from '../../../schema/lessons';
import type { Recorded } from '../../../workers/learn/learn.queries';
import { PASS_PERCENT, type Score } from '../../../workers/learn/scoring';
import { translator, type Lang } from '../../i18n';

export type QuizResultsProps = {
  lang: Lang;
  questions: LessonQuestion[];
  score: Score;
  recorded: Recorded;
  /** Where "Làm lại" goes: the lesson's quiz, empty again. */
  retakeHref: string;
  /** Sign-in link for anonymous readers (back to this lesson). */
  loginHref: string;
};

/** After a submission: the score in words, then every question with the chosen and the right answer, each option explained. */
export function QuizResults(props: QuizResultsProps) {
  const t = translator(props.lang);
  const { score } = props;
  const stored = props.recorded.stored ? (score.passed ? (props.recorded.firstPass ? t('learn.recorded') : t('learn.recordedBefore')) : t('learn.savedAttempt')) : null;
  return (
    <div class="quiz-results" data-learn-results="">
      <div class={score.passed ? 'quiz-score quiz-score--passed' : 'quiz-score quiz-score--failed'} role="status">
        <h3 id="quiz-result-title" tabindex={-1} data-learn-result-title="">
          {t('learn.result')}: {t('learn.score', { correct: score.correct, total: score.total, percent: score.percent })}
        </h3>
        <p>{score.passed ? t('learn.passed', { pass: PASS_PERCENT }) : t('learn.failed', { pass: PASS_PERCENT })}</p>
        {stored ? <p>{stored}</p> : null}
      </div>
      {props.recorded.stored ? null : (
        <p class="notice">
          {t('learn.notRecorded')} <a href={props.loginHref}>{t('learn.signIn')}</a>
        </p>
      )}
      <ol class="quiz-questions" role="list">
        {props.questions.map((q, i) => {
          const r = score.results[i];
          return (
            <li class={r?.right ? 'quiz-answer quiz-answer--right' : 'quiz-answer quiz-answer--wrong'}>
              <h4>
                <span class="quiz-number">{t('learn.questionN', { n: i + 1, total: score.total })}</span> {q.prompt}
              </h4>
              <p class="quiz-verdict">
                <strong>{r?.right ? t('learn.right') : t('learn.wrong')}</strong>
              </p>
              <ul class="quiz-options" role="list">
                {q.options.map((o, j) => {
                  const tags = [j === r?.chosen ? t('learn.yourAnswer') : null, j === q.correct ? t('learn.rightAnswer') : null].filter(Boolean);
                  return (
                    <li class={j === q.correct ? 'quiz-explained quiz-explained--right' : j === r?.chosen ? 'quiz-explained quiz-explained--chosen' : 'quiz-explained'}>
                      <p class="quiz-option-text">
                        {tags.length > 0 ? <strong class="quiz-tag">{tags.join(' · ')}:</strong> : null} {o.text}
                      </p>
                      <p class="quiz-explanation">{o.explanation}</p>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <p>
        <a class="button" href={props.retakeHref} data-learn-retake="">
          {t('learn.retake')}
        </a>
      </p>
    </div>
  );
}
