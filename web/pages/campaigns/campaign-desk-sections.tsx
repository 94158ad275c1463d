// The parts of `/editor/campaigns/:id` that pick and order stories and set the cover.
// Every control is a plain form (works without JavaScript); /js/campaign-desk.js adds
// results while typing, drag to reorder and a preview of the chosen image.
import type { StoryStatus } from '../../../schema';
import type { PickerResult } from '../../../workers/campaigns/story-picker.view';
import type { FieldError } from '../../../workers/core/errors';
import type { Translate } from '../../i18n';

/** The message for `field` next to its input (the error summary at the top links here). */
function FieldMessage(props: { id: string; field: string; errors: FieldError[] }) {
  const error = props.errors.find((e) => e.path.split('.')[0] === props.field);
  return error ? (
    <span class="field-error" id={props.id}>
      {error.message}
    </span>
  ) : null;
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;
const hasError = (errors: FieldError[], field: string) => errors.some((e) => e.path.split('.')[0] === field);

export type DeskStory = { id: number; title: string; status: StoryStatus; provinceName: string };

/**
 * A button whose visible text is the verb and whose accessible name also says which story
 * ("Đưa lên: <title>"); the name starts with the visible text, so speech input finds it.
 */
function StoryButton(props: { label: string; title: string; class?: string }) {
  return (
    <button type="submit" class={props.class} aria-label={`${props.label}: ${props.title}`}>
      {props.label}
    </button>
  );
}

/** One "move a step" form; up and down differ only in direction and label. */
function MoveForm(props: { action: string; story: { id: number; title: string }; direction: 'up' | 'down'; label: string }) {
  return (
    <form method="post" action={props.action}>
      <input type="hidden" name="story" value={String(props.story.id)} />
      <input type="hidden" name="direction" value={props.direction} />
      <StoryButton label={props.label} title={props.story.title} class="button secondary" />
    </form>
  );
}

/** The campaign's stories in order, each with one-step up/down and remove forms. */
export function CampaignStoryList(props: { t: Translate; campaignId: number; stories: DeskStory[]; editable: boolean }) {
  const { t, campaignId, stories } = props;
  const action = (what: string) => `/editor/campaigns/${campaignId}/stories/${what}`;
  return (
    <section aria-labelledby="cm-stories" id="cf-stories" class="cm-desk-section">
      <h2 id="cm-stories">{t('cmd.stories.heading')}</h2>
      <p class="muted">{t('cmd.stories.hint')}</p>
      {stories.length === 0 ? <p>{t('cmd.stories.empty')}</p> : null}
      {props.editable && stories.length > 1 ? (
        <p class="muted cm-drag-hint" hidden>
          {t('cmd.stories.dragHint')}
        </p>
      ) : null}
      <ol
        class="cm-story-list"
        data-campaign={String(campaignId)}
        data-editable={props.editable ? 'true' : 'false'}
        data-saving={t('cmd.stories.saving')}
        data-saved={t('cmd.stories.saved')}
        data-failed={t('cmd.stories.failed')}
      >
        {stories.map((s, i) => (
          <li class="cm-story" id={`cm-story-${s.id}`} data-story={String(s.id)}>
            <div class="cm-story-text">
              <a href={`/editor/stories/${s.id}`} class="cm-story-title">
                {s.title}
              </a>
              <span class="muted">
                {s.provinceName}
                {s.status !== 'published' ? ` · ${t('cmd.stories.notPublic', { status: t(`ed.status.${s.status}`) })}` : ''}
              </span>
            </div>
            {props.editable ? (
              <div class="cm-story-controls">
                {i > 0 ? <MoveForm action={action('move')} story={s} direction="up" label={t('cmd.stories.up')} /> : null}
                {i < stories.length - 1 ? (
                  <MoveForm action={action('move')} story={s} direction="down" label={t('cmd.stories.down')} />
                ) : null}
                <form method="post" action={action('remove')}>
                  <input type="hidden" name="story" value={String(s.id)} />
                  <StoryButton label={t('cmd.stories.remove')} title={s.title} class="button secondary cm-remove" />
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <p class="cm-order-status" role="status" aria-live="polite"></p>
    </section>
  );
}

/** One search result with its "Thêm" form (or a note that the campaign has it already). */
export function PickerResultItem(props: { t: Translate; campaignId: number; q: string; result: PickerResult }) {
  const { t, result: r } = props;
  return (
    <li class="cm-result">
      <div class="cm-story-text">
        <span class="cm-story-title">{r.title}</span>
        <span class="muted">
          {r.provinceName} · {t('cmd.find.published', { time: r.publishedLabel })}
        </span>
      </div>
      {r.inCampaign ? (
        <p class="muted cm-result-note">{t('cmd.find.already')}</p>
      ) : (
        <form method="post" action={`/editor/campaigns/${props.campaignId}/stories/add`}>
          <input type="hidden" name="story" value={String(r.id)} />
          <input type="hidden" name="q" value={props.q} />
          <StoryButton label={t('cmd.find.add')} title={r.title} />
        </form>
      )}
    </li>
  );
}

/** Find published stories by title (a GET form, so the results are a page of their own without JS). */
export function StoryFinder(props: { t: Translate; campaignId: number; q: string; results: PickerResult[] | null; errors: FieldError[] }) {
  const { t, q, results, errors } = props;
  return (
    <section aria-labelledby="cm-find" id="cm-find-section" class="cm-desk-section">
      <h2 id="cm-find">{t('cmd.find.heading')}</h2>
      <form method="get" action={`/editor/campaigns/${props.campaignId}#cm-find-section`} class="cm-find-form" role="search">
        <label for="cf-story">{t('cmd.find.label')}</label>
        <span class="muted" id="cf-story-hint">
          {t('cmd.find.hint')}
        </span>
        <FieldMessage id="cf-story-error" field="story" errors={errors} />
        <div class="cm-find-row">
          <input
            type="search"
            id="cf-story"
            name="q"
            value={q}
            maxlength={200}
            autocomplete="off"
            aria-describedby={describedBy('cf-story-hint', hasError(errors, 'story') && 'cf-story-error')}
            aria-invalid={hasError(errors, 'story') ? 'true' : undefined}
            aria-controls="cm-results"
            data-search-url={`/api/editor/campaigns/${props.campaignId}/story-search`}
          />
          <button type="submit">{t('cmd.find.submit')}</button>
        </div>
      </form>
      <p class="cm-find-count" id="cm-find-count" role="status" aria-live="polite" data-count={t('cmd.find.count', { count: '{count}' })} data-none={t('cmd.find.none')}>
        {results === null ? '' : results.length === 0 ? t('cmd.find.none') : t('cmd.find.count', { count: results.length })}
      </p>
      <ul
        class="cm-results"
        id="cm-results"
        aria-label={t('cmd.find.results')}
        data-add={t('cmd.find.add')}
        data-already={t('cmd.find.already')}
        data-published={t('cmd.find.published', { time: '{time}' })}
        data-action={`/editor/campaigns/${props.campaignId}/stories/add`}
      >
        {(results ?? []).map((r) => (
          <PickerResultItem t={t} campaignId={props.campaignId} q={q} result={r} />
        ))}
      </ul>
    </section>
  );
}

/** The cover: current image, a file input with a preview (script), required alt text, replace and remove. */
export function CampaignCoverForm(props: {
  t: Translate;
  campaignId: number;
  coverUrl: string | null;
  coverAlt: string;
  altValue?: string;
  errors: FieldError[];
}) {
  const { t, coverUrl, errors } = props;
  const altError = hasError(errors, 'alt') || hasError(errors, 'coverAlt');
  return (
    <section aria-labelledby="cm-cover" id="cm-cover-section" class="cm-desk-section">
      <h2 id="cm-cover">{t('cmd.cover.heading')}</h2>
      {coverUrl ? (
        <figure class="cm-cover-current">
          <img src={coverUrl} alt={props.coverAlt} width={1200} height={630} />
          <figcaption>{t('cmd.cover.current')}</figcaption>
        </figure>
      ) : (
        <p>{t('cmd.cover.none')}</p>
      )}
      <form method="post" action={`/editor/campaigns/${props.campaignId}/cover`} enctype="multipart/form-data" class="stack-form cm-cover-form">
        <p>
          <label for="cf-file">{coverUrl ? t('cmd.cover.fileReplace') : t('cmd.cover.file')}</label>
          <FieldMessage id="cf-file-error" field="file" errors={errors} />
          <input
            id="cf-file"
            type="file"
            name="file"
            accept="image/jpeg,image/png,image/webp"
            required={!coverUrl}
            data-preview="cm-cover-preview"
            aria-describedby={hasError(errors, 'file') ? 'cf-file-error' : undefined}
            aria-invalid={hasError(errors, 'file') ? 'true' : undefined}
          />
        </p>
        <figure class="cm-cover-preview" id="cm-cover-preview" hidden>
          <img alt="" width={1200} height={630} />
          <figcaption>{t('cmd.cover.preview')}</figcaption>
        </figure>
        <p>
          <label for="cf-alt">{t('cmd.cover.alt')}</label>
          <FieldMessage id="cf-alt-error" field={hasError(errors, 'alt') ? 'alt' : 'coverAlt'} errors={errors} />
          <input
            id="cf-alt"
            type="text"
            name="alt"
            maxlength={300}
            required
            value={props.altValue ?? props.coverAlt}
            aria-describedby={altError ? 'cf-alt-error' : undefined}
            aria-invalid={altError ? 'true' : undefined}
          />
        </p>
        <p>
          <button type="submit">{coverUrl ? t('cmd.cover.replace') : t('cmd.cover.upload')}</button>
        </p>
      </form>
      {coverUrl ? (
        <form method="post" action={`/editor/campaigns/${props.campaignId}/cover/remove`}>
          <button type="submit" class="button secondary">
            {t('cmd.cover.remove')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
