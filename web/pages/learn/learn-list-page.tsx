import type { SessionUser } from '../../../workers/core/types';
import type { Completion, LessonListItem } from '../../../workers/learn/learn.queries';
import { PASS_PERCENT } from '../../../workers/learn/scoring';
import { formatDate } from '../../components/date';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

export type LearnListPageProps = {
  lang: Lang;
  user: SessionUser | null;
  path: string;
  /** `/hoc` or its English alias `/learn`: links stay on the path the reader came by. */
  base: string;
  canonical: string;
  lessons: LessonListItem[];
  completions: Map<number, Completion>;
};

/** `/hoc` (`/learn`): the published lessons, each with whether the signed-in reader completed it. */
export function LearnListPage(props: LearnListPageProps) {
  const t = translator(props.lang);
  return (
    <Layout lang={props.lang} title={t('learn.title')} description={t('learn.description')} canonical={props.canonical} path={props.path} user={props.user} current="/hoc">
      <section class="learn-page" aria-labelledby="learn-title">
        <h1 id="learn-title">{t('learn.title')}</h1>
        <p class="lead">{t('learn.intro', { pass: PASS_PERCENT })}</p>
        {props.user ? null : <p class="notice">{t('learn.signInToCount')}</p>}
        {props.lessons.length === 0 ? (
          <p class="muted">{t('learn.empty')}</p>
        ) : (
          <ul class="learn-list" role="list">
            {props.lessons.map((lesson) => {
              const done = props.completions.get(lesson.id);
              return (
                <li class="learn-item">
                  <h2>
                    <a href={`${props.base}/${lesson.slug}`}>{lesson.title}</a>
                  </h2>
                  {lesson.summary ? <p>{lesson.summary}</p> : null}
                  <p class="muted">{t('learn.questions', { count: lesson.questionCount })}</p>
                  {done ? <p class="learn-done">{t('learn.done', { date: formatDate(done.completedAt, props.lang), percent: done.percent })}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </Layout>
  );
}
