// What `npm run bench` measures. A plain array: other domains add their runs
// (share cards, report intake, …) with one entry each.
import { checkScenarios } from './check';
import { BENCH_LINK_CODE, benchCursorAfter, benchSlug } from './data';
import { deskScenarios, type DeskSessions } from './desk';
import { tiplineScenarios } from './tipline';

export type BenchContext = {
  /** published_at of the newest bench story, for building cursors. */
  newest: number;
  /** Stories loaded (the deep cursor sits 90% of the way down). */
  stories: number;
  /** Signed-in sessions for the desk pages (scripts/bench/desk.ts), once the server is up. */
  desk?: DeskSessions;
};

export type Scenario = {
  name: string;
  /** Path and query, or a function of the data set. */
  path: string | ((ctx: BenchContext) => string);
  /** The reference every other run is compared with. */
  bare?: boolean;
  method?: 'GET' | 'POST';
  /** Request headers, or a function of the data set (a desk page's session cookie). */
  headers?: Record<string, string> | ((ctx: BenchContext) => Record<string, string>);
  /** A fixed body, or a new one per request (a webhook's unique update id). */
  body?: string | (() => string);
  /** Headers that change per request (a fresh client address, so a per-address limit is not what is measured). */
  requestHeaders?: () => Record<string, string>;
  /** The status a good answer has when it is not 2xx (a redirect): other statuses count as failures. */
  status?: number;
};

/** A phone browser, so tracked-link visits count as clicks (bots and empty agents are not counted). */
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

export const scenarios: Scenario[] = [
  // The reference: a Worker route with nothing in front of it (workers/index.ts answers it before the app).
  { name: 'bare Worker route /__bare', path: '/__bare', bare: true },
  // The app's middleware alone (request id, security headers, request context, auth, CSRF) and a tiny handler.
  { name: 'middleware only /api/health', path: '/api/health' },
  { name: 'feed, first page', path: '/api/stories' },
  // The same cached copy, but `?lang=` sends the hit through the app's middleware (the fast path leaves it
  // to the app, which sets the language cookie): the cost the fast path saves, side by side.
  { name: 'feed, first page, hit via middleware', path: '/api/stories?lang=vi' },
  { name: 'feed, filtered (province + category)', path: '/api/stories?province=DNG&category=role_model' },
  { name: 'feed, deep cursor page', path: (ctx) => `/api/stories?cursor=${benchCursorAfter(ctx.newest, Math.floor(ctx.stories * 0.9))}` },
  { name: 'search "Đà Nẵng"', path: `/api/stories?q=${encodeURIComponent('Đà Nẵng')}` },
  { name: 'story page (HTML)', path: (ctx) => `/stories/${benchSlug(Math.floor(ctx.stories / 2))}`, headers: { accept: 'text/html' } },
  { name: 'feed page (HTML)', path: '/', headers: { accept: 'text/html' } },
  // Every visit is a counted click: reader HMAC, queue send, and the consumer's de-duplicating batches in the same process.
  { name: 'tracked link /l/:code (302, dedupe on)', path: `/l/${BENCH_LINK_CODE}`, headers: { 'user-agent': PHONE }, status: 302 },
  ...deskScenarios,
  ...tiplineScenarios,
  ...checkScenarios,
];
