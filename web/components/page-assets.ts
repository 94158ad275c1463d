// Which files a page links, and under which URL. Styles, scripts and the icon are
// linked as `/v/<content hash>/<path>` (web/asset-versions.ts, written by
// scripts/assets.ts), which the Worker serves `immutable` for a year; a changed
// file has a new hash, so a new URL. A path without a hash keeps its plain URL.
import { ASSET_VERSIONS } from '../asset-versions';

/** The versioned URL prefix; workers/assets/versioned.routes.ts serves it. The offline service worker caches it first. */
export const VERSIONED_PREFIX = '/v/';

/** `/css/app.css` → `/v/3fa9c1d2e0/css/app.css` (or the path itself when it has no version). */
export function assetUrl(path: string): string {
  const hash = ASSET_VERSIONS[path];
  return hash ? `${VERSIONED_PREFIX}${hash}${path}` : path;
}

/** The heading font, preloaded: the first screen's title is set in it. Its URL is the one app.css names. */
export const PRELOADED_FONT = '/fonts/be-vietnam-pro-700.woff2';

// Sheets in the order app.css used to @import them (area sheets first, the base last), so the
// cascade is the same whichever subset a page links.
const ORDER = ['feed', 'shared', 'editor', 'reports', 'share', 'campaigns', 'account', 'review', 'app'] as const;
type Sheet = (typeof ORDER)[number];

/** A reader's pages: the feed, a story (share kit, correction notes), campaigns, the guide. */
const READING: readonly Sheet[] = ['feed', 'shared', 'share', 'campaigns', 'app'];
/** Reporting: the form, receipts and the lookup. */
const REPORTING: readonly Sheet[] = ['feed', 'shared', 'reports', 'app'];

function sheetSet(path: string): readonly Sheet[] {
  const p = path.split(/[?#]/)[0] ?? '/';
  if (p === '/report' || p.startsWith('/report/') || p === '/tra-cuu') return REPORTING;
  if (p === '/' || p.startsWith('/stories/') || p === '/campaigns' || p.startsWith('/campaigns/') || p === '/guidelines' || p.startsWith('/guide')) {
    return READING;
  }
  // The desk, accounts, sign-in and anything else: every sheet (it is cached for a year after the first visit).
  return ORDER;
}

/** The style sheet URLs (versioned) a page at `path` links, in cascade order. */
export function stylesheetsFor(path: string): string[] {
  const set = sheetSet(path);
  return ORDER.filter((s) => set.includes(s)).map((s) => assetUrl(`/css/${s}.css`));
}
