import { caseStatuses, reportCategories, reportPlatforms } from '../../../schema';
import type { CaseListItem } from '../../../workers/cases/cases.queries';
import type { ListCasesQuery } from '../../../workers/cases/cases.schemas';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { codeLabel, vnDateTime } from './format';

export type CasesDeskProps = {
  lang: Lang;
  user: SessionUser;
  filters: ListCasesQuery;
  items: CaseListItem[];
  page: number;
  pageSize: number;
  total: number;
  provinces: { code: string; name: string }[];
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
        <form class="case-filters" method="get" action="/editor/cases" aria-label={t('cases.filters')}>
          {select('status', t('cases.filter.status'), [
            { value: 'open', label: t('cases.filter.open') },
            ...caseStatuses.map((s) => ({ value: s, label: codeLabel(t, 'status', s) })),
          ])}
          {select('category', t('cases.filter.category'), reportCategories.map((s) => ({ value: s, label: codeLabel(t, 'category', s) })))}
          {select('platform', t('cases.filter.platform'), reportPlatforms.map((s) => ({ value: s, label: codeLabel(t, 'platform', s) })))}
          {select('province', t('cases.filter.province'), props.provinces.map((p) => ({ value: p.code, label: p.name })))}
          <div class="filter filter-q">
            <label for="filter-q">{t('cases.filter.q')}</label>
            <input type="search" id="filter-q" name="q" value={f.q ?? ''} maxlength={2048} />
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
                  <th scope="col">{t('cases.col.platform')}</th>
                  <th scope="col">{t('cases.col.category')}</th>
                  <th scope="col">{t('cases.col.status')}</th>
                  <th scope="col">{t('cases.col.assignee')}</th>
                  <th scope="col">{t('cases.col.lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                {props.items.map((item) => (
                  <tr>
                    <td class="count">{item.reportCount}</td>
                    <td class="case-link">
                      <a href={`/editor/cases/${item.id}`}>
                        <span class="case-id">#{item.id}</span> <span class="canonical">{item.canonicalUrl}</span>
                      </a>
                    </td>
                    <td>{codeLabel(t, 'platform', item.platform)}</td>
                    <td>{codeLabel(t, 'category', item.category)}</td>
                    <td>
                      <span class={`badge status-${item.status}`}>{codeLabel(t, 'status', item.status)}</span>
                    </td>
                    <td>{item.assigneeName ?? t('cases.unassigned')}</td>
                    <td>
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
