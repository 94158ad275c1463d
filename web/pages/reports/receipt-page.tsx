import type { SessionUser } from '../../../workers/core/types';
import type { ReceiptView } from '../../../workers/reports/reports.queries';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { kindName, term } from '../../i18n/glossary';
import { vnDateTime } from './format';

export type ReceiptPageProps = {
  lang: Lang;
  user: SessionUser | null;
  receipt: string;
  /** Absolute URL of this page, for the reporter to keep. */
  pageUrl: string;
  view: ReceiptView;
};

/** What a reporter sees about their report: its receipt, how to come back, the case status and outcome. */
export function ReceiptPage(props: ReceiptPageProps) {
  const t = translator(props.lang);
  const { view } = props;
  return (
    <Layout
      lang={props.lang}
      title={t('report.receipt.title')}
      path={`/report/${props.receipt}`}
      user={props.user}
      head={<meta name="robots" content="noindex, nofollow" />}
    >
      <section class="receipt-page">
        <h1>{t('report.receipt.title')}</h1>
        <p class="lead">{t('report.receipt.thanks')}</p>
        <div class="receipt-box">
          <p>
            <strong>{t('report.receipt.code')}:</strong> <code class="receipt-code">{props.receipt}</code>
          </p>
          <p>{t('report.receipt.keep')}</p>
          <label for="receipt-link">{t('report.receipt.link')}</label>
          <input type="text" id="receipt-link" readonly value={props.pageUrl} />
        </div>
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
            <span class="reported-url">{view.url}</span>
          </dd>
          <dt>{kindName(props.lang, 'reportReason')}</dt>
          <dd>{term(props.lang, 'reportReason', view.category)}</dd>
          <dt>{t('report.receipt.reportedAt')}</dt>
          <dd>
            <time datetime={new Date(view.reportedAt).toISOString()}>{vnDateTime(view.reportedAt)}</time>
          </dd>
        </dl>
        <p>
          <a class="button secondary" href="/report">
            {t('report.receipt.another')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
