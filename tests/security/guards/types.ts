import type { Role } from '../../../schema';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ALL';

/**
 * A route anyone may call, and why that is fine. `sharedCache`: why its answer may be kept by
 * shared caches even for a signed-in request (the same bytes for everyone, e.g. versioned static
 * files); the private-responses test then checks exactly that instead of `private, no-store`.
 */
export type PublicRoute = {
  method: Method;
  path: string;
  why: string;
  sample?: string;
  sharedCache?: string;
  /** Headers the route needs before it answers anyone (a webhook's shared secret, the test env's value). */
  headers?: Record<string, string>;
};

/**
 * A route behind `requireRole(role)` (or `requirePage(role)`). The guard test calls it
 * with `sample` (default: the path with every `:param` replaced by `999999`) and, for
 * unsafe methods, `body` as JSON (default `{}`): any answer but 401/403/5xx counts as
 * "the right role got through".
 */
export type GuardedRoute = {
  method: Method;
  path: string;
  role: Role;
  sample?: string;
  body?: unknown;
  /** The route serves provincial accounts only (national editors are refused by scope): the hostile-input proof signs in with a province. */
  provincial?: true;
};

/** One domain's routes. Add yours as `tests/security/guards/<domain>.ts` and list it in index.ts. */
export type DomainGuards = { domain: string; public: PublicRoute[]; guarded: GuardedRoute[] };
