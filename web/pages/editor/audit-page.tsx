import type { SessionUser } from '../../../workers/core/types';
import type { AuditQueryInput } from '../../../workers/audit/audit.schemas';
import type { HistoryEntry } from '../../components/history/describe';
import type { HistoryLookups } from '../../components/history/fields';
import { HistoryList } from '../../components/history/history-list';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

export type AuditItem = HistoryEntry;

/** /editor/audit: who did what to which story, case, campaign or account, newest first, one sentence each. */
export function AuditPage(props: {
  lang: Lang;
  user: SessionUser | null;
  query: AuditQueryInput;
  entries: AuditItem[];
  lookups: HistoryLookups;
  nextBefore: number | null;
}) {
  const t = translator(props.lang);
  const older = props.nextBefore
    ? `/editor/audit?${new URLSearchParams({ ...(props.query.target ? { target: props.query.target } : {}), before: String(props.nextBefore) })}`
    : null;
  return (
    <Layout lang={props.lang} title={t('audit.title')} path="/editor/audit" user={props.user}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <h1>{t('audit.title')}</h1>
      <form method="get" action="/editor/audit" class="filter-form">
        <div>
          <label for="audit-target">{t('audit.filter.target')}</label>
          <p class="hint" id="audit-target-hint">
            {t('audit.filter.targetHint')}
          </p>
          <input id="audit-target" type="text" name="target" maxlength={2048} value={props.query.target ?? ''} aria-describedby="audit-target-hint" />
        </div>
        <div>
          <button type="submit" class="button secondary">
            {t('audit.filter.submit')}
          </button>
        </div>
      </form>
      {props.entries.length === 0 ? <p>{t('audit.empty')}</p> : <HistoryList lang={props.lang} entries={props.entries} lookups={props.lookups} id="audit-log" />}
      {older ? (
        <p>
          <a href={older}>{t('audit.older')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
