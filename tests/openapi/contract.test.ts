// The contract: what the seeded hub answers on each documented JSON GET validates against
// the route's response schema in workers/openapi/responses.ts (strict objects, so a field a
// route adds without documenting it fails here), and every GET route is documented.
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { responseDocs } from '../../workers/openapi/responses';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { completeStory } from '../editorial/story-helpers';
import { fetchApp, sendJson } from '../helpers/http';
import { seededCalls, signInDemo, type ContractCall } from './contract-fixtures';

let calls: ContractCall[] = [];
beforeAll(async () => {
  calls = await seededCalls();
});

/** Every GET route of the app, as `GET /path`, once each. */
function getRoutes(): string[] {
  return [...new Set(createApp().routes.filter((r) => r.method === 'GET').map((r) => `GET ${r.path}`))];
}

/** Each issue as `path.to.field: message (got …)`, for a failure message that says where. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`)
    .slice(0, 12)
    .join('\n  ');
}

describe('the seeded hub answers as documented', () => {
  it('calls every documented JSON GET at least once', () => {
    const documented = Object.entries(responseDocs)
      .filter(([key, doc]) => key.startsWith('GET /api/') && doc.schema && !doc.contentType?.startsWith('image/'))
      .map(([key]) => key);
    const called = new Set(calls.map((c) => c.route));
    expect(documented.filter((key) => !called.has(key)), 'documented JSON GETs the contract test never calls').toEqual([]);
  });

  it('each answer validates against its schema', async () => {
    const failures: string[] = [];
    for (const call of calls) {
      const doc = responseDocs[call.route];
      if (!doc?.schema) {
        failures.push(`${call.route}: no response schema`);
        continue;
      }
      const res = await fetchApp(call.url, { headers: call.as ? await signInDemo(call.as) : {} });
      const text = await res.text();
      if (res.status !== (doc.status ?? 200)) {
        failures.push(`${call.route} (${call.url}) as ${call.as ?? 'anonymous'}: status ${res.status}\n  ${text.slice(0, 300)}`);
        continue;
      }
      expect(res.headers.get('content-type'), call.url).toMatch(/^application\/json/);
      const result = v.safeParse(doc.schema, JSON.parse(text));
      if (!result.success) failures.push(`${call.route} (${call.url}):\n  ${describeIssues(result.issues)}`);
    }
    expect(failures.join('\n\n'), 'answers that do not match their documented schema').toBe('');
  });

  it('the main writes answer as documented', async () => {
    const member = await signInDemo('seed-member');
    const writes: [string, () => Promise<Response>][] = [
      ['POST /api/auth/login', () => sendJson('POST', '/api/auth/login', { email: 'member@lantoa.local', password: DEMO_PASSWORD })],
      ['POST /api/reports', () => sendJson('POST', '/api/reports', { url: 'https://example.com/tin-gia-khac', category: 'scam', description: 'Lừa đảo.' })],
      ['POST /api/shares', () => sendJson('POST', '/api/shares', { story: 1, channel: 'zalo' }, member)],
      ['POST /api/check', () => sendJson('POST', '/api/check', { text: 'Sáng mai chi đoàn hiến máu tình nguyện ở nhà văn hóa.', url: 'https://example.com/tin-gia-hop-dong' })],
      ['POST /api/stories', async () => sendJson('POST', '/api/stories', completeStory, await signInDemo('seed-contributor'))],
    ];
    const failures: string[] = [];
    for (const [route, send] of writes) {
      const doc = responseDocs[route];
      const res = await send();
      const text = await res.text();
      if (!doc?.schema || res.status !== (doc.status ?? 200)) {
        failures.push(`${route}: ${doc?.schema ? `status ${res.status} ${text.slice(0, 300)}` : 'no response schema'}`);
        continue;
      }
      const result = v.safeParse(doc.schema, JSON.parse(text));
      if (!result.success) failures.push(`${route}:\n  ${describeIssues(result.issues)}`);
    }
    expect(failures.join('\n\n')).toBe('');
  });

  it('a field a route adds without documenting it fails the check (strict objects)', () => {
    const health = responseDocs['GET /api/health']?.schema;
    if (!health) throw new Error('GET /api/health has no schema');
    expect(v.safeParse(health, { ok: true, version: '1' }).success).toBe(true);
    const extra = v.safeParse(health, { ok: true, version: '1', secret: 'x' });
    expect(extra.success).toBe(false);
    expect(describeIssues(extra.issues ?? [])).toMatch(/^secret:/);
  });
});

describe('every route is documented', () => {
  it('every GET route of createApp() has a response entry', () => {
    const missing = getRoutes().filter((key) => !(key in responseDocs));
    expect(missing, 'GET routes without an entry in workers/openapi/responses').toEqual([]);
  });

  it('every /api/ GET has a JSON schema unless it says it answers something else', () => {
    const undescribed = getRoutes().filter((key) => key.startsWith('GET /api/') && !responseDocs[key]?.schema && !responseDocs[key]?.contentType);
    expect(undescribed).toEqual([]);
  });

  it('every entry names a route that exists (no stale keys)', () => {
    const routes = new Set(createApp().routes.map((r) => `${r.method} ${r.path}`));
    expect(Object.keys(responseDocs).filter((key) => !routes.has(key))).toEqual([]);
  });
});
