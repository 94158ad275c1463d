import type { SessionUser } from '../../../workers/core/types';
import type { AuditQueryInput } from '../../../workers/audit/audit.schemas';
import { vnDateTime } from '../../components/editor/format';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

export type AuditItem = {
  id: number;
  actorName: string | null;
  actorId: string | null;
  action: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: number;
};

function summary(value: Record<string, unknown> | null): string {
  return value ? JSON.stringify(value) : '—';
}

/** Link a `story:12` target to its review screen; other targets are plain text. */
function Target(props: { target: string }) {
  const m = props.target.match(/^story:(\d+)$/);
  return m ? <a href={`/editor/stories/${m[1]}/review`}>{props.target}</a> : <code>{props.target}</code>;
}

/** /editor/audit: who did what to which story or account, newest first. */
export function AuditPage(props: { lang: Lang; user: SessionUser | null; query: AuditQueryInput; entries: AuditItem[]; nextBefore: number | null }) {
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
          <input id="audit-target" type="text" name="target" value={props.query.target ?? ''} />
        </div>
        <div>
          <button type="submit" class="button secondary">
            {t('audit.filter.submit')}
          </button>
        </div>
      </form>
      {props.entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t('audit.title')} tabindex={0}>
          <table class="data-table audit-table">
            <caption class="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.time')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.target')}</th>
                <th scope="col">{t('audit.col.change')}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((e) => (
                <tr>
                  <td>{vnDateTime(e.createdAt)}</td>
                  <td>{e.actorId ? (e.actorName ?? e.actorId) : t('audit.system')}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <Target target={e.target} />
                  </td>
                  <td class="audit-change">
                    <span class="muted">{summary(e.before)}</span> → <span>{summary(e.after)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {older ? (
        <p>
          <a href={older}>{t('audit.older')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
