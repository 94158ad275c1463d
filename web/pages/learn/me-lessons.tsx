import type { Completion, LessonListItem } from '../../../workers/learn/learn.queries';
import { formatDate } from '../../components/date';
import { translator, type Lang } from '../../i18n';

export type MyLessons = { lessons: LessonListItem[]; completions: Map<number, Completion> };

/** `/me`'s "Bài học": the lessons this member completed (date and score), then those still to do. */
export function MeLessonsSection(props: { lang: Lang; data: MyLessons }) {
  const t = translator(props.lang);
  const done = props.data.lessons.filter((l) => props.data.completions.has(l.id));
  const todo = props.data.lessons.filter((l) => !props.data.completions.has(l.id));
  return (
    <section aria-labelledby="me-lessons-h" class="panel me-lessons">
      <h2 id="me-lessons-h">{t('learn.me.title')}</h2>
      <h3>{t('learn.me.done')}</h3>
      {done.length === 0 ? (
        <p class="muted">{t('learn.me.noneDone')}</p>
      ) : (
        <ul class="me-lessons__list" data-me-lessons="done">
          {done.map((l) => {
            const c = props.data.completions.get(l.id);
            return (
              <li>
                <a href={`/hoc/${l.slug}`}>{l.title}</a>
                {c ? <span class="muted"> — {t('learn.me.doneOn', { date: formatDate(c.completedAt, props.lang), percent: c.percent })}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('learn.me.todo')}</h3>
      {todo.length === 0 ? (
        <p class="muted">{t('learn.me.allDone')}</p>
      ) : (
        <ul class="me-lessons__list" data-me-lessons="todo">
          {todo.map((l) => (
            <li>
              <a href={`/hoc/${l.slug}`}>{l.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
