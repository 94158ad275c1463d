import type { CaseDetail } from '../../../workers/cases/cases.queries';
import { caseTransitions } from '../../../workers/cases/case-status';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { codeLabel, vnDateTime } from './format';

export type CaseDetailProps = {
  lang: Lang;
  user: SessionUser;
  detail: CaseDetail;
  editors: { id: string; name: string }[];
  provinces: { code: string; name: string }[];
  saved?: boolean;
  /** Why the last form post was refused (already localised where we can). */
  error?: string;
};

function Time(props: { ms: number | null }) {
  if (props.ms === null) return <span>—</span>;
  return <time datetime={new Date(props.ms).toISOString()}>{vnDateTime(props.ms)}</time>;
}

/** One case on the triage desk: its facts, the forms to work it, its reports, notes and history. */
export function CaseDetailPage(props: CaseDetailProps) {
  const t = translator(props.lang);
  const { case: row, reports, notes, history, rebuttal, assignee } = props.detail;
  const title = t('cases.case', { id: row.id });
  const merged = row.mergedIntoId !== null;
  const nextStatuses = caseTransitions[row.status];
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
        <h2 class="visually-hidden">{t('cases.summary')}</h2>
        <p class="canonical-url">
          <code>{row.canonicalUrl}</code>
        </p>
        <dl class="case-facts">
          <dt>{t('cases.col.status')}</dt>
          <dd>
            <span class={`badge status-${row.status}`}>{codeLabel(t, 'status', row.status)}</span>
          </dd>
          <dt>{t('cases.reportCount')}</dt>
          <dd class="report-count">{row.reportCount}</dd>
          <dt>{t('cases.col.platform')}</dt>
          <dd>{codeLabel(t, 'platform', row.platform)}</dd>
          <dt>{t('cases.col.category')}</dt>
          <dd>{codeLabel(t, 'category', row.category)}</dd>
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
            <h2>{t('cases.work')}</h2>
            <form class="case-form" method="post" action={`/editor/cases/${row.id}`}>
              <label for="case-status">{t('cases.field.status')}</label>
              <select id="case-status" name="status">
                <option value="" selected>
                  {codeLabel(t, 'status', row.status)}
                </option>
                {nextStatuses.map((s) => (
                  <option value={s}>{codeLabel(t, 'status', s)}</option>
                ))}
              </select>
              <label for="case-assignee">{t('cases.field.assignee')}</label>
              <select id="case-assignee" name="assigneeId">
                <option value="">{t('cases.unassigned')}</option>
                {props.editors.map((e) => (
                  <option value={e.id} selected={e.id === row.assigneeId}>
                    {e.name}
                  </option>
                ))}
              </select>
              <label for="case-claim">{t('cases.field.claim')}</label>
              <p class="hint" id="case-claim-hint">
                {t('cases.field.claimHint')}
              </p>
              <input type="text" id="case-claim" name="claim" maxlength={500} value={row.claim ?? ''} aria-describedby="case-claim-hint" />
              <label for="case-verdict">{t('cases.field.verdict')}</label>
              <textarea id="case-verdict" name="verdictSummary" maxlength={2000} rows={3}>
                {row.verdictSummary ?? ''}
              </textarea>
              <label for="case-note">{t('cases.field.note')}</label>
              <textarea id="case-note" name="note" maxlength={4000} rows={2} />
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
                <span class="muted">{t('cases.rebuttal.status', { status: rebuttal.status })}</span>
              </p>
            ) : (
              <form class="case-form" method="post" action={`/editor/cases/${row.id}/rebuttal`}>
                <label for="rebuttal-title">{t('cases.rebuttal.title')}</label>
                <input type="text" id="rebuttal-title" name="title" maxlength={200} />
                <label for="rebuttal-province">{t('cases.rebuttal.province')}</label>
                <select id="rebuttal-province" name="provinceCode">
                  {props.provinces.map((p) => (
                    <option value={p.code} selected={p.code === (row.provinceCode ?? props.user.provinceCode)}>
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
              <input type="number" id="merge-target" name="targetId" min={1} required aria-describedby="merge-help" />
              <button type="submit" class="secondary">
                {t('cases.merge.submit')}
              </button>
            </form>
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
                <dd>
                  <code class="reported-url">{r.url}</code>
                </dd>
                <dt>{t('cases.col.category')}</dt>
                <dd>{codeLabel(t, 'category', r.category)}</dd>
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

        <h2>{t('cases.history')}</h2>
        {history.length === 0 ? (
          <p class="muted">{t('cases.history.empty')}</p>
        ) : (
          <ul class="case-history">
            {history.map((h) => (
              <li>
                <Time ms={h.createdAt} /> <code>{h.action}</code> {h.actorName ? t('cases.history.by', { name: h.actorName }) : null}{' '}
                {h.after ? <code class="muted">{JSON.stringify(h.after)}</code> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
