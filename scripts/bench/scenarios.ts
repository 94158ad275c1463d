// What `npm run bench` measures. A plain array: other domains add their runs
// (share cards, report intake, …) with one entry each.
import { benchCursorAfter, benchSlug } from './data';

export type BenchContext = {
  /** published_at of the newest bench story, for building cursors. */
  newest: number;
  /** Stories loaded (the deep cursor sits 90% of the way down). */
  stories: number;
};

export type Scenario = {
  name: string;
  /** Path and query, or a function of the data set. */
  path: string | ((ctx: BenchContext) => string);
  /** The reference every other run is compared with. */
  bare?: boolean;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
};

export const scenarios: Scenario[] = [
  { name: 'bare route /api/health', path: '/api/health', bare: true },
  { name: 'feed, first page', path: '/api/stories' },
  { name: 'feed, filtered (province + category)', path: '/api/stories?province=DNG&category=role_model' },
  { name: 'feed, deep cursor page', path: (ctx) => `/api/stories?cursor=${benchCursorAfter(ctx.newest, Math.floor(ctx.stories * 0.9))}` },
  { name: 'search "Đà Nẵng"', path: `/api/stories?q=${encodeURIComponent('Đà Nẵng')}` },
  { name: 'story page (HTML)', path: (ctx) => `/stories/${benchSlug(Math.floor(ctx.stories / 2))}`, headers: { accept: 'text/html' } },
  { name: 'feed page (HTML)', path: '/', headers: { accept: 'text/html' } },
];
