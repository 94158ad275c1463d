// Security in the document is read from the guard each route really runs (requireRole/requirePage):
// it must say exactly what the route-guard tables (tests/security/guards/, proven against the app) say.
import type { OpenAPIV3_1 } from 'openapi-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../workers/auth/session-store';
import { openApiPath } from '../../workers/openapi/document';
import { fetchApp, readJson } from '../helpers/http';
import { domainGuards } from '../security/guards';

type Op = OpenAPIV3_1.OperationObject & { 'x-required-role'?: string; 'x-national-only'?: boolean };
let doc: OpenAPIV3_1.Document;
beforeAll(async () => {
  doc = await readJson<OpenAPIV3_1.Document>(await fetchApp('/api/openapi.json'));
});
const opFor = (method: string, path: string) =>
  (doc.paths?.[openApiPath(path)] as Record<string, Op> | undefined)?.[method.toLowerCase()];

describe('security in the OpenAPI document', () => {
  it('declares the session cookie (by its real name), the CSRF Origin rule and bearer API tokens', () => {
    const schemes = doc.components?.securitySchemes as Record<string, OpenAPIV3_1.SecuritySchemeObject>;
    expect(schemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.sameOrigin).toMatchObject({ type: 'apiKey', in: 'header', name: 'Origin' });
  });

  it('gives every guarded route the role of its guard table, with 401 and 403 answers', () => {
    const wrong: string[] = [];
    for (const route of domainGuards.flatMap((d) => d.guarded)) {
      const op = opFor(route.method, route.path);
      if (!op) wrong.push(`${route.method} ${route.path}: not documented`);
      // A national-only route is proven with the lowest account let in past a provincial editor: an admin.
      else if (op['x-required-role'] !== route.role && !(op['x-national-only'] && op['x-required-role'] === 'editor' && route.role === 'admin')) wrong.push(`${route.method} ${route.path}: ${op['x-required-role']} ≠ ${route.role}`);
      else if (!op.responses?.['401'] || !op.responses?.['403']) wrong.push(`${route.method} ${route.path}: no 401/403`);
      else if (!JSON.stringify(op.security).includes('"bearer"') || !JSON.stringify(op.security).includes('"session"')) wrong.push(`${route.method} ${route.path}: security ${JSON.stringify(op.security)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks public routes as needing no credentials (webhooks: their secret header)', () => {
    const wrong = domainGuards
      .flatMap((d) => d.public)
      .filter((route) => {
        const op = opFor(route.method, route.path);
        if (!op || op['x-required-role']) return true;
        return route.path.startsWith('/hooks/') ? op.security?.length !== 1 : op.security?.length !== 0;
      })
      .map((r) => `${r.method} ${r.path}`);
    expect(wrong).toEqual([]);
  });

  it('asks cookie callers of a state-changing route for the same-origin check, never bearer callers', () => {
    const op = opFor('POST', '/api/stories/:id/approve');
    expect(op?.security).toEqual([{ session: [], sameOrigin: [] }, { bearer: [] }]);
    expect(opFor('GET', '/api/editor/queue')?.security).toEqual([{ session: [] }, { bearer: [] }]);
  });

  it('documents errors as problem+json, with Retry-After on 429 and 503', () => {
    const responses = doc.components?.responses as Record<string, OpenAPIV3_1.ResponseObject>;
    expect(responses.BadRequest?.content?.['application/problem+json']?.schema).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(responses.Unavailable?.headers?.['Retry-After']).toBeDefined();
    expect(responses.RateLimited?.headers?.['Retry-After']).toBeDefined();
    const problem = doc.components?.schemas?.Problem as OpenAPIV3_1.SchemaObject;
    expect(Object.keys(problem.properties ?? {})).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'errors']));
    expect(opFor('POST', '/api/reports')?.responses?.['429']).toEqual({ $ref: '#/components/responses/RateLimited' });
    expect(opFor('GET', '/api/stories/:slug')?.responses?.['404']).toEqual({ $ref: '#/components/responses/NotFound' });
  });
});
