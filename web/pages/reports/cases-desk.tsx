import { caseStatuses, reportCategories, reportPlatforms } from '../../../schema';
import type { CaseListItem } from '../../../workers/cases/cases.queries';
import type { ListCasesQuery } from '../../../workers/cases/cases.schemas';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { kindName, term } from '../../i18n/glossary';
import { vnDateTime } from './format';
import { caseContentKind } from '../../../workers/reports/claim-key';
import { ReportedContent } from './reported-content';

export type CasesDeskProps = {
  lang: Lang;
  user: SessionUser;
  filters: ListCasesQuery;
  items: CaseListItem[];
  page: number;
  pageSize: number;
  total: number;
  provinces: { code: string; name: string }[];
  /** A provincial editor sees their own province only: no picker, a sentence instead. */
  provinceLocked?: boolean;
  editors: { id: string; name: string }[];
  /** Open "Có thể cùng nội dung" candidates per listed case (a small badge). */
  candidateCounts?: ReadonlyMap<number, number>;
};

function pageHref(filters: ListCasesQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && k !== 'page') params.set(k, String(v));
  params.set('page', String(page));
  return `/editor/cases?${params.toString()}`;
}

/** The triage desk: filter, most-reported first, open a case. */
export function CasesDeskPage(props: CasesDeskProps) {
  const t = translator(props.lang);
  const f = props.filters;
  const select = (name: keyof ListCasesQuery, label: string, options: { value: string; label: string }[]) => (
    <div class="filter">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{t('cases.filter.any')}</option>
        {options.map((o) => (
          <option value={o.value} selected={String(f[name] ?? '') === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const lastPage = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <Layout lang={props.lang} title={t('cases.title')} path="/editor/cases" user={props.user}>
      <section class="cases-desk">
        <h1>{t('cases.title')}</h1>
        <p class="desk-settings-link">
          <a href="/editor/settings/claims">{t('claims.settingsLink')}</a>
          {' · '}
          <a href="/editor/settings/tone">{t('check-findings.tone.deskLink')}</a>
        </p>
        <form class="case-filters" method="get" action="/editor/cases" aria-label={t('cases.filters')}>
          {select('status', kindName(props.lang, 'caseStatus'), [
            { value: 'open', label: t('cases.filter.open') },
            ...caseStatuses.map((s) => ({ value: s, label: term(props.lang, 'caseStatus', s) })),
          ])}
          {select('category', kindName(props.lang, 'reportReason'), reportCategories.map((s) => ({ value: s, label: term(props.lang, 'reportReason', s) })))}
          {select('platform', kindName(props.lang, 'platform'), reportPlatforms.map((s) => ({ value: s, label: term(props.lang, 'platform', s) })))}
          {props.provinceLocked ? null : select('province', t('cases.filter.province'), props.provinces.map((p) => ({ value: p.code, label: p.name })))}
          {select('assignee', t('cases.filter.assignee'), [
            { value: 'me', label: t('cases.filter.mine') },
            { value: 'none', label: t('cases.filter.unassigned') },
            ...props.editors.map((e) => ({ value: e.id, label: e.name })),
          ])}
          <div class="filter filter-q">
            <label for="filter-q">{t('cases.filter.q')}</label>
            <p class="hint" id="filter-q-hint">
              {t('cases.filter.qHint')}
            </p>
            <input type="search" id="filter-q" name="q" value={f.q ?? ''} maxlength={2048} autocomplete="off" aria-describedby="filter-q-hint" />
          </div>
          <div class="filter">
            <label for="filter-sort">{t('cases.filter.sort')}</label>
            <select id="filter-sort" name="sort">
              <option value="reports" selected={!f.sort || f.sort === 'reports'}>
                {t('cases.sort.reports')}
              </option>
              <option value="recent" selected={f.sort === 'recent'}>
                {t('cases.sort.recent')}
              </option>
              <option value="oldest" selected={f.sort === 'oldest'}>
                {t('cases.sort.oldest')}
              </option>
            </select>
          </div>
          <button type="submit">{t('cases.filter.apply')}</button>
        </form>
        {props.provinceLocked && f.province ? (
          <p class="notice">{t('cases.filter.provinceLocked', { province: props.provinces.find((p) => p.code === f.province)?.name ?? f.province })}</p>
        ) : null}
        <p class="muted" role="status">
          {t('cases.total', { total: props.total })}
        </p>
        {props.items.length === 0 ? (
          <p>{t('cases.empty')}</p>
        ) : (
          <div class="table-scroll">
            <table class="cases-table">
              <caption class="visually-hidden">{t('cases.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.col.count')}</th>
                  <th scope="col">{t('cases.col.link')}</th>
                  <th scope="col">{kindName(props.lang, 'platform')}</th>
                  <th scope="col">{kindName(props.lang, 'reportReason')}</th>
                  <th scope="col">{kindName(props.lang, 'caseStatus')}</th>
                  <th scope="col">{t('cases.col.assignee')}</th>
                  <th scope="col">{t('cases.col.lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                {props.items.map((item) => (
                  <tr>
                    <td class="count" data-label={t('cases.col.count')}>
                      {item.reportCount}
                    </td>
                    <td class="case-link">
                      <a href={`/editor/cases/${item.id}`}>
                        <span class="case-id">#{item.id}</span> <span class="canonical">
                          <ReportedContent t={t} kind={caseContentKind(item.canonicalUrl)} url={item.canonicalUrl} text={item.claimText} max={140} />
                        </span>
                      </a>
                      {props.candidateCounts?.get(item.id) ? (
                        <a class="badge candidate-badge" href={`/editor/cases/${item.id}#candidates-h`}>
                          {t('claims.badge', { count: props.candidateCounts.get(item.id) ?? 0 })}
                        </a>
                      ) : null}
                    </td>
                    <td data-label={kindName(props.lang, 'platform')}>{term(props.lang, 'platform', item.platform)}</td>
                    <td data-label={kindName(props.lang, 'reportReason')}>{term(props.lang, 'reportReason', item.category)}</td>
                    <td data-label={kindName(props.lang, 'caseStatus')}>
                      <span class={`badge status-${item.status}`}>{term(props.lang, 'caseStatus', item.status)}</span>
                    </td>
                    <td data-label={t('cases.col.assignee')}>{item.assigneeName ?? t('cases.unassigned')}</td>
                    <td data-label={t('cases.col.lastSeen')}>
                      <time datetime={new Date(item.lastSeenAt).toISOString()}>{vnDateTime(item.lastSeenAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav class="pager" aria-label={t('cases.title')}>
          {props.page > 1 ? <a href={pageHref(f, props.page - 1)}>{t('cases.prev')}</a> : null}
          {props.page < lastPage ? <a href={pageHref(f, props.page + 1)}>{t('cases.next')}</a> : null}
        </nav>
      </section>
    </Layout>
  );
}
