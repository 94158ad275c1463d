// One generator of hostile requests per route of the app: path parameters, query
// strings and bodies shaped by the route's own valibot schemas (read from
// `validatedBy`), filled with values from ./hostile.ts.
import fc from 'fast-check';
import type { Role } from '../../schema';
import { createApp } from '../../workers/app';
import { validatedBy, type ValidatedInput } from '../../workers/core/validate';
import { endpoints, listed } from '../security/guards/check';
import { domainGuards } from '../security/guards/index';
import { brokenBodies, DEEP, hostileText, HUGE, toJsonText, urlValue, wrongType } from './hostile';
import { baselines } from './baselines';
import { jsonBodyFor, memberNames } from './schema-walk';

export type RouteUnderTest = {
  method: string;
  path: string;
  /** The role to sign in as (the one the guard table lists), or null for public routes. */
  role: Role | null;
  inputs: ValidatedInput[];
  /** A body the guard table knows gets past validation, to mutate one member at a time. */
  baseline?: Record<string, unknown>;
  /** Sign in with a province: the route refuses national accounts by scope (guard table's `provincial`). */
  provincial?: boolean;
  /** Headers the guard table says the route needs to be reached at all (a webhook's secret). */
  headers?: Record<string, string>;
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
    const open = publics.find((p) => p.method === method && p.path === path);
    if (!guard && !open) throw new Error(`${key} is in no guard table`);
    const listedBody = guard?.body && typeof guard.body === 'object' ? (guard.body as Record<string, unknown>) : undefined;
    const baseline = baselines[key] ?? listedBody;
    return { method, path, role: guard?.role ?? null, provincial: guard?.provincial === true, inputs, baseline, ...(open?.headers ? { headers: open.headers } : {}) };
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

/**
 * A URL-encoded query string or form body: either the declared members, each present
 * or not and each hostile, or a few pairs of any names (repeated keys included).
 */
function queryString(members: string[], others: string[]): fc.Arbitrary<string> {
  const names = [...new Set([...members, ...others])];
  const pairs = fc
    .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: urlValue }), urlValue), { maxLength: 6 })
    .map((list) => list.map(([k, value]) => `${k}=${value}`).join('&'));
  if (members.length === 0) return pairs;
  // One member alone, so no other field's refusal stops the bad value early.
  const oneMember = fc.tuple(fc.constantFrom(...members), urlValue).map(([k, value]) => `${k}=${value}`);
  const everyMember = fc
    .record(Object.fromEntries(members.map((m) => [m, urlValue])), { requiredKeys: [] })
    .map((record) => Object.entries(record).map(([k, value]) => `${k}=${value}`).join('&'));
  return fc.oneof({ weight: 4, arbitrary: oneMember }, { weight: 1, arbitrary: everyMember }, { weight: 1, arbitrary: pairs });
}

function jsonFromNames(names: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(hostileText, wrongType);
  return fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 8 }).map(toJsonText);
}

type Body = { contentType?: string; body?: string };

function bodyFor(route: RouteUnderTest): fc.Arbitrary<Body> {
  const json = schemaOf(route, 'json');
  const form = schemaOf(route, 'form');
  const declared = [...new Set([...(json ? memberNames(json) : []), ...(form ? memberNames(form) : [])])];
  // Routes that read their body by hand (forms, report intake) get the names such bodies carry.
  const members = declared.length > 0 ? declared : COMMON_FIELDS;
  const jsonText = json ? jsonBodyFor(json, route.baseline).map(toJsonText) : jsonFromNames(members);
  return fc.oneof(
    { weight: 4, arbitrary: jsonText.map((body) => ({ contentType: 'application/json', body })) },
    { weight: 3, arbitrary: queryString(members, COMMON_FIELDS).map((body) => ({ contentType: 'application/x-www-form-urlencoded', body })) },
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
  const queryMembers = query ? memberNames(query) : [];
  const unsafe = route.method !== 'GET';
  return fc
    .record({
      path: pathFor(route, existing),
      query: fc.option(queryString(queryMembers, COMMON_QUERY), { freq: 4 }),
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

/** The sweep's values: each is sent alone in each declared member of each route. */
const VI_120 = 'Gương sáng Đà Nẵng: người thợ điện Phạm Văn Đức hiến máu cứu người ở Thừa Thiên Huế, Quảng Ngãi, Bạc Liêu và Cà Mau ữ'.slice(0, 120);
const PASTE_300 = `https://m.facebook.com/story.php?story_fbid=987654321&id=100099&__cft__[0]=${'AZ'.repeat(150)}`.slice(0, 300);
export const EDGE_STRINGS = [VI_120, VI_120.slice(0, 60), PASTE_300, `${'a'.repeat(60)}:`, '/editor\u0000\u001b[31m', '%_'.repeat(30), 'x'.repeat(5_000), '99999999999999999999'];
const EDGE_JSON: unknown[] = [...EDGE_STRINGS, HUGE, DEEP, {}, [], null, -1];

/**
 * The deterministic half of the proof: every declared member of every route, alone,
 * with each edge value (long Vietnamese, a pasted link, control characters, LIKE
 * wildcards, 5,000 characters, huge numbers, deep JSON). Random search finds a
 * 1-in-100 combination rarely; this finds each of them every time.
 */
export function edgeRequests(route: RouteUnderTest, headers: Record<string, string>): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const base = route.path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, '1');
  const send = (url: string, body?: { contentType: string; body: string }) =>
    requests.push({ method: route.method, url, headers: { ...headers, accept: 'application/json', ...(body ? { 'content-type': body.contentType } : {}) }, body: body?.body });
  const params = route.path.match(/:[A-Za-z_]+(\{[^}]*\})?/g) ?? [];
  for (const param of params) for (const value of EDGE_STRINGS) send(route.path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, (p) => (p === param ? encodeURIComponent(value) : '1')));
  const query = schemaOf(route, 'query');
  for (const name of query ? memberNames(query) : []) for (const value of EDGE_STRINGS) send(`${base}?${name}=${encodeURIComponent(value)}`);
  if (route.method === 'GET') return requests;
  const json = schemaOf(route, 'json');
  const form = schemaOf(route, 'form');
  for (const name of json ? memberNames(json) : []) for (const value of EDGE_JSON) send(base, { contentType: 'application/json', body: toJsonText({ ...route.baseline, [name]: value }) });
  for (const name of form ? memberNames(form) : []) for (const value of EDGE_STRINGS) send(base, { contentType: 'application/x-www-form-urlencoded', body: `${name}=${encodeURIComponent(value)}` });
  if (!json && !form) {
    // Bodies read by hand: each member of a known-good body in turn, or, without one,
    // every usual field at once. Pages get forms, the API JSON (and sign-in both).
    const baseline = route.baseline;
    const asForm = (fields: Record<string, unknown>) =>
      Object.entries(fields).map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`).join('&');
    const api = route.path.startsWith('/api/');
    const both = route.path === '/api/auth/login';
    const post = (fields: Record<string, unknown>) => {
      if (!api || both) send(base, { contentType: 'application/x-www-form-urlencoded', body: asForm(fields) });
      if (api) send(base, { contentType: 'application/json', body: toJsonText(fields) });
    };
    for (const value of EDGE_STRINGS) {
      if (baseline) for (const name of [...Object.keys(baseline), 'next', 'back']) post({ ...baseline, [name]: value });
      else post(Object.fromEntries(COMMON_FIELDS.map((name) => [name, value])));
    }
  }
  return requests;
}
