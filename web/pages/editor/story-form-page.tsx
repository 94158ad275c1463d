import { raw } from 'hono/html';
import { sourceTypes, type StoryStatus } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import type { ReviewState } from '../../../workers/editorial/pending';
import type { StoryRow } from '../../../workers/editorial/story-content';
import { coverUrl } from '../../../workers/editorial/story-json';
import { DoneNotice, ErrorSummary, type PageError } from '../../components/editor/page-error';
import { StatusBadge } from '../../components/editor/story-table';
import { Layout } from '../../components/layout';
import { translator, type Lang, type Translate } from '../../i18n';

/** What the form shows: the saved story, or what was just typed when saving failed. */
export type StoryFormValues = {
  title: string;
  summary: string;
  body: string;
  categoryCode: string;
  provinceCode: string;
  commune: string;
  tags: string;
  captions: string[];
  hashtags: string;
  sourceType: string;
  sourceDetail: string;
  consent: boolean;
  coverAlt: string;
  revision: number;
};

export function formValuesOf(story: StoryRow): StoryFormValues {
  return {
    title: story.title,
    summary: story.summary,
    body: story.body,
    categoryCode: story.categoryCode,
    provinceCode: story.provinceCode,
    commune: story.commune ?? '',
    tags: story.tags.join(', '),
    captions: story.captions,
    hashtags: story.hashtags.join(' '),
    sourceType: story.sourceType ?? '',
    sourceDetail: story.sourceDetail ?? '',
    consent: story.consent,
    coverAlt: story.coverAlt ?? '',
    revision: story.revision,
  };
}

export type StoryFormProps = {
  lang: Lang;
  user: SessionUser;
  story: StoryRow | null;
  values: StoryFormValues | null;
  provinces: { code: string; name: string }[];
  categories: { code: string; nameVi: string; nameEn: string }[];
  canEdit: boolean;
  isEditor: boolean;
  /** A public story's edit awaiting approval, and the last one turned down (the form shows the pending text). */
  review?: ReviewState;
  /** Sanitised HTML of the body (renderMarkdown output) for the preview pane. */
  previewHtml?: string;
  error?: PageError;
  done?: string;
};

function Field(props: { id: string; label: string; help?: string; children: unknown }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.help ? (
        <p class="field-help" id={`${props.id}-help`}>
          {props.help}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

function CoverForm(props: { t: Translate; story: StoryRow }) {
  const { t, story } = props;
  const url = coverUrl(story.coverKey);
  return (
    <section class="cover-box" aria-labelledby="cover-h">
      <h2 id="cover-h">{t('ed.field.cover')}</h2>
      {url ? (
        <figure class="cover-current">
          <img src={url} alt={story.coverAlt ?? ''} width="480" />
          <figcaption>{t('ed.cover.current')}</figcaption>
        </figure>
      ) : null}
      <form method="post" action={`/editor/stories/${story.id}/cover`} enctype="multipart/form-data" class="stack-form">
        <input type="hidden" name="revision" value={String(story.revision)} />
        <label for="cover-file">{t('ed.field.coverFile')}</label>
        <input id="cover-file" type="file" name="file" accept="image/jpeg,image/png,image/webp" required />
        <label for="cover-alt">{t('ed.field.coverAlt')}</label>
        <input id="cover-alt" type="text" name="alt" maxlength={300} required value={story.coverAlt ?? ''} />
        <p>
          <button type="submit" class="button secondary">
            {t('ed.cover.upload')}
          </button>
        </p>
      </form>
    </section>
  );
}

const submittable: StoryStatus[] = ['draft', 'rejected'];

/** The story editor: every content field, Markdown preview, provenance, cover upload. */
export function StoryFormPage(props: StoryFormProps) {
  const t = translator(props.lang);
  const { story } = props;
  const v = props.values;
  const title = story ? t('ed.form.editTitle') : t('ed.form.newTitle');
  const path = story ? `/editor/stories/${story.id}` : '/editor/stories/new';
  const preview = props.previewHtml ?? story?.bodyHtml ?? '';
  const captions = [0, 1, 2].map((i) => v?.captions[i] ?? '');
  return (
    <Layout lang={props.lang} title={title} path={path} user={props.user} scripts={['/js/editor.js']}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <h1>{title}</h1>
      {story ? (
        <p class="story-meta">
          <StatusBadge t={t} status={story.status} /> <span>{t('ed.revisionNo', { n: story.revision })}</span>
          {props.isEditor ? (
            <>
              {' · '}
              <a href={`/editor/stories/${story.id}/review`}>{t('ed.review')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <DoneNotice t={t} done={props.done} prefix="ed.done" />
      <ErrorSummary t={t} error={props.error} />
      {story?.status === 'rejected' && story.rejectionReason ? <p class="notice">{t('ed.rejectedBecause', { reason: story.rejectionReason })}</p> : null}
      {props.review?.pending ? <p class="notice">{t('ed.pending.awaiting', { revision: props.review.pending.revision })}</p> : null}
      {props.review?.lastRejection && !props.review.pending ? (
        <p class="notice">{t('ed.pending.rejected', { revision: props.review.lastRejection.revision, reason: props.review.lastRejection.reason ?? '—' })}</p>
      ) : null}
      {!props.canEdit && story ? (
        <>
          <p class="notice">{t('ed.readonly', { status: t(`ed.status.${story.status}`) })}</p>
          <article class="story-preview">
            <h2>{story.title}</h2>
            <p class="lead">{story.summary}</p>
            <div class="prose">{raw(story.bodyHtml)}</div>
          </article>
        </>
      ) : (
        <div class="editor-grid">
          <form method="post" action={story ? `/editor/stories/${story.id}` : '/editor/stories'} class="stack-form story-form" id="story-form">
            {story ? <input type="hidden" name="revision" value={String(v?.revision ?? story.revision)} /> : null}
            <Field id="f-title" label={t('ed.field.title')}>
              <input id="f-title" type="text" name="title" required minlength={3} maxlength={200} value={v?.title ?? ''} />
            </Field>
            <Field id="f-summary" label={t('ed.field.summary')}>
              <textarea id="f-summary" name="summary" rows={3} maxlength={600}>
                {v?.summary ?? ''}
              </textarea>
            </Field>
            <Field id="f-body" label={t('ed.field.body')} help={t('ed.field.bodyHelp')}>
              <textarea id="f-body" name="body" rows={16} aria-describedby="f-body-help" data-preview-target="preview-body">
                {v?.body ?? ''}
              </textarea>
            </Field>
            <div class="field-row">
              <Field id="f-categoryCode" label={t('ed.field.categoryCode')}>
                <select id="f-categoryCode" name="categoryCode" required>
                  {props.categories.map((c) => (
                    <option value={c.code} selected={v?.categoryCode === c.code}>
                      {props.lang === 'vi' ? c.nameVi : c.nameEn}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="f-provinceCode" label={t('ed.field.provinceCode')}>
                <select id="f-provinceCode" name="provinceCode" required>
                  {props.provinces.map((p) => (
                    <option value={p.code} selected={(v?.provinceCode ?? props.user.provinceCode) === p.code}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <Field id="f-commune" label={t('ed.field.commune')}>
              <input id="f-commune" type="text" name="commune" maxlength={120} value={v?.commune ?? ''} />
            </Field>
            <Field id="f-tags" label={t('ed.field.tags')} help={t('ed.field.tagsHelp')}>
              <input id="f-tags" type="text" name="tags" aria-describedby="f-tags-help" value={v?.tags ?? ''} />
            </Field>
            <fieldset id="f-captions">
              <legend>{t('ed.field.captions')}</legend>
              {captions.map((caption, i) => (
                <>
                  <label for={`f-caption-${i}`}>{t('ed.field.caption', { n: i + 1 })}</label>
                  <textarea id={`f-caption-${i}`} name="captions" rows={2} maxlength={500}>
                    {caption}
                  </textarea>
                </>
              ))}
            </fieldset>
            <Field id="f-hashtags" label={t('ed.field.hashtags')} help={t('ed.field.hashtagsHelp')}>
              <input id="f-hashtags" type="text" name="hashtags" aria-describedby="f-hashtags-help" value={v?.hashtags ?? ''} />
            </Field>
            <fieldset>
              <legend>{t('ed.field.source')}</legend>
              <Field id="f-sourceType" label={t('ed.field.sourceType')}>
                <select id="f-sourceType" name="sourceType">
                  <option value="">{t('ed.source.none')}</option>
                  {sourceTypes.map((type) => (
                    <option value={type} selected={v?.sourceType === type}>
                      {t(`ed.source.${type}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="f-sourceDetail" label={t('ed.field.sourceDetail')} help={t('ed.field.sourceDetailHelp')}>
                <textarea id="f-sourceDetail" name="sourceDetail" rows={2} maxlength={1000} aria-describedby="f-sourceDetail-help">
                  {v?.sourceDetail ?? ''}
                </textarea>
              </Field>
              <div class="check">
                <input id="f-consent" type="checkbox" name="consent" value="yes" checked={v?.consent ?? false} />
                <label for="f-consent">{t('ed.field.consent')}</label>
              </div>
            </fieldset>
            {story?.status === 'published' ? (
              <Field id="f-correctionNote" label={t('corrections.field')} help={t('corrections.fieldHelp')}>
                <textarea id="f-correctionNote" name="correctionNote" rows={2} maxlength={1000} aria-describedby="f-correctionNote-help"></textarea>
              </Field>
            ) : null}
            {story?.coverKey ? (
              <Field id="f-coverAlt" label={t('ed.field.coverAlt')}>
                <input id="f-coverAlt" type="text" name="coverAlt" maxlength={300} required value={v?.coverAlt ?? ''} />
              </Field>
            ) : null}
            <p class="form-actions">
              <button type="submit" name="intent" value="save">
                {t('ed.save')}
              </button>
              <button type="submit" name="intent" value="preview" class="button secondary">
                {t('ed.preview')}
              </button>
              {!story || submittable.includes(story.status) ? (
                <button type="submit" name="intent" value="submit" class="button secondary">
                  {t('ed.saveSubmit')}
                </button>
              ) : null}
            </p>
          </form>
          <aside class="preview-pane" aria-labelledby="preview-h">
            <h2 id="preview-h">{t('ed.preview.heading')}</h2>
            <div id="preview-body" class="prose" aria-live="polite" data-empty={t('ed.preview.empty')}>
              {preview ? raw(preview) : <p class="muted">{t('ed.preview.empty')}</p>}
            </div>
          </aside>
        </div>
      )}
      {story && props.canEdit ? <CoverForm t={t} story={story} /> : null}
      {!story ? <p class="muted">{t('ed.cover.saveFirst')}</p> : null}
    </Layout>
  );
}
