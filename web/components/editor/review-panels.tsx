// The review screen's side panels: the facts an editor checks before deciding
// (who, for which unit, where, what kind, since when, from what source, consent),
// the share card that will go out, and the decisions, each one step.
import type { StoryRow } from '../../../workers/editorial/story-content';
import type { StoryContent } from '../../../workers/editorial/story-content';
import type { ReviewFacts } from '../../../workers/editorial/review.queries';
import type { Lang, MessageKey, Translate } from '../../i18n';
import { vnDateTime, vnDateTimeLocal } from './format';
import { waitedFor } from './waited';

export function FactsPanel(props: { t: Translate; lang: Lang; story: StoryRow; shown: StoryContent; facts: ReviewFacts; now: number; provenanceMissing: boolean }) {
  const { t, facts, shown, story } = props;
  return (
    <section aria-labelledby="facts-h" class="panel review-facts">
      <h2 id="facts-h">{t('rv.facts.heading')}</h2>
      <dl class="facts">
        <dt>{t('rv.facts.author')}</dt>
        <dd>{facts.authorName ?? t('ed.notSet')}</dd>
        <dt>{t('rv.facts.unit')}</dt>
        <dd>{facts.authorUnit ?? t('ed.notSet')}</dd>
        <dt>{t('rv.facts.province')}</dt>
        <dd>{facts.provinceName}</dd>
        <dt>{t('rv.facts.category')}</dt>
        <dd>{props.lang === 'vi' ? facts.categoryNameVi : facts.categoryNameEn}</dd>
        <dt>{t('rv.facts.submitted')}</dt>
        <dd>
          {story.submittedAt ? (
            <>
              <time datetime={new Date(story.submittedAt).toISOString()}>{vnDateTime(story.submittedAt)}</time>
              {story.status === 'submitted' || story.pendingRevision !== null ? ` (${waitedFor(t, story.submittedAt, props.now)})` : ''}
            </>
          ) : (
            t('rv.facts.notSubmitted')
          )}
        </dd>
        <dt>{t('ed.field.sourceType')}</dt>
        <dd>{shown.sourceType ? t(`ed.source.${shown.sourceType}`) : t('ed.notSet')}</dd>
        <dt>{t('ed.field.sourceDetail')}</dt>
        <dd>{shown.sourceDetail ?? t('ed.notSet')}</dd>
        <dt>{t('ed.field.consent')}</dt>
        <dd>{shown.consent ? t('ed.consentYes') : t('ed.consentNo')}</dd>
        <dt>{t('ed.field.showAuthor')}</dt>
        <dd>{shown.showAuthor ? t('ed.showAuthorYes') : t('ed.showAuthorNo')}</dd>
      </dl>
      {props.provenanceMissing ? <p class="notice">{t('ed.missingProvenance')}</p> : null}
    </section>
  );
}

/** The card readers will share, drawn from the text under review (an editor-only, unstored render). */
export function CardPanel(props: { t: Translate; storyId: number; revision: number; title: string; category: string; province: string }) {
  const { t } = props;
  const src = `/editor/stories/${props.storyId}/card.png?revision=${props.revision}`;
  return (
    <section aria-labelledby="card-h" class="panel review-card">
      <h2 id="card-h">{t('rv.card.heading')}</h2>
      <p class="muted">{t('rv.card.intro')}</p>
      <img
        class="card-preview"
        src={src}
        width={1200}
        height={630}
        loading="lazy"
        alt={t('rv.card.alt', { title: props.title, category: props.category, province: props.province })}
      />
      <p>
        <a href={`${src}&format=square`}>{t('rv.card.square')}</a>
      </p>
    </section>
  );
}

/** Four-eyes, said before the editor tries: which rule, why, and who can approve instead. */
export function FourEyesPanel(props: { t: Translate; refusal: 'own' | 'edited'; provinceName: string }) {
  const { t } = props;
  return (
    <section aria-labelledby="four-eyes-h" class="panel four-eyes">
      <h2 id="four-eyes-h">{t('rv.fourEyes.heading')}</h2>
      <p class="notice">{t(props.refusal === 'own' ? 'ed.ownStory' : 'ed.editedByYou')}</p>
      <p>{t('rv.fourEyes.why')}</p>
      <p>{t('rv.fourEyes.who', { province: props.provinceName })}</p>
    </section>
  );
}

/** Field errors for one name, next to its field. */
export function fieldErrors(errors: { path: string; message: string }[] | undefined, path: string): string[] {
  return (errors ?? []).filter((e) => e.path === path).map((e) => e.message);
}

/**
 * Approve a submitted story: publish now (one button), or, under a disclosure,
 * approve and schedule (one form with the time). "Publish at" lives only there.
 */
export function ApprovePanels(props: {
  t: Translate;
  story: StoryRow;
  now: number;
  /** What the editor typed into the schedule form, when it came back with a problem. */
  publishAt?: string;
  publishAtErrors: string[];
}) {
  const { t, story } = props;
  const scheduleOpen = props.publishAt !== undefined || props.publishAtErrors.length > 0;
  return (
    <>
      <section aria-labelledby="approve-h" class="panel">
        <h2 id="approve-h">{t('rv.approve.heading')}</h2>
        <p class="muted">{t('rv.approve.intro')}</p>
        <form method="post" action={`/editor/stories/${story.id}/approve`} class="stack-form" id="approve-now">
          <input type="hidden" name="revision" value={String(story.revision)} />
          <input type="hidden" name="mode" value="now" />
          <p>
            <button type="submit">{t('rv.approve.submit')}</button>
          </p>
        </form>
      </section>
      <details class="panel schedule-panel" open={scheduleOpen}>
        <summary>{t('rv.schedule.summary')}</summary>
        <form method="post" action={`/editor/stories/${story.id}/approve`} class="stack-form" id="approve-schedule">
          <p class="muted">{t('rv.schedule.intro')}</p>
          <input type="hidden" name="revision" value={String(story.revision)} />
          <input type="hidden" name="mode" value="schedule" />
          <label for="publish-at">{t('ed.approve.when')}</label>
          {props.publishAtErrors.map((message) => (
            <p class="field-error" id="publish-at-error">
              {t('ed.fieldError', { field: t('ed.field.publishAt'), message })}
            </p>
          ))}
          <input
            id="publish-at"
            type="datetime-local"
            name="publishAt"
            required
            value={props.publishAt ?? vnDateTimeLocal(props.now + 3_600_000)}
            aria-describedby={props.publishAtErrors.length ? 'publish-at-error' : undefined}
            aria-invalid={props.publishAtErrors.length ? 'true' : undefined}
          />
          <p>
            <button type="submit">{t('rv.schedule.submit')}</button>
          </p>
        </form>
      </details>
    </>
  );
}

/**
 * A decision that needs a reason the author will read (reject, withdraw): one panel,
 * one form, one textarea. `revision` names the version decided on, where there is one;
 * `value` keeps what was typed when the form comes back with a problem.
 */
export function ReasonForm(props: {
  t: Translate;
  id: string;
  action: string;
  heading: MessageKey;
  label: MessageKey;
  submit: MessageKey;
  intro?: MessageKey;
  revision?: number;
  value?: string;
}) {
  const { t } = props;
  return (
    <section aria-labelledby={`${props.id}-h`} class="panel">
      <h2 id={`${props.id}-h`}>{t(props.heading)}</h2>
      {props.intro ? <p class="muted">{t(props.intro)}</p> : null}
      <form method="post" action={props.action} class="stack-form">
        {props.revision !== undefined ? <input type="hidden" name="revision" value={String(props.revision)} /> : null}
        <label for={`${props.id}-reason`}>{t(props.label)}</label>
        <textarea id={`${props.id}-reason`} name="reason" rows={3} required minlength={3} maxlength={1000}>
          {props.value ?? ''}
        </textarea>
        <p>
          <button type="submit" class="button secondary">
            {t(props.submit)}
          </button>
        </p>
      </form>
    </section>
  );
}
