import type { LessonQuestion } from '../../../schema/lessons';
import { PASS_PERCENT } from '../../../workers/learn/scoring';
import { translator, type Lang } from '../../i18n';

export type QuizFormProps = {
  lang: Lang;
  action: string;
  /** Only prompts and option texts: the right answers never reach the page before a submission. */
  questions: { prompt: string; options: { text: string }[] }[];
  /** What the reader chose before a refused submission (question index → option index). */
  chosen?: Map<number, number>;
  /** Questions left unanswered in a refused submission. */
  missing?: number[];
  /** A refusal that is not about one question (too many submissions). */
  formError?: string;
};

/** Prompts and options only, so no explanation or right answer can leak into the form. */
export const questionsForForm = (questions: LessonQuestion[]) => questions.map((q) => ({ prompt: q.prompt, options: q.options.map((o) => ({ text: o.text })) }));

/**
 * The quiz as a plain form: one fieldset of radio buttons per question (legend = the question),
 * posted to the lesson's own path; the server scores it and answers with the results.
 * /js/learn.js posts the same form in place and swaps in the server's results.
 */
export function QuizForm(props: QuizFormProps) {
  const t = translator(props.lang);
  const missing = new Set(props.missing ?? []);
  const total = props.questions.length;
  return (
    <form method="post" action={props.action} class="quiz-form" data-learn-form="" novalidate>
      {props.formError ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{props.formError}</p>
        </div>
      ) : null}
      {missing.size > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="quiz-errors-title">
          <h3 id="quiz-errors-title">{t('learn.error.summary')}</h3>
          <ul>
            {[...missing].map((i) => (
              <li>
                <a href={`#q-${i}-0`}>
                  {t('learn.questionN', { n: i + 1, total })}: {t('learn.error.unanswered')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="muted">{t('learn.quizIntro', { pass: PASS_PERCENT })}</p>
      <ol class="quiz-questions" role="list">
        {props.questions.map((q, i) => {
          const invalid = missing.has(i);
          return (
            <li>
              <fieldset class={invalid ? 'quiz-question field-invalid' : 'quiz-question'} aria-describedby={invalid ? `q-${i}-error` : undefined}>
                <legend>
                  <span class="quiz-number">{t('learn.questionN', { n: i + 1, total })}</span> {q.prompt}
                </legend>
                {invalid ? (
                  <p class="field-error" id={`q-${i}-error`}>
                    {t('learn.error.unanswered')}
                  </p>
                ) : null}
                {q.options.map((o, j) => (
                  <div class="quiz-option">
                    <input type="radio" id={`q-${i}-${j}`} name={`q${i}`} value={String(j)} checked={props.chosen?.get(i) === j} required />
                    <label for={`q-${i}-${j}`}>{o.text}</label>
                  </div>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit">{t('learn.submit')}</button>
    </form>
  );
}
