import { raw } from 'hono/html';
import { sourceTypes, type StoryStatus } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import type { ReviewState } from '../../../workers/editorial/pending';
import type { StoryRow } from '../../../workers/editorial/story-content';
import { SUMMARY_MAX, TITLE_MAX } from '../../../workers/editorial/editorial.schemas';
import { coverUrl } from '../../../workers/editorial/story-json';
import type { ReplyToneProblem } from '../../../workers/editorial/replies';
import { DoneNotice, ErrorSummary, type PageError } from '../../components/editor/page-error';
import { ReplyFields } from '../../components/editor/reply-fields';
import { StatusBadge } from '../../components/editor/status-badge';
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
  /** The reply kit's boxes as typed (blanks included, so each keeps its place). */
  replies: string[];
  hashtags: string;
  sourceType: string;
  sourceDetail: string;
  consent: boolean;
  showAuthor: boolean;
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
    replies: story.replies,
    hashtags: story.hashtags.join(' '),
    sourceType: story.sourceType ?? '',
    sourceDetail: story.sourceDetail ?? '',
    consent: story.consent,
    showAuthor: story.showAuthor,
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
  /** A file was chosen when the form was refused: browsers cannot put it back, so the page says so. */
  fileDropped?: boolean;
  /** The story is some case's rebuttal (its reply kit needs 2–3 replies before approval). */
  rebuttal?: boolean;
  /** Replies that trip the tone rules, with calmer wordings (shown beside each box). */
  replyTone?: ReplyToneProblem[];
};

function Field(props: { id: string; label: string; help?: string; error?: PageError; t?: Translate; children: unknown }) {
  const name = props.id.replace(/^f-/, '');
  const problem = props.error?.errors?.find((e) => e.path.split('.')[0] === name);
  return (
    <div class={problem ? 'field field-invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.help ? (
        <p class="field-help" id={`${props.id}-help`}>
          {props.help}
        </p>
      ) : null}
      {problem ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.t ? props.t('ed.fieldError', { field: props.label, message: problem.message }) : problem.message}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** "12/200 ký tự" under a field; the script keeps it current and announces only when the limit nears. */
function Counter(props: { t: Translate; id: string; label: string; value: string; max: number }) {
  // Counted as the server counts: NFC, UTF-16 units (what valibot's maxLength measures).
  const n = props.value.normalize('NFC').length;
  return (
    <p class="char-count" id={`${props.id}-count`} data-count-for={props.id} data-max={String(props.max)} data-template={props.t('wr.count', { n: '{n}', max: '{max}' })}
      data-near={props.t('wr.count.near', { field: props.label, left: '{left}' })} data-over={props.t('wr.count.over', { field: props.label, over: '{over}' })}>
      <span class="char-count-text">{props.t('wr.count', { n, max: props.max })}</span>
      <span class="visually-hidden" aria-live="polite" data-count-live></span>
    </p>
  );
}

/** Buttons that write Markdown the renderer accepts; shown only where the script runs. */
function Toolbar(props: { t: Translate }) {
  const { t } = props;
  const tools = [
    ['bold', t('wr.tool.bold')],
    ['italic', t('wr.tool.italic')],
    ['heading', t('wr.tool.heading')],
    ['list', t('wr.tool.list')],
    ['quote', t('wr.tool.quote')],
    ['link', t('wr.tool.link')],
  ] as const;
  return (
    <div class="md-toolbar" role="toolbar" aria-label={t('wr.toolbar')} aria-controls="f-body" data-sample={t('wr.tool.sample')} hidden>
      {tools.map(([tool, label]) => (
        <button type="button" class={`md-tool md-${tool}`} data-md={tool}>
          {label}
        </button>
      ))}
    </div>
  );
}

/** The cover, inside the story form: chosen before the first save, previewed, replaced or removed. */
function CoverFields(props: { t: Translate; story: StoryRow | null; alt: string; fileDropped?: boolean; error?: PageError }) {
  const { t, story } = props;
  const url = coverUrl(story?.coverKey ?? null);
  return (
    <fieldset class="cover-box" id="f-cover">
      <legend>{t('ed.field.cover')}</legend>
      {url ? (
        <figure class="cover-current">
          <img src={url} alt={story?.coverAlt ?? ''} width="480" />
          <figcaption>{t('ed.cover.current')}</figcaption>
        </figure>
      ) : null}
      <Field id="f-file" label={t('ed.field.coverFile')} help={url ? t('wr.cover.replaceHelp') : t('wr.cover.help')} error={props.error} t={t}>
        {props.fileDropped ? (
          <p class="notice" id="f-file-dropped">
            {t('wr.cover.dropped')}
          </p>
        ) : null}
        <input id="f-file" type="file" name="file" accept="image/jpeg,image/png,image/webp" aria-describedby={props.fileDropped ? 'f-file-help f-file-dropped' : 'f-file-help'} />
      </Field>
      <figure class="cover-chosen" id="cover-chosen" hidden>
        <img id="cover-chosen-img" alt="" width="480" />
        <figcaption>{t('wr.cover.chosen')}</figcaption>
        <button type="button" class="button secondary" id="cover-clear">
          {t('wr.cover.clear')}
        </button>
      </figure>
      <Field id="f-coverAlt" label={t('ed.field.coverAlt')} help={t('wr.cover.altHelp')} error={props.error} t={t}>
        <input id="f-coverAlt" type="text" name="coverAlt" maxlength={300} value={props.alt} aria-describedby="f-coverAlt-help" />
      </Field>
      {url ? (
        <div class="check">
          <input id="f-removeCover" type="checkbox" name="removeCover" value="yes" />
          <label for="f-removeCover">{t('wr.cover.remove')}</label>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Where the form's script reports autosaves ("Đã lưu lúc 22:55"); its messages come from here, in the page's language. */
function AutosaveStatus(props: { t: Translate; server: boolean }) {
  const { t } = props;
  return (
    <div class="autosave" id="autosave" hidden>
      <p class="autosave-status" id="autosave-status" role="status"
        data-saved={t('wr.autosave.saved', { time: '{time}' })} data-local={t('wr.autosave.local', { time: '{time}' })}
        data-saving={t('wr.autosave.saving')} data-failed={t('wr.autosave.failed')} data-need={t('wr.autosave.needFields', { time: '{time}' })}>
        {props.server ? t('wr.autosave.draft') : t('wr.autosave.localOnly')}
      </p>
      <div class="notice draft-restore" id="draft-restore" hidden>
        <p id="draft-restore-text" data-template={t('wr.restore.text', { time: '{time}' })}></p>
        <p class="form-actions">
          <button type="button" class="button" id="draft-restore-yes">
            {t('wr.restore.yes')}
          </button>
          <button type="button" class="button secondary" id="draft-restore-no">
            {t('wr.restore.no')}
          </button>
        </p>
      </div>
    </div>
  );
}

const submittable: StoryStatus[] = ['draft', 'rejected'];

/** The story editor: every content field, cover, Markdown toolbar and preview, provenance, autosave. */
export function StoryFormPage(props: StoryFormProps) {
  const t = translator(props.lang);
  const { story } = props;
  const v = props.values;
  const title = story ? t('ed.form.editTitle') : t('ed.form.newTitle');
  const path = story ? `/editor/stories/${story.id}` : '/editor/stories/new';
  const preview = props.previewHtml ?? story?.bodyHtml ?? '';
  const captions = [0, 1, 2].map((i) => v?.captions[i] ?? '');
  const canSubmit = !story || submittable.includes(story.status);
  // Only the writer's own drafts autosave to the server: anything else would file a revision behind their back.
  const serverAutosave = !story || (story.status === 'draft' && story.authorId === props.user.id);
  const err = props.error;
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
            {story.coverKey ? <img class="cover" src={coverUrl(story.coverKey) ?? ''} alt={story.coverAlt ?? ''} width="480" /> : null}
            <h2>{story.title}</h2>
            <p class="lead">{story.summary}</p>
            <div class="prose">{raw(story.bodyHtml)}</div>
            {story.replies.length > 0 ? (
              <>
                <h3>{t('replies.review.heading')}</h3>
                <ol class="reply-list">
                  {story.replies.map((reply) => (
                    <li>{reply}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </article>
        </>
      ) : (
        <form
          method="post"
          action={story ? `/editor/stories/${story.id}` : '/editor/stories'}
          enctype="multipart/form-data"
          class="stack-form story-form"
          id="story-form"
          data-story-key={story ? String(story.id) : 'new'}
          data-autosave={serverAutosave ? 'server' : 'local'}
          data-done={props.done ?? ''}
          data-failed={err ? 'yes' : ''}
        >
          {story ? <input type="hidden" name="revision" value={String(v?.revision ?? story.revision)} /> : null}
          <AutosaveStatus t={t} server={serverAutosave} />
          <Field id="f-title" label={t('ed.field.title')} error={err} t={t}>
            <input id="f-title" type="text" name="title" required minlength={3} maxlength={TITLE_MAX} value={v?.title ?? ''} aria-describedby="f-title-count" />
            <Counter t={t} id="f-title" label={t('ed.field.title')} value={v?.title ?? ''} max={TITLE_MAX} />
          </Field>
          <Field id="f-summary" label={t('ed.field.summary')} error={err} t={t}>
            <textarea id="f-summary" name="summary" rows={3} maxlength={SUMMARY_MAX} aria-describedby="f-summary-count">
              {v?.summary ?? ''}
            </textarea>
            <Counter t={t} id="f-summary" label={t('ed.field.summary')} value={v?.summary ?? ''} max={SUMMARY_MAX} />
          </Field>
          <div class="body-editor">
            <Field id="f-body" label={t('ed.field.body')} help={t('ed.field.bodyHelp')} error={err} t={t}>
              <Toolbar t={t} />
              <textarea id="f-body" name="body" rows={16} aria-describedby="f-body-help" data-preview-target="preview-body">
                {v?.body ?? ''}
              </textarea>
            </Field>
            <section class="preview-pane" id="preview-pane" aria-labelledby="preview-h">
              <h2 id="preview-h">{t('ed.preview.heading')}</h2>
              <p class="field-help">{t('wr.preview.live')}</p>
              <div id="preview-body" class="prose" data-empty={t('ed.preview.empty')}>
                {preview ? raw(preview) : <p class="muted">{t('ed.preview.empty')}</p>}
              </div>
            </section>
          </div>
          <div class="field-row">
            <Field id="f-categoryCode" label={t('ed.field.categoryCode')} error={err} t={t}>
              <select id="f-categoryCode" name="categoryCode" required>
                <option value="" selected={!v?.categoryCode}>
                  {t('wr.placeholder.category')}
                </option>
                {props.categories.map((c) => (
                  <option value={c.code} selected={v?.categoryCode === c.code}>
                    {props.lang === 'vi' ? c.nameVi : c.nameEn}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="f-provinceCode" label={t('ed.field.provinceCode')} error={err} t={t}>
              <select id="f-provinceCode" name="provinceCode" required>
                {/* Never preselected from the writer's account: a preselected province lets wrong ones slip through. */}
                <option value="" selected={!v?.provinceCode}>
                  {t('wr.placeholder.province')}
                </option>
                {props.provinces.map((p) => (
                  <option value={p.code} selected={v?.provinceCode === p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field id="f-commune" label={t('ed.field.commune')}>
            <input id="f-commune" type="text" name="commune" maxlength={120} value={v?.commune ?? ''} />
          </Field>
          <CoverFields t={t} story={story} alt={v?.coverAlt ?? ''} fileDropped={props.fileDropped} error={err} />
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
          <ReplyFields t={t} values={v?.replies ?? []} error={err} rebuttal={props.rebuttal} tone={props.replyTone} />
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
            <div class="check">
              <input id="f-showAuthor" type="checkbox" name="showAuthor" value="yes" checked={v?.showAuthor ?? false} aria-describedby="f-showAuthor-help" />
              <label for="f-showAuthor">{t('ed.field.showAuthor')}</label>
            </div>
            <p class="field-help check-help" id="f-showAuthor-help">
              {t('ed.field.showAuthorHelp')}
            </p>
          </fieldset>
          {story?.status === 'published' ? (
            <Field id="f-correctionNote" label={t('corrections.field')} help={t('corrections.fieldHelp')}>
              <textarea id="f-correctionNote" name="correctionNote" rows={2} maxlength={1000} aria-describedby="f-correctionNote-help"></textarea>
            </Field>
          ) : null}
          {/* "Lưu nháp" comes first in the markup so Enter in a text field saves rather than submits for review;
              CSS shows the primary "Lưu và gửi duyệt" first. */}
          <p class="form-actions">
            <button type="submit" name="intent" value="save" class={canSubmit ? 'button secondary' : 'button'}>
              {canSubmit ? t('wr.saveDraft') : t('ed.save')}
            </button>
            {canSubmit ? (
              <button type="submit" name="intent" value="submit" class="button primary-action">
                {t('ed.saveSubmit')}
              </button>
            ) : null}
            <button type="submit" name="intent" value="preview" class="button secondary" id="preview-button">
              {t('ed.preview')}
            </button>
          </p>
        </form>
      )}
    </Layout>
  );
}
