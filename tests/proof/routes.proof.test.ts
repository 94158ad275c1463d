// Property: whatever arrives, no route answers 5xx, and a refusal is a problem
// document (RFC 9457) that names the field. Every route of createApp() is walked
// with requests shaped by its own valibot schemas (tests/proof/requests.ts), signed
// in as the role its guard table lists, so the validators are reached. The seed is
// fixed: a failure names the request and reproduces on every run.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../schema';
import { createApp } from '../../workers/app';
import { signedInAs } from '../helpers/auth';
import { ORIGIN } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { describeRequest, edgeRequests, requestsFor, routesUnderTest, type HostileRequest } from './requests';

const SEED = 20_261_129;
const RUNS_PER_ROUTE = 16;

const app = createApp();
const routes = routesUnderTest();
const sessions = {} as Record<Role, Record<string, string>>;
/** The same roles with a province, for routes that refuse national accounts by scope. */
const provincialSessions = {} as Record<Role, Record<string, string>>;
/** Ids and slugs that exist, so some requests reach the handlers past the lookups. */
const existing: string[] = ['1', '2'];

beforeAll(async () => {
  await seedDemo();
  for (const role of roles) sessions[role] = (await signedInAs(role, { provinceCode: null })).headers;
  for (const role of roles) provincialSessions[role] = (await signedInAs(role, { provinceCode: 'HNI' })).headers;
  const slugs = await env.DB.prepare("SELECT slug FROM stories WHERE status = 'published' LIMIT 2").all<{ slug: string }>();
  const campaigns = await env.DB.prepare('SELECT slug FROM campaigns LIMIT 1').all<{ slug: string }>();
  existing.push(...slugs.results.map((r) => r.slug), ...campaigns.results.map((r) => r.slug));
});

async function send(req: HostileRequest): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(new URL(req.url, ORIGIN), { method: req.method, headers: req.headers, body: req.body, redirect: 'manual' });
  const res = await app.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

type Problem = { status?: number; code?: string; errors?: { path?: unknown; message?: unknown }[] };

/** What a refusal must look like: a problem document, naming the field when it is about the input. */
async function expectWellFormedAnswer(req: HostileRequest, res: Response): Promise<void> {
  const text = await res.text();
  const context = `${describeRequest(req)}\n→ ${res.status} ${res.headers.get('content-type')}\n${text.slice(0, 600)}`;
  expect(res.status, context).toBeLessThan(500);
  if (res.status < 400) return;
  const type = res.headers.get('content-type') ?? '';
  const isPage = !new URL(req.url, ORIGIN).pathname.startsWith('/api/') || /form/.test(req.headers['content-type'] ?? '');
  // Pages answer browsers (and re-render refused forms) in HTML; everything else is a problem document.
  if (isPage && type.startsWith('text/html')) return;
  expect(type, context).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(text) as Problem;
  expect(problem.status, context).toBe(res.status);
  if (res.status === 400 || problem.code === 'VALIDATION_FAILED') {
    expect(problem.errors?.length, context).toBeGreaterThan(0);
    for (const error of problem.errors ?? []) {
      expect(typeof error.path === 'string' && error.path !== '', context).toBe(true);
      expect(typeof error.message === 'string' && error.message !== '', context).toBe(true);
    }
  }
}

const cases = routes.map((r, i) => [`${r.method} ${r.path}`, r, i] as const);
const headersFor = (route: (typeof routes)[number]) => ({ origin: ORIGIN, 'cf-connecting-ip': '192.0.2.77', ...(route.role ? (route.provincial ? provincialSessions : sessions)[route.role] : {}), ...route.headers });

describe('hostile input on every route', () => {
  it('covers every route of the app, each with its guard role', () => {
    expect(routes.length).toBeGreaterThan(80);
    expect(routes.filter((r) => r.inputs.length > 0).length).toBeGreaterThan(50);
  });

  it.each(cases)('%s: each member alone with each edge value', async (_name, route) => {
    for (const req of edgeRequests(route, headersFor(route))) await expectWellFormedAnswer(req, await send(req));
  });

  it.each(cases)('%s: random hostile requests', async (_name, route, index) => {
    const headers = headersFor(route);
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(requestsFor(route, headers, existing), async (req) => {
        const res = await send(req);
        statuses.push(res.status);
        await expectWellFormedAnswer(req, res);
      }),
      { seed: SEED + index, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
    );
    // The session got the requests past the guard: the validators were reached.
    expect(statuses.filter((s) => s !== 401 && s !== 403).length, statuses.join(' ')).toBeGreaterThan(0);
  });
});
