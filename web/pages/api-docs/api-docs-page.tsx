import type { OpenAPIV3_1 } from 'openapi-types';
import type { Role } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { assetUrl } from '../../components/page-assets';
import { translator, type Lang } from '../../i18n';

/** The self-hosted Swagger UI bundle, copied from swagger-ui-dist by scripts/assets.ts (npm run assets). */
export const SWAGGER_UI_DIR = '/vendor/swagger-ui';

type Operation = OpenAPIV3_1.OperationObject & { 'x-required-role'?: Role };
type Row = { method: string; path: string; operation: Operation };

/** Operations by tag, in the document's tag order. */
function byTag(doc: OpenAPIV3_1.Document): { name: string; description?: string; rows: Row[] }[] {
  const groups = new Map<string, Row[]>((doc.tags ?? []).map((tag) => [tag.name, []]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item?.[method] as Operation | undefined;
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Pages';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)?.push({ method: method.toUpperCase(), path, operation });
    }
  }
  const described = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description]));
  return [...groups].filter(([, rows]) => rows.length > 0).map(([name, rows]) => ({ name, description: described.get(name), rows }));
}

/**
 * `/api/docs`: what the page says in Vietnamese (or English), the link to the document, and every
 * operation grouped by tag — readable without JavaScript. /js/api-docs.js then mounts Swagger UI
 * (self-hosted, no CDN) from /api/openapi.json over the list.
 */
export function ApiDocsPage(props: { lang: Lang; user: SessionUser | null; path: string; doc: OpenAPIV3_1.Document }) {
  const t = translator(props.lang);
  const groups = byTag(props.doc);
  const count = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <Layout
      lang={props.lang}
      title={t('apiDocs.title')}
      description={t('apiDocs.description')}
      path={props.path}
      user={props.user}
      head={
        <>
          <link rel="stylesheet" href={`${SWAGGER_UI_DIR}/swagger-ui.css`} />
          <link rel="stylesheet" href={assetUrl('/css/api-docs.css')} />
        </>
      }
      scripts={[`${SWAGGER_UI_DIR}/swagger-ui-bundle.js`, '/js/api-docs.js']}
    >
      <article class="api-docs" aria-labelledby="api-docs-title">
        <h1 id="api-docs-title">{t('apiDocs.title')}</h1>
        <p class="lead">{t('apiDocs.intro')}</p>
        <p>
          <a class="api-docs-download" href="/api/openapi.json" type="application/json">
            {t('apiDocs.document')}
          </a>
        </p>
        <p>{t('apiDocs.auth')}</p>
        <p class="api-docs-note">{t('apiDocs.interactive')}</p>
        <div id="swagger-ui" class="api-docs-ui" data-spec="/api/openapi.json" data-loading={t('apiDocs.loading')} lang="en"></div>
        <div class="api-ref" data-api-ref lang="en">
          <p>{t('apiDocs.operations', { count })}</p>
          {groups.map((group) => (
            // One closed group per domain: 190 operations open at once are 24,000 px on a phone.
            <details class="api-ref-group" id={`tag-${slug(group.name)}`}>
              <summary>
                <span class="api-ref-group-name">{group.name}</span> <span class="api-ref-count">({group.rows.length})</span>
              </summary>
              {group.description ? <p>{group.description}</p> : null}
              <ul class="api-ref-list">
                {group.rows.map((row) => (
                  <li class="api-ref-op">
                    <span class={`api-method api-method-${row.method.toLowerCase()}`}>{row.method}</span>{' '}
                    <code class="api-path">{row.path}</code>
                    <span class="api-summary">{row.operation.summary}</span>
                    <span class="api-role" lang={props.lang}>
                      {row.operation['x-required-role']
                        ? t('apiDocs.needsRole', { role: t(`users.role.${row.operation['x-required-role']}`) })
                        : t('apiDocs.public')}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      </article>
    </Layout>
  );
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
