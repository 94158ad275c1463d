import type { CaseDetail } from '../../../workers/cases/cases.queries';
import { isVerdict, reachableFrom } from '../../../workers/cases/case-status';
import { verdictStatuses } from '../../../schema';
import type { FieldError } from '../../../workers/core/errors';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';
import type { HistoryLookups } from '../../components/history/fields';
import { HistoryList } from '../../components/history/history-list';
import { kindName, term } from '../../i18n/glossary';
import { vnDateTime } from './format';
import { ReportedContent } from './reported-content';
import { caseContentKind, isClaimText } from '../../../workers/reports/claim-key';
import type { DeskCandidate } from '../../../workers/claims/candidates.queries';
import type { DeskDone } from '../../../workers/claims/candidates.schemas';
import { CandidatesSection, MergedInSection, UnmergeSelf, type UndoableMerge } from './case-candidates';

export type CaseForm = 'verdict' | 'work' | 'rebuttal' | 'merge' | 'candidate';

export type CaseDetailProps = {
  lang: Lang;
  user: SessionUser;
  detail: CaseDetail;
  editors: { id: string; name: string }[];
  provinces: { code: string; name: string }[];
  lookups: HistoryLookups;
  saved?: boolean;
  /** What a desk action just did (merge, reject, split again), said once after the redirect. */
  done?: DeskDone;
  /** "Có thể cùng nội dung": open candidates (empty on a merged case). */
  candidates?: DeskCandidate[];
  /** Recorded merges into this case that can be split again. */
  mergedIn?: UndoableMerge[];
  /** This case is merged and its merge was recorded: it can be split out from here. */
  canUnmerge?: boolean;
  /** Why the last form post was refused (already localised where we can). */
  error?: string;
  /** The refused form, what was typed in it (kept), and the fields at fault. */
  form?: CaseForm;
  values?: Record<string, string>;
  errors?: FieldError[];
};

function Time(props: { ms: number | null }) {
  if (props.ms === null) return <span>—</span>;
  return <time datetime={new Date(props.ms).toISOString()}>{vnDateTime(props.ms)}</time>;
}

/** Typed values win over stored ones after a refusal; field errors sit next to their field. */
function formState(props: CaseDetailProps) {
  const t = translator(props.lang);
  const failed = new Set((props.errors ?? []).map((e) => e.path));
  const mine = (form: CaseForm) => props.form === form;
  return {
    value: (form: CaseForm, name: string, stored: string) => (mine(form) && props.values?.[name] !== undefined ? props.values[name] : stored),
    invalid: (form: CaseForm, name: string) => (mine(form) && failed.has(name) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${form}-${name}-error` } : {}),
    fieldError: (form: CaseForm, name: string) =>
      mine(form) && failed.has(name) ? (
        <p class="field-error" id={`${form}-${name}-error`}>
          {t(`cases.fieldError.${name}` as MessageKey) ?? t('cases.fieldError.other')}
        </p>
      ) : null,
  };
}

/**
 * The verdict in one step: from "Mới" or "Đang xem xét", choose it and write its summary;
 * the server passes a new case through "Đang xem xét" on the way, each move audited.
 * A decided case keeps its verdict here; its summary and claim stay editable.
 */
function VerdictSection(props: CaseDetailProps) {
  const t = translator(props.lang);
  const row = props.detail.case;
  const { value, invalid, fieldError } = formState(props);
  const undecided = !isVerdict(row.status);
  const chosen = value('verdict', 'status', '');
  return (
    <>
      <h2 id="verdict-h">{t(undecided ? 'cases.verdict.heading' : 'cases.verdict.headingDecided')}</h2>
      <form class="case-form verdict-form" method="post" action={`/editor/cases/${row.id}`} aria-labelledby="verdict-h">
        <input type="hidden" name="form" value="verdict" />
        {undecided ? (
          <fieldset class="choice-list">
            <legend>{t('cases.verdict.choose')}</legend>
            <p class="hint">{t(row.status === 'new' ? 'cases.verdict.hintNew' : 'cases.verdict.hint')}</p>
            {fieldError('verdict', 'status')}
            {verdictStatuses.map((code) => (
              <label class="choice" for={`verdict-${code}`}>
                <input type="radio" id={`verdict-${code}`} name="status" value={code} checked={chosen === code} />
                <span>{term(props.lang, 'caseStatus', code)}</span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p>
            <span class={`badge status-${row.status}`}>{term(props.lang, 'caseStatus', row.status)}</span>
          </p>
        )}
        <label for="case-verdict">{t('cases.field.verdict')}</label>
        <p class="hint" id="case-verdict-hint">
          {t('cases.field.verdictHint')}
        </p>
        {fieldError('verdict', 'verdictSummary')}
        <textarea id="case-verdict" name="verdictSummary" maxlength={2000} rows={4} aria-describedby="case-verdict-hint" {...invalid('verdict', 'verdictSummary')}>
          {value('verdict', 'verdictSummary', row.verdictSummary ?? '')}
        </textarea>
        <label for="case-claim">{t('cases.field.claim')}</label>
        <p class="hint" id="case-claim-hint">
          {t('cases.field.claimHint')}
        </p>
        {fieldError('verdict', 'claim')}
        <input type="text" id="case-claim" name="claim" maxlength={500} value={value('verdict', 'claim', row.claim ?? '')} aria-describedby="case-claim-hint" {...invalid('verdict', 'claim')} />
        <button type="submit">{t(undecided ? 'cases.verdict.submit' : 'cases.verdict.save')}</button>
      </form>
    </>
  );
}

/** A linkless case's claim in words: the editor's one-line claim, else the first report's copied message. */
function caseClaimText(detail: CaseDetail): string | null {
  if (detail.case.claim) return detail.case.claim;
  const first = [...detail.reports].reverse().find((r) => isClaimText(r.description));
  return first?.description ?? null;
}

/** One case on the triage desk: its facts, the forms to work it, its reports, notes and history. */
export function CaseDetailPage(props: CaseDetailProps) {
  const t = translator(props.lang);
  const { case: row, reports, notes, history, rebuttal, assignee } = props.detail;
  const title = t('cases.case', { id: row.id });
  const merged = row.mergedIntoId !== null;
  // Verdicts are given in their own form; this one picks a case up or reopens it.
  const workStatuses = reachableFrom(row.status).filter((s) => !isVerdict(s));
  const { value, invalid, fieldError } = formState(props);
  return (
    <Layout lang={props.lang} title={title} path={`/editor/cases/${row.id}`} user={props.user}>
      <section class="case-detail">
        <p>
          <a href="/editor/cases">← {t('cases.back')}</a>
        </p>
        <h1>{title}</h1>
        {props.saved ? (
          <p class="notice saved" role="status">
            {t('cases.saved')}
          </p>
        ) : null}
        {props.done ? (
          <p class="notice saved" role="status">
            {t(`claims.done.${props.done}`)}
          </p>
        ) : null}
        {props.error ? (
          <p class="error-summary" role="alert">
            {t('cases.error', { detail: props.error })}
          </p>
        ) : null}
        {merged ? (
          <p class="notice">
            <a href={`/editor/cases/${row.mergedIntoId}`}>{t('cases.mergedInto', { id: row.mergedIntoId ?? '' })}</a>
          </p>
        ) : null}
        {merged && props.canUnmerge ? <UnmergeSelf lang={props.lang} caseId={row.id} /> : null}
        <h2 class="visually-hidden">{t('cases.summary')}</h2>
        <p class="canonical-url">
          <ReportedContent t={t} kind={caseContentKind(row.canonicalUrl)} url={row.canonicalUrl} text={caseClaimText(props.detail)} />
        </p>
        <dl class="case-facts">
          <dt>{kindName(props.lang, 'caseStatus')}</dt>
          <dd>
            <span class={`badge status-${row.status}`}>{term(props.lang, 'caseStatus', row.status)}</span>
          </dd>
          <dt>{t('cases.reportCount')}</dt>
          <dd class="report-count">{row.reportCount}</dd>
          <dt>{kindName(props.lang, 'platform')}</dt>
          <dd>{term(props.lang, 'platform', row.platform)}</dd>
          <dt>{kindName(props.lang, 'reportReason')}</dt>
          <dd>{term(props.lang, 'reportReason', row.category)}</dd>
          <dt>{t('cases.col.assignee')}</dt>
          <dd>{assignee?.name ?? t('cases.unassigned')}</dd>
          <dt>{t('cases.firstSeen')}</dt>
          <dd>
            <Time ms={row.firstSeenAt} />
          </dd>
          <dt>{t('cases.lastSeen')}</dt>
          <dd>
            <Time ms={row.lastSeenAt} />
          </dd>
          <dt>{t('cases.verdictAt')}</dt>
          <dd>
            <Time ms={row.verdictAt} />
          </dd>
        </dl>

        {merged ? null : (
          <>
            <CandidatesSection lang={props.lang} caseId={row.id} candidates={props.candidates ?? []} />
            <VerdictSection {...props} />
            <h2 id="work-h">{t('cases.work')}</h2>
            <form class="case-form" method="post" action={`/editor/cases/${row.id}`} aria-labelledby="work-h">
              <input type="hidden" name="form" value="work" />
              <label for="case-status">{t('cases.field.status')}</label>
              {fieldError('work', 'status')}
              <select id="case-status" name="status" {...invalid('work', 'status')}>
                <option value="" selected={!value('work', 'status', '')}>
                  {t('cases.field.statusKeep', { status: term(props.lang, 'caseStatus', row.status) })}
                </option>
                {workStatuses.map((s) => (
                  <option value={s} selected={value('work', 'status', '') === s}>
                    {term(props.lang, 'caseStatus', s)}
                  </option>
                ))}
              </select>
              <label for="case-assignee">{t('cases.field.assignee')}</label>
              {fieldError('work', 'assigneeId')}
              <select id="case-assignee" name="assigneeId" {...invalid('work', 'assigneeId')}>
                <option value="">{t('cases.unassigned')}</option>
                {props.editors.map((e) => (
                  <option value={e.id} selected={e.id === value('work', 'assigneeId', row.assigneeId ?? '')}>
                    {e.name}
                  </option>
                ))}
              </select>
              <label for="case-note">{t('cases.field.note')}</label>
              {fieldError('work', 'note')}
              <textarea id="case-note" name="note" maxlength={4000} rows={2} {...invalid('work', 'note')}>
                {value('work', 'note', '')}
              </textarea>
              <button type="submit">{t('cases.save')}</button>
            </form>

            <h2>{t('cases.rebuttal')}</h2>
            {rebuttal ? (
              <p>
                {rebuttal.status === 'published' ? (
                  <a href={`/stories/${rebuttal.slug}`}>{t('cases.rebuttal.published', { title: rebuttal.title })}</a>
                ) : (
                  <a href={`/editor/stories/${rebuttal.id}`}>{t('cases.rebuttal.draft', { title: rebuttal.title })}</a>
                )}{' '}
                <span class="muted">{t('cases.rebuttal.status', { status: term(props.lang, 'storyStatus', rebuttal.status) })}</span>
              </p>
            ) : (
              <form class="case-form" method="post" action={`/editor/cases/${row.id}/rebuttal`}>
                <label for="rebuttal-title">{t('cases.rebuttal.title')}</label>
                {fieldError('rebuttal', 'title')}
                <input type="text" id="rebuttal-title" name="title" maxlength={200} value={value('rebuttal', 'title', '')} {...invalid('rebuttal', 'title')} />
                <label for="rebuttal-province">{t('cases.rebuttal.province')}</label>
                <select id="rebuttal-province" name="provinceCode">
                  {props.provinces.map((p) => (
                    <option value={p.code} selected={p.code === value('rebuttal', 'provinceCode', row.provinceCode ?? props.user.provinceCode ?? '')}>
                      {p.name}
                    </option>
                  ))}
                </select>
                <button type="submit">{t('cases.rebuttal.start')}</button>
              </form>
            )}

            <h2>{t('cases.merge')}</h2>
            <form class="case-form merge-form" method="post" action={`/editor/cases/${row.id}/merge`}>
              <p class="hint" id="merge-help">
                {t('cases.merge.help')}
              </p>
              <label for="merge-target">{t('cases.merge.target')}</label>
              {fieldError('merge', 'targetId')}
              <input type="number" id="merge-target" name="targetId" min={1} required aria-describedby="merge-help" value={value('merge', 'targetId', '')} {...invalid('merge', 'targetId')} />
              <button type="submit" class="secondary">
                {t('cases.merge.submit')}
              </button>
            </form>
            <MergedInSection lang={props.lang} caseId={row.id} merges={props.mergedIn ?? []} />
          </>
        )}

        <h2>{t('cases.reports', { count: reports.length })}</h2>
        <ol class="case-reports">
          {reports.map((r) => (
            <li class="case-report">
              <dl>
                <dt>{t('cases.report.at')}</dt>
                <dd>
                  <Time ms={r.createdAt} />
                </dd>
                <dt>{t('cases.report.url')}</dt>
                <dd>{r.url ? <span class="reported-url">{r.url}</span> : <span class="no-link">{t('report.content.noLink')}</span>}</dd>
                <dt>{kindName(props.lang, 'reportReason')}</dt>
                <dd>{term(props.lang, 'reportReason', r.category)}</dd>
                {r.description ? (
                  <>
                    <dt>{t('cases.report.description')}</dt>
                    <dd class="report-description">{r.description}</dd>
                  </>
                ) : null}
                {r.provinceCode ? (
                  <>
                    <dt>{t('cases.report.province')}</dt>
                    <dd>{props.provinces.find((p) => p.code === r.provinceCode)?.name ?? r.provinceCode}</dd>
                  </>
                ) : null}
                {r.contact ? (
                  <>
                    <dt>{t('cases.report.contact')}</dt>
                    <dd>{r.contact}</dd>
                  </>
                ) : null}
              </dl>
              {r.hasScreenshot ? (
                <a href={`/api/cases/${row.id}/reports/${r.id}/screenshot`}>
                  <img
                    class="report-screenshot"
                    src={`/api/cases/${row.id}/reports/${r.id}/screenshot`}
                    alt={t('cases.report.screenshot', { id: r.id })}
                    loading="lazy"
                  />
                </a>
              ) : (
                <p class="muted">{t('cases.report.noScreenshot')}</p>
              )}
            </li>
          ))}
        </ol>

        <h2>{t('cases.notes')}</h2>
        {notes.length === 0 ? (
          <p class="muted">{t('cases.notes.empty')}</p>
        ) : (
          <ul class="case-notes">
            {notes.map((n) => (
              <li>
                <p class="note-body">{n.body}</p>
                <p class="muted">
                  <Time ms={n.createdAt} /> {n.authorName ? t('cases.history.by', { name: n.authorName }) : null}
                </p>
              </li>
            ))}
          </ul>
        )}

        <h2 id="history-h">{t('cases.history')}</h2>
        <HistoryList lang={props.lang} entries={history} lookups={props.lookups} linkTargets={false} id="case-history" />
      </section>
    </Layout>
  );
}
