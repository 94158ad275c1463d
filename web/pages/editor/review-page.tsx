import { raw } from 'hono/html';
import type { SessionUser } from '../../../workers/core/types';
import type { FieldChange } from '../../../workers/editorial/revision-diff';
import type { StoryRow } from '../../../workers/editorial/story-content';
import { coverUrl } from '../../../workers/editorial/story-json';
import { vnDateTime, vnDateTimeLocal } from '../../components/editor/format';
import { DoneNotice, ErrorSummary, type PageError } from '../../components/editor/page-error';
import { StatusBadge } from '../../components/editor/story-table';
import type { HistoryEntry } from '../../components/history/describe';
import type { HistoryLookups } from '../../components/history/fields';
import { HistoryList } from '../../components/history/history-list';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';

export type RevisionItem = { revision: number; editorName: string | null; createdAt: number; approvedAt?: number | null; rejectedAt?: number | null };

/** An edit of a public story awaiting a second editor: its text, and what it changes for readers. */
export type PendingView = {
  revision: number;
  editorId: string | null;
  correctionNote: string | null;
  createdAt: number;
  /** The story as it will read once approved. */
  preview: StoryRow;
  diff: { from: number; to: number; changes: FieldChange[] } | null;
};

export type ReviewProps = {
  lang: Lang;
  user: SessionUser;
  story: StoryRow;
  authorName: string | null;
  revisions: RevisionItem[];
  /** What was done to the story (audit entries, newest first), read as sentences. */
  history?: { entries: HistoryEntry[]; lookups: HistoryLookups };
  diff: { from: number; to: number; changes: FieldChange[] } | null;
  pending: PendingView | null;
  lastRejection: { revision: number; reason: string | null } | null;
  /** Why the signed-in editor may not approve what awaits approval (four-eyes), or null. */
  refusal: 'own' | 'edited' | null;
  now: number;
  error?: PageError;
  done?: string;
};

function DiffView(props: { t: Translate; diff: NonNullable<ReviewProps['diff']>; id?: string }) {
  const { t, diff } = props;
  const id = props.id ?? 'diff-h';
  return (
    <section class="diff" aria-labelledby={id}>
      <h3 id={id}>{t('ed.diff.heading', { from: diff.from, to: diff.to })}</h3>
      {diff.changes.length === 0 ? <p>{t('ed.diff.none')}</p> : null}
      {diff.changes.map((change) => {
        const label = t(`ed.field.${change.field === 'coverKey' ? 'cover' : change.field}` as MessageKey);
        return (
          <div class="diff-field">
            <h4>{label}</h4>
            {change.lines ? (
              <ol class="diff-lines">
                {change.lines.map((line) => (
                  <li class={`diff-${line.op}`}>
                    {line.op === 'add' ? <span class="visually-hidden">{t('ed.diff.added')}: </span> : null}
                    {line.op === 'remove' ? <span class="visually-hidden">{t('ed.diff.removed')}: </span> : null}
                    <span aria-hidden="true" class="diff-sign">
                      {line.op === 'add' ? '+' : line.op === 'remove' ? '−' : ' '}
                    </span>
                    {line.text}
                  </li>
                ))}
              </ol>
            ) : (
              <dl class="diff-pair">
                <dt>{t('ed.diff.before')}</dt>
                <dd class="diff-remove">{JSON.stringify(change.before)}</dd>
                <dt>{t('ed.diff.after')}</dt>
                <dd class="diff-add">{JSON.stringify(change.after)}</dd>
              </dl>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** Above the preview of a pending edit: whose edit, and what it changes against the live text. */
function PendingIntro(props: { t: Translate; story: StoryRow; pending: PendingView; revisions: RevisionItem[] }) {
  const { t, pending } = props;
  const editor = props.revisions.find((r) => r.revision === pending.revision)?.editorName ?? '—';
  return (
    <section aria-labelledby="pending-h" class="panel pending-edit">
      <h2 id="pending-h">{t('ed.pending.heading', { revision: pending.revision })}</h2>
      <p>{t('ed.pending.intro', { live: props.story.liveRevision ?? props.story.revision })}</p>
      <p class="muted">{t('ed.pending.by', { name: editor, time: vnDateTime(pending.createdAt) })}</p>
      {pending.diff ? <DiffView t={t} diff={pending.diff} id="pending-diff-h" /> : null}
    </section>
  );
}

/** Approve (with the correction note readers get) or turn down a pending edit; both name its revision. */
function PendingDecision(props: { t: Translate; story: StoryRow; pending: PendingView; refusal: ReviewProps['refusal'] }) {
  const { t, story, pending } = props;
  if (props.refusal) return <p class="notice">{t(props.refusal === 'own' ? 'ed.ownStory' : 'ed.editedByYou')}</p>;
  return (
    <>
      <section aria-labelledby="approve-edit-h" class="panel">
        <h2 id="approve-edit-h">{t('ed.pending.approve')}</h2>
        <form method="post" action={`/editor/stories/${story.id}/approve`} class="stack-form">
          <input type="hidden" name="revision" value={String(pending.revision)} />
          {story.status === 'published' ? (
            <>
              <label for="approve-note">{t('corrections.field')}</label>
              <textarea id="approve-note" name="correctionNote" rows={2} maxlength={1000}>
                {pending.correctionNote ?? ''}
              </textarea>
            </>
          ) : null}
          <p>
            <button type="submit">{t('ed.pending.approve')}</button>
          </p>
        </form>
      </section>
      <ReasonForm
        t={t}
        id="reject-edit"
        action={`/editor/stories/${story.id}/reject`}
        heading="ed.pending.reject"
        label="ed.reject.reason"
        submit="ed.pending.rejectSubmit"
        revision={pending.revision}
      />
    </>
  );
}

/**
 * A decision that needs a reason the author will read (reject, withdraw): one panel,
 * one form, one textarea. `revision` names the version decided on, where there is one.
 */
function ReasonForm(props: { t: Translate; id: string; action: string; heading: MessageKey; label: MessageKey; submit: MessageKey; revision?: number }) {
  const { t } = props;
  return (
    <section aria-labelledby={`${props.id}-h`} class="panel">
      <h2 id={`${props.id}-h`}>{t(props.heading)}</h2>
      <form method="post" action={props.action} class="stack-form">
        {props.revision !== undefined ? <input type="hidden" name="revision" value={String(props.revision)} /> : null}
        <label for={`${props.id}-reason`}>{t(props.label)}</label>
        <textarea id={`${props.id}-reason`} name="reason" rows={3} required minlength={3} maxlength={1000} />
        <p>
          <button type="submit" class="button secondary">
            {t(props.submit)}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The review screen: the story as readers will see it, provenance, and the editor's decisions. */
export function ReviewPage(props: ReviewProps) {
  const t = translator(props.lang);
  const { story, pending } = props;
  // What is up for approval: a pending edit's text when there is one, else the story itself.
  const shown = pending?.preview ?? story;
  const provenanceMissing = !shown.sourceType || !shown.sourceDetail || !shown.consent;
  const cover = coverUrl(shown.coverKey);
  const revs = props.revisions;
  const defaultFrom = props.diff?.from ?? revs[1]?.revision ?? revs[0]?.revision ?? 1;
  const defaultTo = props.diff?.to ?? revs[0]?.revision ?? 1;
  return (
    <Layout lang={props.lang} title={`${t('ed.reviewTitle')}: ${story.title}`} path={`/editor/stories/${story.id}/review`} user={props.user}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <h1>{t('ed.reviewTitle')}</h1>
      <p class="story-meta">
        <StatusBadge t={t} status={story.status} /> {t('ed.reviewMeta', { author: props.authorName ?? '—', revision: story.revision })}
        {' · '}
        <a href={`/editor/stories/${story.id}`}>{t('ed.edit')}</a>
        {story.status === 'published' ? (
          <>
            {' · '}
            <a href={`/stories/${story.slug}`}>{t('ed.viewPublic')}</a>
          </>
        ) : null}
      </p>
      {story.status === 'scheduled' && story.scheduledAt ? <p class="notice">{t('ed.scheduledFor', { time: vnDateTime(story.scheduledAt) })}</p> : null}
      {story.publishedAt && story.status === 'published' ? <p class="muted">{t('ed.publishedAt', { time: vnDateTime(story.publishedAt) })}</p> : null}
      <DoneNotice t={t} done={props.done} prefix="ed.done" />
      <ErrorSummary t={t} error={props.error} />
      {props.lastRejection && !pending ? (
        <p class="notice">{t('ed.pending.rejected', { revision: props.lastRejection.revision, reason: props.lastRejection.reason ?? '—' })}</p>
      ) : null}
      {pending ? <PendingIntro t={t} story={story} pending={pending} revisions={props.revisions} /> : null}
      <div class="review-grid">
        <article class="story-preview">
          {cover ? <img class="cover" src={cover} alt={shown.coverAlt ?? ''} /> : null}
          <h2>{shown.title}</h2>
          <p class="lead">{shown.summary}</p>
          <div class="prose">{raw(shown.bodyHtml)}</div>
          {shown.tags.length ? <p class="muted">#{shown.tags.join(' #')}</p> : null}
        </article>
        <div class="review-side">
          <section aria-labelledby="prov-h" class="panel">
            <h2 id="prov-h">{t('ed.field.source')}</h2>
            <dl class="facts">
              <dt>{t('ed.field.sourceType')}</dt>
              <dd>{shown.sourceType ? t(`ed.source.${shown.sourceType}`) : t('ed.notSet')}</dd>
              <dt>{t('ed.field.sourceDetail')}</dt>
              <dd>{shown.sourceDetail ?? t('ed.notSet')}</dd>
              <dt>{t('ed.field.consent')}</dt>
              <dd>{shown.consent ? t('ed.consentYes') : t('ed.consentNo')}</dd>
            </dl>
            {(story.status === 'submitted' || pending) && provenanceMissing ? <p class="notice">{t('ed.missingProvenance')}</p> : null}
          </section>
          {pending ? <PendingDecision t={t} story={story} pending={pending} refusal={props.refusal} /> : null}
          {story.status === 'submitted' ? (
            props.refusal ? (
              <p class="notice">{t(props.refusal === 'own' ? 'ed.ownStory' : 'ed.editedByYou')}</p>
            ) : (
              <>
                <section aria-labelledby="approve-h" class="panel">
                  <h2 id="approve-h">{t('ed.approve.heading')}</h2>
                  <form method="post" action={`/editor/stories/${story.id}/approve`} class="stack-form">
                    <input type="hidden" name="revision" value={String(story.revision)} />
                    <fieldset>
                      <legend class="visually-hidden">{t('ed.approve.heading')}</legend>
                      <div class="check">
                        <input type="radio" id="mode-now" name="mode" value="now" checked />
                        <label for="mode-now">{t('ed.approve.now')}</label>
                      </div>
                      <div class="check">
                        <input type="radio" id="mode-schedule" name="mode" value="schedule" />
                        <label for="mode-schedule">{t('ed.approve.schedule')}</label>
                      </div>
                    </fieldset>
                    <label for="publish-at">{t('ed.approve.when')}</label>
                    <input id="publish-at" type="datetime-local" name="publishAt" value={vnDateTimeLocal(props.now + 3_600_000)} />
                    <p>
                      <button type="submit">{t('ed.approve.submit')}</button>
                    </p>
                  </form>
                </section>
                <ReasonForm t={t} id="reject" action={`/editor/stories/${story.id}/reject`} heading="ed.reject.heading" label="ed.reject.reason" submit="ed.reject.submit" />
              </>
            )
          ) : null}
          {story.status === 'published' ? (
            <ReasonForm t={t} id="archive" action={`/editor/stories/${story.id}/archive`} heading="ed.archive.heading" label="ed.archive.reason" submit="ed.archive.submit" />
          ) : null}
        </div>
      </div>
      <section aria-labelledby="revs-h" class="revisions">
        <h2 id="revs-h">{t('ed.revisions.heading')}</h2>
        <ol class="revision-list" reversed>
          {revs.map((r) => (
            <li>
              <strong>{t('ed.revisionNo', { n: r.revision })}</strong> — {t('ed.revisions.by', { name: r.editorName ?? '—', time: vnDateTime(r.createdAt) })}
              {r.revision !== story.revision ? (
                <form method="post" action={`/editor/stories/${story.id}/restore`} class="inline-form">
                  <input type="hidden" name="rev" value={String(r.revision)} />
                  <input type="hidden" name="revision" value={String(story.revision)} />{' '}
                  <button type="submit" class="link-button">
                    {t('ed.revisions.restore', { n: r.revision })}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
        {props.history ? (
          <>
            <h3 id="story-history-h">{t('ed.history.heading')}</h3>
            <HistoryList lang={props.lang} entries={props.history.entries} lookups={props.history.lookups} linkTargets={false} id="story-history" />
          </>
        ) : null}
        {revs.length > 1 ? (
          <form method="get" action={`/editor/stories/${story.id}/review`} class="filter-form">
            <div>
              <label for="diff-from">{t('ed.revisions.from')}</label>
              <select id="diff-from" name="from">
                {revs.map((r) => (
                  <option value={String(r.revision)} selected={r.revision === defaultFrom}>
                    {r.revision}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="diff-to">{t('ed.revisions.to')}</label>
              <select id="diff-to" name="to">
                {revs.map((r) => (
                  <option value={String(r.revision)} selected={r.revision === defaultTo}>
                    {r.revision}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" class="button secondary">
                {t('ed.revisions.compare')}
              </button>
            </div>
          </form>
        ) : null}
        {props.diff ? <DiffView t={t} diff={props.diff} /> : null}
      </section>
    </Layout>
  );
}
