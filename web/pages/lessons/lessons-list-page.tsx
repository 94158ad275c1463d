import type { SessionUser } from '../../../workers/core/types';
import type { LessonRow } from '../../../workers/lessons/lessons.queries';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { vnDateTime } from '../reports/format';
import { statusKeys } from './lesson-words';

const doneKeys: Record<string, MessageKey> = { archived: 'ld.done.archived' };

/** `/editor/lessons`: every lesson, newest first, with its state in words. */
export function LessonsListPage(props: { lang: Lang; user: SessionUser; rows: LessonRow[]; done?: string }) {
  const t = translator(props.lang);
  const done = props.done ? doneKeys[props.done] : undefined;
  return (
    <Layout lang={props.lang} title={t('ld.title')} path="/editor/lessons" user={props.user}>
      <h1>{t('ld.title')}</h1>
      {done ? (
        <p class="done-notice" role="status">
          {t(done)}
        </p>
      ) : null}
      <p>{t('ld.lead')}</p>
      <p class="muted">{t('ld.rule')}</p>
      <p class="editor-actions">
        <a class="button" href="/editor/lessons/new">
          {t('ld.new')}
        </a>
      </p>
      {props.rows.length === 0 ? (
        <p>{t('ld.none')}</p>
      ) : (
        <ul class="ld-list">
          {props.rows.map((row) => (
            <li class="ld-item">
              <h2>
                <a href={`/editor/lessons/${row.id}`}>{row.title}</a>
              </h2>
              <p class="ld-meta">
                <span class={`ld-status ld-status-${row.status}`}>{t(statusKeys[row.status])}</span>
                {row.pendingContent ? <span class="ld-pending"> · {t('ld.pendingEdit')}</span> : null}
                <span>
                  {' · '}
                  {t('ld.col.questions')}: {row.questions.length}
                </span>
                <span>
                  {' · '}
                  {t('ld.col.updated')}: {vnDateTime(row.updatedAt)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
