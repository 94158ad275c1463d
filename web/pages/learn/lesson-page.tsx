import { raw } from 'hono/html';
import type { SessionUser } from '../../../workers/core/types';
import type { Completion, PublishedLesson, Recorded } from '../../../workers/learn/learn.queries';
import type { Score } from '../../../workers/learn/scoring';
import { formatDate } from '../../components/date';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { QuizForm, questionsForForm } from './quiz-form';
import { QuizResults } from './quiz-results';

export type QuizState =
  | { kind: 'form'; chosen?: Map<number, number>; missing?: number[]; formError?: string }
  | { kind: 'results'; score: Score; recorded: Recorded };

export type LessonPageProps = {
  lang: Lang;
  user: SessionUser | null;
  /** The lesson's path as asked (`/hoc/slug` or `/learn/slug`): the form posts back to it. */
  lessonPath: string;
  /** `/hoc` or `/learn`. */
  base: string;
  path: string;
  canonical: string;
  lesson: PublishedLesson;
  completion: Completion | null;
  quiz: QuizState;
};

/** `/hoc/:slug`: the lesson, then its quiz (a plain form), or, after a submission, the results. */
export function LessonPage(props: LessonPageProps) {
  const t = translator(props.lang);
  const { lesson } = props;
  const loginHref = `/login?next=${encodeURIComponent(props.lessonPath)}`;
  return (
    <Layout
      lang={props.lang}
      title={lesson.title}
      description={lesson.summary || undefined}
      canonical={props.canonical}
      path={props.path}
      user={props.user}
      current="/hoc"
      scripts={['/js/learn.js']}
    >
      <article class="learn-page lesson">
        <p>
          <a href={props.base}>{t('learn.back')}</a>
        </p>
        <h1>{lesson.title}</h1>
        {lesson.summary ? <p class="lead">{lesson.summary}</p> : null}
        {props.completion ? (
          <p class="learn-done">{t('learn.done', { date: formatDate(props.completion.completedAt, props.lang), percent: props.completion.percent })}</p>
        ) : null}
        {/* Rendered from the editor's Markdown by the story renderer on save (escaped, safe subset). */}
        <div class="prose">{raw(lesson.bodyHtml)}</div>
        <section id="quiz" class="quiz" aria-labelledby="quiz-title" data-learn-quiz="">
          <h2 id="quiz-title">{t('learn.quiz')}</h2>
          {props.user || props.quiz.kind === 'results' ? null : (
            <p class="notice">
              {t('learn.signInToCount')} <a href={loginHref}>{t('learn.signIn')}</a>
            </p>
          )}
          {props.quiz.kind === 'form' ? (
            <QuizForm
              lang={props.lang}
              action={props.lessonPath}
              questions={questionsForForm(lesson.questions)}
              chosen={props.quiz.chosen}
              missing={props.quiz.missing}
              formError={props.quiz.formError}
            />
          ) : (
            <QuizResults
              lang={props.lang}
              questions={lesson.questions}
              score={props.quiz.score}
              recorded={props.quiz.recorded}
              // A query of its own: after the form post the page's URL is the lesson's, and a link to the
              // same URL with only a fragment would just scroll instead of opening an empty form.
              retakeHref={`${props.lessonPath}?retake=1#quiz`}
              loginHref={loginHref}
            />
          )}
        </section>
      </article>
    </Layout>
  );
}
