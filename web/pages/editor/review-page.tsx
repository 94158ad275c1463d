import { raw } from 'hono/html';
import type { SessionUser } from '../../../workers/core/types';
import type { FieldChange } from '../../../workers/editorial/revision-diff';
import type { StoryRow } from '../../../workers/editorial/story-content';
import { coverUrl } from '../../../workers/editorial/story-json';
import { vnDateTime, vnDateTimeLocal } from '../../components/editor/format';
import { DoneNotice, ErrorSummary, type PageError } from '../../components/editor/page-error';
import { StatusBadge } from '../../components/editor/story-table';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';

export type RevisionItem = { revision: number; editorName: string | null; createdAt: number };

export type ReviewProps = {
  lang: Lang;
  user: SessionUser;
  story: StoryRow;
  authorName: string | null;
  revisions: RevisionItem[];
  diff: { from: number; to: number; changes: FieldChange[] } | null;
  now: number;
  error?: PageError;
  done?: string;
};

function DiffView(props: { t: Translate; diff: NonNullable<ReviewProps['diff']> }) {
  const { t, diff } = props;
  return (
    <section class="diff" aria-labelledby="diff-h">
      <h3 id="diff-h">{t('ed.diff.heading', { from: diff.from, to: diff.to })}</h3>
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

/** The review screen: the story as readers will see it, provenance, and the editor's decisions. */
export function ReviewPage(props: ReviewProps) {
  const t = translator(props.lang);
  const { story } = props;
  const own = story.authorId === props.user.id;
  const provenanceMissing = !story.sourceType || !story.sourceDetail || !story.consent;
  const cover = coverUrl(story.coverKey);
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
      <div class="review-grid">
        <article class="story-preview">
          {cover ? <img class="cover" src={cover} alt={story.coverAlt ?? ''} /> : null}
          <h2>{story.title}</h2>
          <p class="lead">{story.summary}</p>
          <div class="prose">{raw(story.bodyHtml)}</div>
          {story.tags.length ? <p class="muted">#{story.tags.join(' #')}</p> : null}
        </article>
        <div class="review-side">
          <section aria-labelledby="prov-h" class="panel">
            <h2 id="prov-h">{t('ed.field.source')}</h2>
            <dl class="facts">
              <dt>{t('ed.field.sourceType')}</dt>
              <dd>{story.sourceType ? t(`ed.source.${story.sourceType}`) : t('ed.notSet')}</dd>
              <dt>{t('ed.field.sourceDetail')}</dt>
              <dd>{story.sourceDetail ?? t('ed.notSet')}</dd>
              <dt>{t('ed.field.consent')}</dt>
              <dd>{story.consent ? t('ed.consentYes') : t('ed.consentNo')}</dd>
            </dl>
            {story.status === 'submitted' && provenanceMissing ? <p class="notice">{t('ed.missingProvenance')}</p> : null}
          </section>
          {story.status === 'submitted' ? (
            own ? (
              <p class="notice">{t('ed.ownStory')}</p>
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
                <section aria-labelledby="reject-h" class="panel">
                  <h2 id="reject-h">{t('ed.reject.heading')}</h2>
                  <form method="post" action={`/editor/stories/${story.id}/reject`} class="stack-form">
                    <label for="reject-reason">{t('ed.reject.reason')}</label>
                    <textarea id="reject-reason" name="reason" rows={3} required minlength={3} maxlength={1000} />
                    <p>
                      <button type="submit" class="button secondary">
                        {t('ed.reject.submit')}
                      </button>
                    </p>
                  </form>
                </section>
              </>
            )
          ) : null}
          {story.status === 'published' ? (
            <section aria-labelledby="archive-h" class="panel">
              <h2 id="archive-h">{t('ed.archive.heading')}</h2>
              <form method="post" action={`/editor/stories/${story.id}/archive`} class="stack-form">
                <label for="archive-reason">{t('ed.archive.reason')}</label>
                <textarea id="archive-reason" name="reason" rows={3} required minlength={3} maxlength={1000} />
                <p>
                  <button type="submit" class="button secondary">
                    {t('ed.archive.submit')}
                  </button>
                </p>
              </form>
            </section>
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
