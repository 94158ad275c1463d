import { raw } from 'hono/html';
import type { SessionUser } from '../../../workers/core/types';
import type { ReviewFacts } from '../../../workers/editorial/review.queries';
import { snapshot, type StoryRow } from '../../../workers/editorial/story-content';
import { coverUrl } from '../../../workers/editorial/story-json';
import { DiffView, type DiffData, type DiffNames } from '../../components/editor/diff-view';
import { vnDateTime } from '../../components/editor/format';
import { DoneNotice, ErrorSummary, type PageError } from '../../components/editor/page-error';
import { ReplyReviewPanel, type ReplyCheck } from '../../components/editor/reply-review';
import { ApprovePanels, CardPanel, FactsPanel, fieldErrors, FourEyesPanel, ReasonForm } from '../../components/editor/review-panels';
import { StatusBadge } from '../../components/editor/status-badge';
import type { HistoryEntry } from '../../components/history/describe';
import type { HistoryLookups } from '../../components/history/fields';
import { HistoryList } from '../../components/history/history-list';
import { Layout } from '../../components/layout';
import { translator, type Lang, type Translate } from '../../i18n';

export type RevisionItem = { revision: number; editorName: string | null; createdAt: number; approvedAt?: number | null; rejectedAt?: number | null };

/** An edit of a public story awaiting a second editor: its text, and what it changes for readers. */
export type PendingView = {
  revision: number;
  editorId: string | null;
  correctionNote: string | null;
  createdAt: number;
  /** The story as it will read once approved. */
  preview: StoryRow;
  diff: DiffData | null;
};

export type ReviewProps = {
  lang: Lang;
  user: SessionUser;
  story: StoryRow;
  authorName: string | null;
  revisions: RevisionItem[];
  /** What was done to the story (audit entries, newest first), read as sentences. */
  history?: { entries: HistoryEntry[]; lookups: HistoryLookups };
  diff: DiffData | null;
  pending: PendingView | null;
  lastRejection: { revision: number; reason: string | null } | null;
  /** Why the signed-in editor may not approve what awaits approval (four-eyes), or null. */
  refusal: 'own' | 'edited' | null;
  /** Author, unit, province and category names of the text under review. */
  facts: ReviewFacts;
  /** Names for codes a diff shows (province, category). */
  names?: DiffNames;
  now: number;
  error?: PageError;
  /** What was typed into a form that came back with a problem (kept, never lost). */
  typed?: { publishAt?: string; reason?: string; correctionNote?: string; form?: string };
  done?: string;
  /** The reply kit's checks on the text under review: is it a rebuttal, which replies trip the tone rules. */
  replyCheck?: ReplyCheck;
};

/** Above the preview of a pending edit: whose edit, and what it changes against the live text. */
function PendingIntro(props: { t: Translate; lang: Lang; story: StoryRow; pending: PendingView; revisions: RevisionItem[]; names?: DiffNames }) {
  const { t, pending } = props;
  const editor = props.revisions.find((r) => r.revision === pending.revision)?.editorName ?? '—';
  return (
    <section aria-labelledby="pending-h" class="panel pending-edit">
      <h2 id="pending-h">{t('ed.pending.heading', { revision: pending.revision })}</h2>
      <p>{t('ed.pending.intro', { live: props.story.liveRevision ?? props.story.revision })}</p>
      <p class="muted">{t('ed.pending.by', { name: editor, time: vnDateTime(pending.createdAt) })}</p>
      {pending.diff ? <DiffView t={t} lang={props.lang} diff={pending.diff} id="pending-diff-h" names={props.names} /> : null}
    </section>
  );
}

/** Approve (with the correction note readers get) or turn down a pending edit; both name its revision. */
function PendingDecision(props: { t: Translate; story: StoryRow; pending: PendingView; refusal: ReviewProps['refusal']; provinceName: string; typed: ReviewProps['typed'] }) {
  const { t, story, pending } = props;
  if (props.refusal) return <FourEyesPanel t={t} refusal={props.refusal} provinceName={props.provinceName} />;
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
                {props.typed?.correctionNote ?? pending.correctionNote ?? ''}
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
        value={props.typed?.form === 'reject' ? props.typed.reason : undefined}
      />
    </>
  );
}

/** The review screen: the story as readers will see it, provenance, and the editor's decisions. */
export function ReviewPage(props: ReviewProps) {
  const t = translator(props.lang);
  const { story, pending, facts } = props;
  // What is up for approval: a pending edit's text when there is one, else the story itself.
  const shown = pending?.preview ?? story;
  const awaiting = pending !== null || story.status === 'submitted';
  const provenanceMissing = awaiting && (!shown.sourceType || !shown.sourceDetail || !shown.consent);
  const cover = coverUrl(shown.coverKey);
  const revs = props.revisions;
  const defaultFrom = props.diff?.from ?? revs[1]?.revision ?? revs[0]?.revision ?? 1;
  const defaultTo = props.diff?.to ?? revs[0]?.revision ?? 1;
  const typed = props.typed;
  const categoryName = props.lang === 'vi' ? facts.categoryNameVi : facts.categoryNameEn;
  return (
    <Layout lang={props.lang} title={`${t('ed.reviewTitle')}: ${story.title}`} path={`/editor/stories/${story.id}/review`} user={props.user}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <h1>{t('ed.reviewTitle')}</h1>
      <p class="story-meta">
        <StatusBadge t={t} status={story.status} /> {t('ed.reviewMeta', { author: facts.authorName ?? '—', revision: story.revision })}
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
      {pending ? <PendingIntro t={t} lang={props.lang} story={story} pending={pending} revisions={props.revisions} names={props.names} /> : null}
      <div class="review-grid">
        <article class="story-preview">
          {cover ? <img class="cover" src={cover} alt={shown.coverAlt ?? ''} /> : null}
          <h2>{shown.title}</h2>
          <p class="lead">{shown.summary}</p>
          <div class="prose">{raw(shown.bodyHtml)}</div>
          {shown.tags.length ? <p class="muted">#{shown.tags.join(' #')}</p> : null}
        </article>
        <div class="review-side">
          <FactsPanel t={t} lang={props.lang} story={story} shown={snapshot(shown)} facts={facts} now={props.now} provenanceMissing={provenanceMissing} />
          <ReplyReviewPanel t={t} replies={shown.replies} check={props.replyCheck ?? { rebuttal: false, tone: [] }} />
          <CardPanel t={t} storyId={story.id} revision={pending?.revision ?? story.revision} title={shown.title} category={categoryName} province={facts.provinceName} />
          {pending ? <PendingDecision t={t} story={story} pending={pending} refusal={props.refusal} provinceName={facts.provinceName} typed={typed} /> : null}
          {story.status === 'submitted' ? (
            props.refusal ? (
              <FourEyesPanel t={t} refusal={props.refusal} provinceName={facts.provinceName} />
            ) : (
              <>
                <ApprovePanels t={t} story={story} now={props.now} publishAt={typed?.publishAt} publishAtErrors={fieldErrors(props.error?.errors, 'publishAt')} />
                <ReasonForm
                  t={t}
                  id="reject"
                  action={`/editor/stories/${story.id}/reject`}
                  heading="ed.reject.heading"
                  intro="rv.reject.intro"
                  label="ed.reject.reason"
                  submit="ed.reject.submit"
                  value={typed?.form === 'reject' ? typed.reason : undefined}
                />
              </>
            )
          ) : null}
          {story.status === 'published' ? (
            <ReasonForm
              t={t}
              id="archive"
              action={`/editor/stories/${story.id}/archive`}
              heading="ed.archive.heading"
              label="ed.archive.reason"
              submit="ed.archive.submit"
              value={typed?.form === 'archive' ? typed.reason : undefined}
            />
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
        {props.diff ? <DiffView t={t} lang={props.lang} diff={props.diff} names={props.names} /> : null}
      </section>
    </Layout>
  );
}
