// What the document says about a route beyond its inputs: its domain tag, what kind of answer it
// gives (JSON, a page, a file, a redirect), which error statuses apply. Derived from the route's
// method and path (one rule per domain, not one line per route) so a new route is documented
// the moment it is mounted; the coverage test (tests/openapi/) fails if one is not.

export type RouteKind = 'json' | 'page' | 'form' | 'file' | 'redirect' | 'webhook';

/** Domain tags, in the order the reference page lists them. First match wins. */
const TAG_RULES: readonly { tag: string; description: string; test: RegExp }[] = [
  { tag: 'System', description: 'Health, this document, versioned static files.', test: /^\/(api\/health|api\/openapi\.json|api\/docs|v\/)/ },
  { tag: 'Stories', description: 'The public feed, stories, their workflow, revisions and covers.', test: /^\/(api\/stories|api\/editor\/(stories|queue|preview)|api\/provinces|api\/categories|stories\/|$|guidelines|feed\.xml|sitemap\.xml|editor\/?$|editor\/stories|media\/)/ },
  { tag: 'Reports & cases', description: 'Readers’ reports of false news, receipts, and the desk’s cases.', test: /^\/(api\/reports|api\/cases|api\/settings\/(?:claims|tone)|report|tra-cuu|editor\/cases|editor\/settings\/(?:claims|tone))/ },
  { tag: 'Check before posting', description: 'Paste a text or link before posting it: known false claims, leaks, personal data, rumour signs, tone. Nothing is kept.', test: /^\/(api\/check|kiem-tra|check)(\/|$)/ },
  { tag: 'Campaigns', description: 'Campaigns, pinned stories, correction notices.', test: /^\/(api\/campaigns|api\/editor\/campaigns|campaigns|editor\/campaigns|api\/me\/notices|notices)/ },
  { tag: 'Sharing', description: 'Share links, cards and click tracking.', test: /^\/(api\/shares|share|l\/|cards\/|api\/stories\/[^/]+\/stats)/ },
  { tag: 'Lessons', description: 'The desk’s lessons and quizzes: writing, four-eyes review, archive.', test: /^\/(api\/lessons|editor\/lessons)/ },
  { tag: 'Stats & impact', description: 'Reach dashboards, one’s own impact, unit leaderboards.', test: /^\/(api\/stats|editor\/stats|api\/me\/impact|me$|api\/units\/leaderboard)/ },
  { tag: 'Units', description: 'Party units (chi bộ, đảng bộ) and their tree.', test: /^\/(api\/units|editor\/units)/ },
  { tag: 'Users & tokens', description: 'Accounts, roles, API tokens, bulk import (admins).', test: /^\/(api\/users|api\/tokens|editor\/users|editor\/tokens)/ },
  { tag: 'Invites', description: 'Invite links and joining.', test: /^\/(api\/invites|api\/join|join|editor\/invites)/ },
  { tag: 'Account', description: 'Signing in and out, one’s own sessions, password, phone.', test: /^\/(api\/auth|login|logout|account|api\/me($|\/(sessions|password|phone))|dat-mat-khau|set-password)/ },
  { tag: 'Privacy', description: 'Export and deletion of one’s own data, erasure by admins.', test: /^\/(api\/me\/(export|deletion)|privacy|api\/users\/[^/]+\/erase)/ },
  { tag: 'Saved', description: 'Stories saved for later.', test: /^\/(da-luu|saved|api\/saved)/ },
  { tag: 'Learning', description: 'Lessons on the rules, quizzes, completions.', test: /^\/(hoc|learn|api\/learn)(\/|$)/ },
  { tag: 'Push', description: 'Web push subscriptions.', test: /^\/api\/push/ },
  { tag: 'Tiplines', description: 'Telegram and Zalo bot webhooks.', test: /^\/hooks\// },
  { tag: 'Audit & operations', description: 'The audit log and parked queue messages.', test: /^\/(api\/audit|editor\/audit|api\/admin)/ },
];

export const TAGS = TAG_RULES.map(({ tag, description }) => ({ name: tag, description }));

export function tagFor(path: string): string {
  // Specific rules that would otherwise be caught by a broader prefix earlier in the list.
  if (/^\/api\/stories\/[^/]+\/stats$/.test(path)) return 'Sharing';
  if (/^\/(api\/users\/[^/]+\/erase|editor\/users\/[^/]+\/erase)$/.test(path)) return 'Privacy';
  return TAG_RULES.find((rule) => rule.test.test(path))?.tag ?? 'Pages';
}

/** Paths answering a file or image rather than JSON or a page. */
const FILE_PATHS: readonly { test: RegExp; contentType: string; description: string }[] = [
  { test: /^\/feed\.xml$/, contentType: 'application/rss+xml', description: 'RSS 2.0 feed of the newest published stories.' },
  { test: /^\/sitemap\.xml$/, contentType: 'application/xml', description: 'Sitemap of the public pages and published stories.' },
  { test: /\.csv$/, contentType: 'text/csv', description: 'A CSV file.' },
  { test: /(\.png|^\/cards\/:file)$/, contentType: 'image/png', description: 'A PNG image.' },
  { test: /^\/media\//, contentType: 'image/*', description: 'An image (cover or thumbnail).' },
  { test: /\/screenshot$/, contentType: 'image/*', description: 'The report’s screenshot, sandboxed.' },
  { test: /^\/v\//, contentType: '*/*', description: 'A static file (style sheet, script, icon), immutable for a year.' },
  { test: /^\/api\/me\/export$/, contentType: 'application/json', description: 'All data held about the caller, as a download.' },
];

export function fileFor(path: string) {
  return FILE_PATHS.find((f) => f.test.test(path));
}

export function kindOf(method: string, path: string): RouteKind {
  if (path.startsWith('/hooks/')) return 'webhook';
  if (path.startsWith('/l/')) return 'redirect';
  if (fileFor(path) && !path.startsWith('/api/me/export')) return 'file';
  if (path === '/api/docs') return 'page';
  if (path.startsWith('/api/')) return 'json';
  return method === 'GET' ? 'page' : 'form';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isUnsafe = (method: string) => UNSAFE.has(method);

/**
 * Error statuses beyond the generic ones (400 with inputs, 401/403 when guarded, 403 for CSRF on
 * unsafe methods, 404 with path params, 503 always): from where the code throws CONFLICT,
 * UNPROCESSABLE, PAYLOAD_TOO_LARGE, RATE_LIMITED, GONE (grep of workers/ at the time of writing).
 */
const SPECIFIC_ERRORS: readonly { status: 409 | 410 | 413 | 415 | 422 | 429; test: (method: string, path: string) => boolean }[] = [
  {
    status: 409,
    test: (m, p) =>
      isUnsafe(m) &&
      /^\/(api\/stories|editor\/stories|api\/cases|editor\/cases|api\/users|editor\/users|api\/units|editor\/units|api\/campaigns|editor\/campaigns|api\/lessons|editor\/lessons|account\/sessions|api\/me\/(sessions|deletion)|account\/deletion|dat-mat-khau|set-password|api\/reports|report)/.test(p),
  },
  { status: 410, test: (_m, p) => /^\/(api\/join|join)\//.test(p) },
  { status: 413, test: (m, p) => isUnsafe(m) && /(cover|import|\/api\/reports$|^\/report$|\/editor\/stories|\/api\/stories(\/[^/]+)?(\/autosave)?$|^\/hooks\/)/.test(p) },
  { status: 415, test: (m, p) => isUnsafe(m) && /(cover|import|\/api\/reports$|^\/report$)/.test(p) },
  { status: 422, test: (m, p) => isUnsafe(m) && /^\/(api\/units|editor\/units|api\/users|editor\/users)/.test(p) },
  {
    status: 429,
    test: (m, p) =>
      /^\/(api\/auth\/login|login|api\/reports|report|tra-cuu|api\/shares|share|hooks\/|join\/|api\/join\/|api\/push\/subscriptions$)/.test(p) &&
      (isUnsafe(m) || /^\/(api\/reports\/|report\/|tra-cuu)/.test(p)),
  },
];

export function specificErrors(method: string, path: string): number[] {
  return SPECIFIC_ERRORS.filter((rule) => rule.test(method, path)).map((rule) => rule.status);
}
