import { Hono } from 'hono';
import { ApiDocsPage } from '../../web/pages/api-docs/api-docs-page';
import type { AppEnv } from '../core/types';
import { openApiDocument } from './document';

/** The same document for everyone: browsers and shared caches keep it an hour, then revalidate. */
const DOCUMENT_CACHE = 'public, max-age=3600, stale-while-revalidate=86400';

/**
 * `GET /api/openapi.json` (the OpenAPI 3.1 document of `app`) and `GET /api/docs` (the reference
 * page). Given the app itself so the document lists every route mounted, these two included.
 */
export function openApiRoutes(app: () => Hono<AppEnv>) {
  return new Hono<AppEnv>()
    .get('/api/openapi.json', async (c) => {
      const doc = await openApiDocument(app());
      c.header('Cache-Control', DOCUMENT_CACHE);
      return c.json(doc);
    })
    .get('/api/docs', async (c) => {
      const doc = await openApiDocument(app());
      return c.html(ApiDocsPage({ lang: c.var.lang, user: c.var.user, path: c.var.pagePath ?? new URL(c.req.url).pathname, doc }));
    });
}
