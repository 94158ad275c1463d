import { verdictStatuses } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import type { AutoVerdict, ReceiptView } from '../../../workers/reports/reports.queries';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { kindName, term } from '../../i18n/glossary';
import { vnDateTime } from './format';
import { LOOKUP_PATH } from './lookup-page';
import { ReportedContent } from './reported-content';

export type ReceiptPageProps = {
  lang: Lang;
  user: SessionUser | null;
  /** Path of this page (the receipt link, or the lookup by code). */
  path: string;
  /** Absolute receipt URL for the reporter to keep; absent when the page was reached by code. */
  pageUrl?: string;
  /** The short code to read aloud (`LT-7K3M-9QXA`); null for a report whose code could not be given. */
  code: string | null;
  view: ReceiptView;
};

/** The heading says where the case is: received, being checked, verdict given (in words), rebuttal published. */
export function receiptHeading(lang: Lang, t: Translate, view: ReceiptView): string {
  if (view.rebuttal) return t('report.receipt.heading.rebuttal');
  if (view.auto) return t('claims.auto.heading');
  if ((verdictStatuses as readonly string[]).includes(view.status)) {
    return t('report.receipt.heading.verdict', { verdict: term(lang, 'caseStatus', view.status) });
  }
  return view.status === 'reviewing' ? t('report.receipt.heading.reviewing') : t('report.receipt.heading.new');
}

/** The verdict of an already-checked claim this report repeats, marked automatic: the reporter's own case still goes to an editor. */
function AutoVerdictBox({ lang, t, auto }: { lang: Lang; t: Translate; auto: AutoVerdict }) {
  return (
    <section class="auto-verdict" aria-labelledby="auto-verdict-title">
      <p class="auto-verdict-mark">
        <span class="badge auto-badge">{t('claims.auto.title')}</span>
      </p>
      <h2 id="auto-verdict-title">{t('claims.auto.lead')}</h2>
      <p>
        {t('claims.auto.verdict')}: <span class={`badge status-${auto.status}`}>{term(lang, 'caseStatus', auto.status)}</span>
      </p>
      {auto.verdictSummary ? <p>{auto.verdictSummary}</p> : null}
      <p>
        {t('claims.auto.rebuttal')}: <a href={`/stories/${auto.rebuttal.slug}`}>{auto.rebuttal.title}</a>
      </p>
      <p>
        <a class="button" href={`/share/${auto.rebuttal.slug}`}>
          {t('claims.auto.share')}
        </a>
      </p>
      <p class="hint">{t('claims.auto.review')}</p>
    </section>
  );
}

/** What a reporter sees about their report: its code, how to come back, the case status and outcome. */
export function ReceiptPage(props: ReceiptPageProps) {
  const t = translator(props.lang);
  const { view } = props;
  const heading = receiptHeading(props.lang, t, view);
  return (
    <Layout
      lang={props.lang}
      title={heading}
      path={props.path}
      user={props.user}
      head={<meta name="robots" content="noindex, nofollow" />}
      scripts={props.pageUrl ? ['/js/copy-link.js'] : undefined}
    >
      <section class="receipt-page">
        <h1>{heading}</h1>
        <p class="lead">{props.pageUrl ? t('report.receipt.thanks') : t('report.receipt.lookedUp')}</p>
        <div class="receipt-box">
          {props.code ? (
            <>
              <p class="receipt-code-line">
                <span class="receipt-code-label">{t('report.receipt.shortCode')}:</span>{' '}
                <strong class="receipt-code" lang="en">
                  {props.code}
                </strong>
              </p>
              <p class="hint">{t('report.receipt.shortCodeHint')}</p>
            </>
          ) : null}
          {props.pageUrl ? (
            <>
              <p>{t('report.receipt.keep')}</p>
              <label for="receipt-link">{t('report.receipt.link')}</label>
              <div class="copy-row">
                <input type="text" id="receipt-link" readonly value={props.pageUrl} />
                {/* Shown by /js/copy-link.js; without a script the link is selected and copied by hand. */}
                <button type="button" class="button secondary copy-link" data-copy="receipt-link" data-copied={t('report.receipt.copied')} data-failed={t('report.receipt.copyFailed')} hidden>
                  {t('report.receipt.copy')}
                </button>
              </div>
              <p class="copy-status" role="status" aria-live="polite"></p>
            </>
          ) : null}
        </div>
        {view.auto ? <AutoVerdictBox lang={props.lang} t={t} auto={view.auto} /> : null}
        <h2>{t('report.receipt.status')}</h2>
        <p>
          <span class={`badge status-${view.status}`}>{term(props.lang, 'caseStatus', view.status)}</span>
        </p>
        <p class="status-help">{t(`report.statusHelp.${view.status}` as MessageKey)}</p>
        {view.verdictSummary ? (
          <div class="verdict">
            <h2>{t('report.receipt.verdict')}</h2>
            <p>{view.verdictSummary}</p>
          </div>
        ) : null}
        {view.rebuttal ? (
          <div class="rebuttal-link">
            <h2>{t('report.receipt.rebuttal')}</h2>
            <p>
              <a href={`/stories/${view.rebuttal.slug}`}>{view.rebuttal.title}</a>
            </p>
          </div>
        ) : null}
        <dl class="receipt-facts">
          <dt>{t('report.receipt.reported')}</dt>
          {/* Shown as text, not a link: nobody should be one click away from the reported content. */}
          <dd>
            <ReportedContent t={t} kind={view.contentKind} url={view.url} text={view.description} full />
          </dd>
          <dt>{kindName(props.lang, 'reportReason')}</dt>
          <dd>{term(props.lang, 'reportReason', view.category)}</dd>
          <dt>{t('report.receipt.reportedAt')}</dt>
          <dd>
            <time datetime={new Date(view.reportedAt).toISOString()}>{vnDateTime(view.reportedAt)}</time>
          </dd>
        </dl>
        <p class="receipt-actions">
          <a class="button secondary" href="/report">
            {t('report.receipt.another')}
          </a>
          <a href={LOOKUP_PATH}>{t('report.lookup.title')}</a>
        </p>
      </section>
    </Layout>
  );
}
