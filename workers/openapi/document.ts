// The OpenAPI 3.1 document of the whole app, built once per isolate on first request.
// hono-openapi's `generateSpecs` walks `app.routes` and converts every `validate()` schema
// (marked for it in workers/core/validate.ts) with @valibot/to-json-schema; this module then
// adds what the schemas cannot say: summaries, domain tags, security by the role guard each
// route runs, problem+json errors, HTML/form/file answers and the response bodies from
// workers/openapi/responses.ts.
import type { Hono } from 'hono';
import { generateSpecs } from 'hono-openapi';
import type { OpenAPIV3_1 } from 'openapi-types';
import { guardedBy } from '../auth/middleware';
import { SESSION_COOKIE } from '../auth/session-store';
import type { Role } from '../../schema';
import type { AppEnv } from '../core/types';
import { errorResponseComponents, errorResponseRef, PROBLEM_SCHEMA, type ErrorStatus } from './problem';
import { explicitBodies, PAGE_FORM_BODY } from './bodies';
import { responseDocs } from './responses';
import { fileFor, isUnsafe, kindOf, specificErrors, tagFor, TAGS } from './route-info';
import { summaryFor } from './summaries';
import { toJsonSchemaOfResponse } from './response-schema';

type Route = { method: string; path: string; handler: unknown };
type AnyHono = Hono<AppEnv>;
type Operation = OpenAPIV3_1.OperationObject & { 'x-required-role'?: Role; 'x-national-only'?: boolean };

/**
 * Routes whose handler, past the role guard, also refuses accounts tied to one province
 * (provincial editors and admins): hub-wide settings. The guard tables list them as `admin`,
 * the lowest account they prove is let in when the test's editor has a province.
 */
const NATIONAL_ONLY = new Set(['PUT /api/settings/claims', 'POST /editor/settings/claims']);

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** `/v/:hash/*` → `/v/{hash}/{file}`, `/api/stories/:slug` → `/api/stories/{slug}`. */
export function openApiPath(honoPath: string): string {
  return honoPath
    .split('/')
    .map((segment) => (segment === '*' ? '{file}' : segment.startsWith(':') ? `{${segment.slice(1).replace(/\{.*$|\?$/, '')}}` : segment))
    .join('/');
}

/** The endpoints of an app, once each: every method + path, without global middleware (`ALL /*`). */
export function endpointsOf(routes: readonly { method: string; path: string }[]): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of routes) if (r.method !== 'ALL') seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
  return [...seen.values()];
}

const SECURITY_SCHEMES: Record<string, OpenAPIV3_1.SecuritySchemeObject> = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The browser session set by `POST /api/auth/login` (or the /login form): HttpOnly, Secure, SameSite=Lax.',
  },
  sameOrigin: {
    type: 'apiKey',
    in: 'header',
    name: 'Origin',
    description:
      'CSRF rule, not a secret: a state-changing request that rides the session cookie must come from the site itself — `Origin` equal to the site’s origin (browsers send it), or, without Origin, `Sec-Fetch-Site: same-origin`. Bearer clients are exempt.',
  },
  bearer: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'opaque API token',
    description:
      'An API token an admin issues for an account (`POST /api/users/{id}/tokens`, shown once), sent as `Authorization: Bearer <token>`. It acts with that account’s role; revoked with `DELETE /api/tokens/{id}`. No CSRF check applies.',
  },
  telegramSecret: { type: 'apiKey', in: 'header', name: 'X-Telegram-Bot-Api-Secret-Token', description: 'The webhook secret set with `npm run tipline:register`.' },
  zaloSecret: { type: 'apiKey', in: 'header', name: 'X-Bot-Api-Secret-Token', description: 'The webhook secret set with `npm run tipline:register`.' },
};

/** The role a route's handler chain demands (the highest, if it runs several guards), or null for public routes. */
export function requiredRole(routes: readonly Route[], method: string, path: string): Role | null {
  const order: Role[] = ['member', 'contributor', 'editor', 'admin'];
  let found: Role | null = null;
  for (const r of routes) {
    if (r.method !== method || r.path !== path) continue;
    const role = guardedBy.get(r.handler as object);
    if (role && (!found || order.indexOf(role) > order.indexOf(found))) found = role;
  }
  return found;
}

function securityFor(method: string, path: string, role: Role | null): OpenAPIV3_1.SecurityRequirementObject[] {
  if (path === '/hooks/telegram') return [{ telegramSecret: [] }];
  if (path === '/hooks/zalo') return [{ zaloSecret: [] }];
  if (!role) return [];
  const cookie: OpenAPIV3_1.SecurityRequirementObject = isUnsafe(method) ? { session: [], sameOrigin: [] } : { session: [] };
  return [cookie, { bearer: [] }];
}

const ROLE_WORDS: Record<Role, string> = {
  member: 'any signed-in account',
  contributor: 'a contributor, editor or admin',
  editor: 'an editor or admin (provincial accounts see their own province only)',
  admin: 'an admin (a provincial admin manages their own province only)',
};

function successResponse(method: string, path: string, key: string): Record<string, OpenAPIV3_1.ResponseObject> {
  const doc = responseDocs[key];
  const kind = kindOf(method, path);
  const file = fileFor(path);
  if (doc) {
    const contentType = doc.contentType ?? 'application/json';
    const schema = doc.schema ? toJsonSchemaOfResponse(doc.schema) : undefined;
    return { [String(doc.status ?? 200)]: { description: doc.description, content: { [contentType]: schema ? { schema } : {} } } };
  }
  switch (kind) {
    case 'page':
      return { 200: { description: 'An HTML page (Vietnamese; `?lang=en` for English).', content: { 'text/html': { schema: { type: 'string' } } } } };
    case 'form':
      return {
        303: { description: 'Done: redirects (See Other) to the page that shows the result.', headers: { Location: { schema: { type: 'string' } } } },
        200: { description: 'The form again, with a message next to each invalid field and every typed value kept.', content: { 'text/html': { schema: { type: 'string' } } } },
      };
    case 'redirect':
      return { 302: { description: 'Counts the click and redirects to the story.', headers: { Location: { schema: { type: 'string' } } } } };
    case 'webhook':
      return { 200: { description: 'Update accepted (the reply goes out through a queue).' } };
    case 'file':
      return { 200: { description: file?.description ?? 'A file.', content: { [file?.contentType ?? '*/*']: { schema: { type: 'string', format: 'binary' } } } } };
    default:
      return { [method === 'POST' ? '2XX' : '200']: { description: 'Success (JSON).', content: { 'application/json': {} } } };
  }
}

function errorStatuses(method: string, path: string, role: Role | null, hasInput: boolean): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>();
  if (hasInput || isUnsafe(method)) statuses.add(400);
  if (role || path.startsWith('/hooks/')) statuses.add(401);
  if (role || isUnsafe(method)) statuses.add(403);
  if (path.includes('/:') || path.startsWith('/hooks/')) statuses.add(404);
  for (const status of specificErrors(method, path)) statuses.add(status as ErrorStatus);
  if (!path.startsWith('/v/')) statuses.add(503);
  return [...statuses].sort((a, b) => a - b);
}

/** Browsers' forms post urlencoded; uploads post multipart: `form` inputs document both where both work. */
function formBodies(operation: Operation, kind: string) {
  const content = (operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content;
  const multipart = content?.['multipart/form-data'];
  if (!content || !multipart) return;
  const hasFile = JSON.stringify(multipart.schema ?? {}).includes('"binary"');
  if (!hasFile && kind !== 'json') content['application/x-www-form-urlencoded'] = { schema: multipart.schema };
}

async function build(app: AnyHono): Promise<OpenAPIV3_1.Document> {
  const routes = app.routes as Route[];
  const generated = (await generateSpecs(app, {
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'Lan Tỏa API',
        version: '1',
        description:
          'Every route of Lan Tỏa: the JSON API under /api/, the server-rendered pages and their forms. Errors are RFC 9457 problem documents (`application/problem+json`) naming each invalid field. Generated from the same valibot schemas the routes validate with.',
      },
      tags: TAGS,
    },
    includeEmptyPaths: true,
    excludeStaticFile: false,
    excludeMethods: ['OPTIONS', 'HEAD'],
    defaultValidationErrorResponse: false,
  })) as OpenAPIV3_1.Document;

  const generatedPaths = generated.paths ?? {};
  const bodies = explicitBodies();
  const paths: OpenAPIV3_1.PathsObject = {};
  for (const { method, path } of endpointsOf(routes)) {
    if (!(METHODS as readonly string[]).includes(method)) continue;
    const docPath = openApiPath(path);
    const lower = method.toLowerCase() as Lowercase<(typeof METHODS)[number]>;
    const fromGenerator = ((generatedPaths[docPath] ?? generatedPaths[path.replace(/\*$/, '*')] ?? generatedPaths[openApiPath(path).replace('{file}', '*')]) as Record<string, Operation> | undefined)?.[lower];
    const operation: Operation = { ...(fromGenerator ?? {}) };
    const key = `${method} ${path}`;
    const role = requiredRole(routes, method, path);
    const kind = kindOf(method, path);
    const hasInput = Boolean(operation.requestBody) || Boolean(bodies[key]) || (operation.parameters ?? []).some((p) => 'in' in p && p.in !== 'path');
    operation.operationId ??= `${lower}${docPath.replace(/\{([^}]+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`;
    operation.summary = summaryFor(method, path);
    operation.tags = [tagFor(path)];
    operation.security = securityFor(method, path, role);
    if (role) {
      operation['x-required-role'] = role;
      const national = NATIONAL_ONLY.has(key);
      if (national) operation['x-national-only'] = true;
      const who = national ? `${ROLE_WORDS[role]} with no province (national)` : ROLE_WORDS[role];
      operation.description = `Requires ${who}: 401 without a session or token, 403 with a lower role${national ? ' or a province' : ''}.${operation.description ? `\n\n${operation.description}` : ''}`;
    }
    declarePathParams(operation, docPath);
    formBodies(operation, kind);
    const body = bodies[key];
    if (body) operation.requestBody = body;
    else if (kind === 'form' && !operation.requestBody) operation.requestBody = PAGE_FORM_BODY;
    operation.responses = { ...successResponse(method, path, key) };
    for (const status of errorStatuses(method, path, role, hasInput)) operation.responses[String(status)] = errorResponseRef(status);
    paths[docPath] = { ...(paths[docPath] ?? {}), [lower]: operation };
  }

  return {
    openapi: '3.1.0',
    info: generated.info,
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    tags: TAGS,
    paths,
    components: {
      ...generated.components,
      schemas: { ...(generated.components?.schemas ?? {}), Problem: PROBLEM_SCHEMA },
      responses: errorResponseComponents(),
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}

/** Every `{name}` of the path declared as a required path parameter (hono-openapi adds strings; `*` becomes `{file}`). */
function declarePathParams(operation: Operation, docPath: string) {
  const params = (operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
  const names = [...docPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const kept = params.filter((p) => p.in !== 'path' || names.includes(p.name));
  for (const name of names) {
    if (!kept.some((p) => p.in === 'path' && p.name === name)) kept.push({ in: 'path', name, required: true, schema: { type: 'string' } });
  }
  operation.parameters = kept;
}

const built = new WeakMap<object, Promise<OpenAPIV3_1.Document>>();

/** The document for `app`, built on first use and kept for the isolate's life (routes do not change at runtime). */
export function openApiDocument(app: AnyHono): Promise<OpenAPIV3_1.Document> {
  let doc = built.get(app);
  if (!doc) {
    doc = build(app);
    built.set(app, doc);
    doc.catch(() => built.delete(app));
  }
  return doc;
}
