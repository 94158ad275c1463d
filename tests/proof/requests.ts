// One generator of hostile requests per route of the app: path parameters, query
// strings and bodies shaped by the route's own valibot schemas (read from
// `validatedBy`), filled with values from ./hostile.ts.
import fc from 'fast-check';
import type { Role } from '../../schema';
import { createApp } from '../../workers/app';
import { validatedBy, type ValidatedInput } from '../../workers/core/validate';
import { endpoints, listed } from '../security/guards/check';
import { domainGuards } from '../security/guards/index';
import { brokenBodies, hostileText, toJsonText, urlValue, wrongType } from './hostile';
import { jsonBodyFor, memberNames } from './schema-walk';

export type RouteUnderTest = {
  method: string;
  path: string;
  /** The role to sign in as (the one the guard table lists), or null for public routes. */
  role: Role | null;
  inputs: ValidatedInput[];
};

export type HostileRequest = { method: string; url: string; headers: Record<string, string>; body?: string };

/** Every endpoint of `createApp()`, with the role that reaches its validators and the schemas they check. */
export function routesUnderTest(): RouteUnderTest[] {
  const routes = createApp().routes;
  const { publics, guarded } = listed(domainGuards);
  return endpoints(routes).map((key) => {
    const [method = '', path = ''] = key.split(' ');
    const inputs = routes
      .filter((r) => r.method.toUpperCase() === method && r.path === path)
      .flatMap((r) => validatedBy.get(r.handler) ?? []);
    const guard = guarded.find((g) => g.method === method && g.path === path);
    if (!guard && !publics.some((p) => p.method === method && p.path === path)) throw new Error(`${key} is in no guard table`);
    return { method, path, role: guard?.role ?? null, inputs };
  });
}

/** Member names that forms and handlers without a schema read by hand. */
const COMMON_FIELDS = [
  'title', 'summary', 'body', 'categoryCode', 'provinceCode', 'tags', 'captions', 'hashtags', 'sourceType', 'sourceDetail',
  'consent', 'revision', 'intent', 'reason', 'correctionNote', 'email', 'password', 'next', 'back', 'name', 'role', 'unit',
  'label', 'url', 'category', 'description', 'contact', 'province', 'platform', 'idempotencyKey', 'story', 'channel',
  'campaign', 'until', 'status', 'claim', 'verdictSummary', 'note', 'targetId', 'assigneeId', 'slug', 'startsOn', 'endsOn',
  'targetShares', 'targetClicks', 'stories', 'provinces', 'expiresInDays', 'disabled', 'alt', 'coverAlt', 'file', 'lang',
];
const COMMON_QUERY = ['q', 'lang', 'next', 'page', 'cursor', 'format', 'table', 'from', 'to', 'campaign', 'province', 'category', 'tag', 'saved', 'done', 'before', 'limit'];

const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=boundary',
  'text/plain',
  'application/json; charset=utf-16',
  'application/xml',
];

const schemaOf = (route: RouteUnderTest, target: string) => route.inputs.find((i) => i.target === target)?.schema;

/** A URL-encoded query string over `names`: hostile values, some keys repeated. */
function queryString(names: string[]): fc.Arbitrary<string> {
  const pair = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: urlValue }), urlValue);
  return fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.map(([k, value]) => `${k}=${value}`).join('&'));
}

function formBody(names: string[]): fc.Arbitrary<string> {
  return queryString(names);
}

function jsonFromNames(names: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(hostileText, wrongType);
  return fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 8 }).map(toJsonText);
}

type Body = { contentType?: string; body?: string };

function bodyFor(route: RouteUnderTest): fc.Arbitrary<Body> {
  const json = schemaOf(route, 'json');
  const form = schemaOf(route, 'form');
  const names = [...new Set([...(json ? memberNames(json) : []), ...(form ? memberNames(form) : []), ...COMMON_FIELDS])];
  const jsonText = json ? jsonBodyFor(json).map(toJsonText) : jsonFromNames(names);
  return fc.oneof(
    { weight: 4, arbitrary: jsonText.map((body) => ({ contentType: 'application/json', body })) },
    { weight: 3, arbitrary: formBody(names).map((body) => ({ contentType: 'application/x-www-form-urlencoded', body })) },
    { weight: 2, arbitrary: fc.tuple(fc.option(fc.constantFrom(...CONTENT_TYPES)), brokenBodies).map(([contentType, body]) => ({ contentType: contentType ?? undefined, body })) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

/** Path parameters: hostile text, broken encodings, or an id or slug that exists. */
function pathFor(route: RouteUnderTest, existing: string[]): fc.Arbitrary<string> {
  const params = route.path.match(/:[A-Za-z_]+(\{[^}]*\})?/g) ?? [];
  const value = fc.oneof({ weight: 3, arbitrary: urlValue }, { weight: 1, arbitrary: fc.constantFrom(...existing) });
  return fc.tuple(...params.map(() => value)).map((values) => {
    let i = 0;
    return route.path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, () => values[i++] ?? '1');
  });
}

/** Hostile requests for one route, sent with `headers` (the session for its role). */
export function requestsFor(route: RouteUnderTest, headers: Record<string, string>, existing: string[]): fc.Arbitrary<HostileRequest> {
  const query = schemaOf(route, 'query');
  const queryNames = [...new Set([...(query ? memberNames(query) : []), ...COMMON_QUERY])];
  const unsafe = route.method !== 'GET';
  return fc
    .record({
      path: pathFor(route, existing),
      query: fc.option(queryString(queryNames), { freq: 3 }),
      body: unsafe ? bodyFor(route) : fc.constant<Body>({}),
      accept: fc.constantFrom('application/json', 'application/json', 'text/html', '*/*'),
      lang: fc.option(urlValue, { freq: 4 }),
    })
    .map(({ path, query, body, accept, lang }) => {
      const search = [query, lang === null ? null : `lang=${lang}`].filter((s) => s !== null && s !== '').join('&');
      return {
        method: route.method,
        url: `${path}${search ? `?${search}` : ''}`,
        headers: { ...headers, accept, ...(body.contentType ? { 'content-type': body.contentType } : {}) },
        body: body.body,
      };
    });
}

/** The request, shortened, for a failure message. */
export function describeRequest(req: HostileRequest): string {
  const cut = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s);
  return `${req.method} ${cut(req.url)}\ncontent-type: ${req.headers['content-type'] ?? '-'} accept: ${req.headers.accept}\nbody: ${cut(JSON.stringify(req.body ?? null))}`;
}
