import type { LessonContent } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

/** `/editor/lessons/:id/preview`: the text rendered by the story renderer, each question with its right answer and explanations. */
export function LessonPreviewPage(props: { lang: Lang; user: SessionUser; id: number; content: LessonContent; bodyHtml: string; pending: boolean }) {
  const t = translator(props.lang);
  const { content } = props;
  return (
    <Layout lang={props.lang} title={t('ld.previewTitle', { title: content.title })} path={`/editor/lessons/${props.id}/preview`} user={props.user}>
      <p class="breadcrumb">
        <a href={`/editor/lessons/${props.id}`}>{t('ld.editTitle')}</a>
      </p>
      <p class="muted">{t('ld.previewLead')}</p>
      {props.pending ? <p class="notice">{t('ld.previewPending')}</p> : null}
      <article class="ld-preview">
        <h1>{content.title}</h1>
        {content.summary ? <p class="lead">{content.summary}</p> : null}
        {/* Rendered by workers/stories/markdown.ts, which escapes raw HTML and refuses unsafe links. */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: props.bodyHtml }} />
        <h2>{t('ld.questions')}</h2>
        <ol class="ld-preview-questions">
          {content.questions.map((q) => (
            <li>
              <p class="ld-preview-prompt">{q.prompt}</p>
              <ul>
                {q.options.map((o, j) => (
                  <li class={j === q.correct ? 'ld-right' : undefined}>
                    <strong>{o.text}</strong>
                    {j === q.correct ? <span class="badge ld-right-badge">{t('ld.correctMark')}</span> : null}
                    <p>{o.explanation}</p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </article>
    </Layout>
  );
}
