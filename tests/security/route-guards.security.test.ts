import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../schema';
import { createApp } from '../../workers/app';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN } from '../helpers/http';
import { endpoints, listed, samplePath, staleEntries, unlistedRoutes } from './guards/check';
import { domainGuards } from './guards/index';
import type { GuardedRoute, PublicRoute } from './guards/types';

const routes = createApp().routes;
const { publics, guarded } = listed(domainGuards);

function request(route: GuardedRoute | PublicRoute, headers: Record<string, string>) {
  const unsafe = route.method !== 'GET';
  return fetchApp(samplePath(route), {
    method: route.method === 'ALL' ? 'GET' : route.method,
    redirect: 'manual',
    headers: { origin: ORIGIN, ...(unsafe ? { 'content-type': 'application/json' } : {}), ...('headers' in route ? route.headers : {}), ...headers },
    body: unsafe ? JSON.stringify('body' in route && route.body !== undefined ? route.body : {}) : undefined,
  });
}

const users = {} as Record<Role, TestUser>;
beforeAll(async () => {
  for (const role of roles) users[role] = await signedInAs(role);
});

describe('the route guard table', () => {
  it('lists every route of the app, as public or guarded', () => {
    expect(unlistedRoutes(routes, domainGuards), 'add these to tests/security/guards/<domain>.ts').toEqual([]);
  });

  it('lists no route that no longer exists', () => {
    expect(staleEntries(routes, domainGuards)).toEqual([]);
  });

  it('lists each route only once', () => {
    const keys = [...publics, ...guarded].map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('would catch a route added without a guard', () => {
    const app = createApp();
    app.route('/', new Hono().get('/api/forgotten', (c) => c.text('oops')));
    expect(unlistedRoutes(app.routes, domainGuards)).toEqual(['GET /api/forgotten']);
    expect(endpoints(app.routes)).toContain('GET /api/forgotten');
  });
});

describe.each(guarded)('$method $path (needs $role)', (route) => {
  it('answers 401 without a session', async () => {
    const res = await request(route, {});
    expect(res.status, await res.clone().text()).toBe(401);
  });

  const below = roles.slice(0, roles.indexOf(route.role));
  it.each(below)('answers 403 to a %s', async (role) => {
    const res = await request(route, users[role].headers);
    expect(res.status, await res.clone().text()).toBe(403);
  });

  it(`lets a ${route.role} through`, async () => {
    const res = await request(route, users[route.role].headers);
    expect([401, 403], await res.clone().text()).not.toContain(res.status);
    expect(res.status).toBeLessThan(500);
  });
});

describe.each(publics)('$method $path (public: $why)', (route) => {
  it('answers an anonymous caller without 401/403 or a server error', async () => {
    const res = await request(route, {});
    expect([401, 403]).not.toContain(res.status);
    expect(res.status).toBeLessThan(500);
  });
});
