import type { DomainGuards, GuardedRoute, PublicRoute } from './types';

/** `METHOD path` of a route, as hono lists it in `app.routes`. */
export const routeKey = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

/**
 * The distinct endpoints of an app: one per method and path (a route with middleware
 * shows up once per handler), leaving out global middleware (`app.use`, `ALL /*`).
 */
export function endpoints(routes: readonly { method: string; path: string }[]): string[] {
  const keys = routes.filter((r) => !(r.method === 'ALL' && r.path === '/*')).map(routeKey);
  return [...new Set(keys)].sort();
}

export function listed(domains: readonly DomainGuards[]): { publics: PublicRoute[]; guarded: GuardedRoute[] } {
  return { publics: domains.flatMap((d) => d.public), guarded: domains.flatMap((d) => d.guarded) };
}

/** Endpoints nobody declared public or guarded: each one is a route someone forgot to protect (or to list). */
export function unlistedRoutes(routes: readonly { method: string; path: string }[], domains: readonly DomainGuards[]): string[] {
  const { publics, guarded } = listed(domains);
  const known = new Set([...publics, ...guarded].map(routeKey));
  return endpoints(routes).filter((key) => !known.has(key));
}

/** Table entries that match no route any more (renamed or removed). */
export function staleEntries(routes: readonly { method: string; path: string }[], domains: readonly DomainGuards[]): string[] {
  const present = new Set(endpoints(routes));
  const { publics, guarded } = listed(domains);
  return [...publics, ...guarded].map(routeKey).filter((key) => !present.has(key));
}

/** A concrete URL for a route pattern: `:id` and friends become `999999` (which names nothing). */
export function samplePath(route: GuardedRoute | PublicRoute): string {
  if ('sample' in route && route.sample) return route.sample;
  return route.path.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, '999999');
}
