// Which files a page links, and under which URL. Styles, scripts and the icon are
// linked as `/v/<content hash>/<path>` (web/asset-versions.ts, written by
// scripts/assets.ts), which the Worker serves `immutable` for a year; a changed
// file has a new hash, so a new URL. A path without a hash keeps its plain URL.
import { bundlePath, bundleSheets, type BundleName } from '../asset-bundles';
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

function bundleFor(path: string): BundleName {
  const p = path.split(/[?#]/)[0] ?? '/';
  if (p === '/report' || p.startsWith('/report/') || p === '/tra-cuu') return 'reporting';
  if (p === '/' || p.startsWith('/stories/') || p === '/campaigns' || p.startsWith('/campaigns/') || p === '/guidelines' || p.startsWith('/guide') || p === '/da-luu' || p === '/saved' || /^\/(hoc|learn)(\/|$)/.test(p)) {
    return 'reading';
  }
  // The desk, accounts, sign-in and anything else: every sheet (cached for a year after the first visit).
  return 'desk';
}

/**
 * The style sheet URLs a page at `path` links: its bundle as one versioned file, or,
 * should the bundle have no version (a hand-started server with a stale table), its
 * sheets one by one in cascade order.
 */
export function stylesheetsFor(path: string): string[] {
  const name = bundleFor(path);
  const bundled = assetUrl(bundlePath(name));
  return bundled.startsWith(VERSIONED_PREFIX) ? [bundled] : bundleSheets(name).map(assetUrl);
}
