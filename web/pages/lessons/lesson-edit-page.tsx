import type { SessionUser } from '../../../workers/core/types';
import { MAX_OPTIONS, type FieldProblems, type LessonFormValues, type QuestionValues } from '../../../workers/lessons/lesson-form';
import type { LessonRow } from '../../../workers/lessons/lessons.queries';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { lessonMessage, statusKeys } from './lesson-words';

/** A refusal to show: the sentence at the top and, per field id, the messages next to the fields. */
export type LessonProblem = { message: string; fields: FieldProblems };

export type LessonEditProps = {
  lang: Lang;
  user: SessionUser;
  /** null: the "new lesson" page. */
  row: LessonRow | null;
  values: LessonFormValues;
  problem?: LessonProblem;
  done?: string;
  /** The reject form's reason as typed (kept on error). */
  reason?: string;
  mayDecide: boolean;
};

const doneKeys: Record<string, MessageKey> = {
  created: 'ld.done.created',
  saved: 'ld.done.saved',
  savedPending: 'ld.done.savedPending',
  submitted: 'ld.done.submitted',
  approved: 'ld.done.approved',
  rejected: 'ld.done.rejected',
};

type ErrorsFor = (id: string) => string[];

function FieldError(props: { id: string; messages: string[] }) {
  if (props.messages.length === 0) return null;
  return (
    <p class="field-error" id={`${props.id}-error`}>
      {props.messages.join(' ')}
    </p>
  );
}

/** `aria-describedby` of a field: its hint and its error, when present. */
const described = (id: string, errors: string[], hint?: string) => [hint, errors.length ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;

function Summary(props: { t: Translate; problem?: LessonProblem }) {
  if (!props.problem) return null;
  return (
    <div class="error-summary ld-error-summary" role="alert" id="error-summary" tabindex={-1}>
      <p>
        <strong>{props.problem.message}</strong>
      </p>
      {props.problem.fields.length > 0 ? (
        <ul>
          {props.problem.fields.map((f) => (
            <li>
              <a href={`#${f.id}`}>{lessonMessage(props.t, f.message)}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function QuestionSlot(props: { t: Translate; i: number; q: QuestionValues; errorsFor: ErrorsFor }) {
  const { t, i, q, errorsFor } = props;
  const n = i + 1;
  const filled = q.prompt.trim() !== '' || q.options.some((o) => o.text.trim() !== '' || o.explanation.trim() !== '');
  const hasError = Array.from({ length: MAX_OPTIONS }).some((_, j) => errorsFor(`lf-q${i}-o${j}-text`).length + errorsFor(`lf-q${i}-o${j}-explanation`).length > 0) ||
    [`lf-q${i}-prompt`, `lf-q${i}-correct`, `lf-q${i}-options`].some((id) => errorsFor(id).length > 0);
  const promptId = `lf-q${i}-prompt`;
  const promptErrors = errorsFor(promptId);
  const correctErrors = errorsFor(`lf-q${i}-correct`);
  const optionsErrors = errorsFor(`lf-q${i}-options`);
  return (
    <details class="ld-question" open={filled || i < 5 || hasError} id={`lf-q${i}`}>
      <summary>{filled || i < 5 ? t('ld.question', { n }) : t('ld.questionEmpty', { n })}</summary>
      <fieldset>
        <legend class="visually-hidden">{t('ld.question', { n })}</legend>
        <input type="hidden" name={`q${i}.slots`} value={String(q.options.length)} />
        <div class={promptErrors.length ? 'field-invalid' : undefined}>
          <label for={promptId}>{t('ld.field.prompt', { n })}</label>
          <FieldError id={promptId} messages={promptErrors.map((m) => lessonMessage(t, m))} />
          <textarea id={promptId} name={`q${i}.prompt`} rows={2} class="ld-prompt" aria-describedby={described(promptId, promptErrors)}>
            {q.prompt}
          </textarea>
        </div>
        <div id={`lf-q${i}-options`} class={optionsErrors.length || correctErrors.length ? 'ld-options ld-invalid' : 'ld-options'}>
          <FieldError id={`lf-q${i}-options`} messages={optionsErrors.map((m) => lessonMessage(t, m))} />
          <p id={`lf-q${i}-correct`} class="ld-correct-anchor" tabindex={-1}>
            <span class="visually-hidden">{t('ld.correctLegend', { n })}</span>
          </p>
          <FieldError id={`lf-q${i}-correct`} messages={correctErrors.map((m) => lessonMessage(t, m))} />
          {q.options.map((o, j) => {
            const base = `lf-q${i}-o${j}`;
            const textErrors = errorsFor(`${base}-text`);
            const explErrors = errorsFor(`${base}-explanation`);
            return (
              <div class={textErrors.length || explErrors.length ? 'ld-option field-invalid' : 'ld-option'}>
                <p class="ld-option-head">{t('ld.option', { n: j + 1 })}</p>
                <label for={`${base}-text`}>{t('ld.field.optionText', { n: j + 1 })}</label>
                <FieldError id={`${base}-text`} messages={textErrors.map((m) => lessonMessage(t, m))} />
                <input type="text" id={`${base}-text`} name={`q${i}.o${j}.text`} value={o.text} aria-describedby={described(`${base}-text`, textErrors)} />
                <label for={`${base}-explanation`}>{t('ld.field.explanation', { n: j + 1 })}</label>
                <FieldError id={`${base}-explanation`} messages={explErrors.map((m) => lessonMessage(t, m))} />
                <textarea id={`${base}-explanation`} name={`q${i}.o${j}.explanation`} rows={2} class="ld-explanation" aria-describedby={described(`${base}-explanation`, explErrors)}>
                  {o.explanation}
                </textarea>
                <p class="ld-correct">
                  <input type="radio" id={`${base}-correct`} name={`q${i}.correct`} value={String(j)} checked={q.correct === String(j)} />
                  <label for={`${base}-correct`}>{t('ld.field.correct', { n: j + 1 })}</label>
                </p>
              </div>
            );
          })}
        </div>
        {q.options.length < MAX_OPTIONS ? (
          <button type="submit" name="more" value={String(i)} class="button secondary ld-more">
            {t('ld.moreOptions', { n })}
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}

function Actions(props: { t: Translate; row: LessonRow; user: SessionUser; mayDecide: boolean; reason?: string; errorsFor: ErrorsFor }) {
  const { t, row } = props;
  const pending = row.status === 'published' && row.pendingContent !== null;
  const waiting = pending || row.status === 'submitted';
  const ownWork = (pending ? row.pendingBy : row.lastEditorId) === props.user.id;
  const reasonErrors = props.errorsFor('lf-reason');
  return (
    <section aria-labelledby="ld-actions" class="ld-actions">
      <h2 id="ld-actions">{t('ld.actions')}</h2>
      <p>
        <a class="button secondary" href={`/editor/lessons/${row.id}/preview`}>
          {t('ld.preview')}
        </a>
      </p>
      {row.status === 'draft' || row.status === 'rejected' ? (
        <form method="post" action={`/editor/lessons/${row.id}/submit`} class="stack-form">
          <input type="hidden" name="revision" value={String(row.revision)} />
          <p class="muted">{t('ld.submitHint')}</p>
          <button type="submit">{t('ld.submit')}</button>
        </form>
      ) : null}
      {waiting && !props.mayDecide ? <p class="notice">{t('ld.notNational')}</p> : null}
      {waiting && props.mayDecide && ownWork ? <p class="notice">{t('ld.ownWork')}</p> : null}
      {waiting && props.mayDecide && !ownWork ? (
        <form method="post" action={`/editor/lessons/${row.id}/approve`} class="stack-form">
          <input type="hidden" name="revision" value={String(row.revision)} />
          <button type="submit">{pending ? t('ld.approvePending') : t('ld.approve')}</button>
        </form>
      ) : null}
      {waiting && props.mayDecide ? (
        <form method="post" action={`/editor/lessons/${row.id}/reject`} class="stack-form">
          <div class={reasonErrors.length ? 'field-invalid' : undefined}>
            <label for="lf-reason">{t('ld.rejectReason')}</label>
            <FieldError id="lf-reason" messages={reasonErrors.map((m) => lessonMessage(t, m))} />
            <textarea id="lf-reason" name="reason" rows={3} aria-describedby={described('lf-reason', reasonErrors)}>
              {props.reason ?? ''}
            </textarea>
          </div>
          <button type="submit" class="button secondary">
            {t('ld.reject')}
          </button>
        </form>
      ) : null}
      {props.mayDecide && row.status !== 'archived' ? (
        <form method="post" action={`/editor/lessons/${row.id}/archive`} class="stack-form">
          <p class="muted">{t('ld.archiveHint')}</p>
          <button type="submit" class="button secondary">
            {t('ld.archive')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** `/editor/lessons/new` and `/editor/lessons/:id`: the lesson form, its state, and the review moves. */
export function LessonEditPage(props: LessonEditProps) {
  const t = translator(props.lang);
  const { row, values } = props;
  const fields = props.problem?.fields ?? [];
  const errorsFor: ErrorsFor = (id) => fields.filter((f) => f.id === id).map((f) => f.message);
  const done = props.done ? doneKeys[props.done] : undefined;
  const heading = row ? t('ld.editTitle') : t('ld.newTitle');
  const text = (name: 'title', hint?: string) => {
    const id = `lf-${name}`;
    const errors = errorsFor(id);
    return (
      <div class={errors.length ? 'field-invalid' : undefined}>
        <label for={id}>{t(`ld.field.${name}`)}</label>
        <FieldError id={id} messages={errors.map((m) => lessonMessage(t, m))} />
        <input type="text" id={id} name={name} value={values[name]} maxlength={200} aria-describedby={described(id, errors, hint)} />
      </div>
    );
  };
  const area = (name: 'summary' | 'body', rows: number) => {
    const id = `lf-${name}`;
    const hint = `${id}-hint`;
    const errors = errorsFor(id);
    return (
      <div class={errors.length ? 'field-invalid' : undefined}>
        <label for={id}>{t(`ld.field.${name}`)}</label>
        <p class="muted" id={hint}>
          {t(`ld.field.${name}Hint`)}
        </p>
        <FieldError id={id} messages={errors.map((m) => lessonMessage(t, m))} />
        <textarea id={id} name={name} rows={rows} aria-describedby={described(id, errors, hint)}>
          {values[name]}
        </textarea>
      </div>
    );
  };
  const questionErrors = errorsFor('lf-questions');
  return (
    <Layout lang={props.lang} title={row ? `${heading}: ${row.title}` : heading} path={row ? `/editor/lessons/${row.id}` : '/editor/lessons/new'} user={props.user}>
      <p class="breadcrumb">
        <a href="/editor/lessons">{t('ld.back')}</a>
      </p>
      <h1>{heading}</h1>
      {done ? (
        <p class="done-notice" role="status">
          {t(done)}
        </p>
      ) : null}
      <Summary t={t} problem={props.problem} />
      {row ? (
        <div class="ld-state">
          <p>{t('ld.statusLine', { status: t(statusKeys[row.status]), revision: row.revision })}</p>
          {row.status === 'published' ? <p>{t('ld.readerLink', { slug: row.slug })}</p> : null}
          {row.rejectionReason && (row.status === 'rejected' || row.status === 'draft' || row.status === 'published') ? <p class="notice">{t('ld.rejected', { reason: row.rejectionReason })}</p> : null}
          {row.pendingContent ? <p class="notice">{t('ld.pendingNotice')}</p> : row.status === 'published' ? <p class="muted">{t('ld.publishedNotice')}</p> : null}
        </div>
      ) : null}
      {/* The review moves before the long form: a reviewer on a phone should not scroll past ten questions to approve. */}
      {row ? <Actions t={t} row={row} user={props.user} mayDecide={props.mayDecide} reason={props.reason} errorsFor={errorsFor} /> : null}
      {row?.status === 'archived' ? null : (
        <form method="post" action={row ? `/editor/lessons/${row.id}` : '/editor/lessons'} class="stack-form ld-form">
          {row ? <input type="hidden" name="revision" value={values.revision} /> : null}
          {/* First in the form, so Enter in a field saves (never "add an answer box"). */}
          <p class="form-actions ld-save-top">
            <button type="submit">{row ? t('ld.save') : t('ld.create')}</button>
          </p>
          {text('title')}
          {area('summary', 3)}
          {area('body', 12)}
          <section id="lf-questions" aria-labelledby="ld-questions-h" class={questionErrors.length ? 'ld-questions ld-invalid' : 'ld-questions'} tabindex={-1}>
            <h2 id="ld-questions-h">{t('ld.questions')}</h2>
            <p class="muted">{t('ld.questionsHint')}</p>
            <FieldError id="lf-questions" messages={questionErrors.map((m) => lessonMessage(t, m))} />
            {values.questions.map((q, i) => (
              <QuestionSlot t={t} i={i} q={q} errorsFor={errorsFor} />
            ))}
          </section>
          <p class="form-actions">
            <button type="submit">{row ? t('ld.save') : t('ld.create')}</button>
          </p>
        </form>
      )}
    </Layout>
  );
}
