// Style sheets served as one file per kind of page (fewer render-blocking requests on a
// slow phone network). Each bundle is its sheets joined in this order, which is the
// order app.css used to @import them (area sheets first, the base last), so the
// cascade is unchanged. Read by scripts/assets.ts (to hash the joined bytes), by the
// layout (web/components/page-assets.ts) and by the Worker that joins them
// (workers/assets/versioned.routes.ts). Pure data: no Node or Worker imports.
export const SHEET_BUNDLES = {
  /** A reader's pages: the feed, a story (share kit, correction notes), campaigns, the guide, the saved list, lessons. */
  reading: ['feed', 'shared', 'share', 'campaigns', 'saved', 'learn', 'app'],
  /** Reporting: the form, receipts and the lookup. */
  reporting: ['feed', 'shared', 'reports', 'app'],
  /** The desk, accounts, sign-in and anything else: every sheet. */
  desk: ['feed', 'shared', 'editor', 'reports', 'share', 'campaigns', 'account', 'review', 'saved', 'check', 'learn', 'lessons-desk', 'app'],
} as const;
export type BundleName = keyof typeof SHEET_BUNDLES;

/** `/css/bundle/reading.css`: a bundle's path (only ever served under /v/<hash>/). */
export const bundlePath = (name: BundleName) => `/css/bundle/${name}.css`;

/** The bundle a path names, or null. */
export function bundleOf(path: string): BundleName | null {
  const m = /^\/css\/bundle\/([a-z]+)\.css$/.exec(path);
  return m && m[1] && m[1] in SHEET_BUNDLES ? (m[1] as BundleName) : null;
}

/** The sheets' paths of a bundle, in order. */
export const bundleSheets = (name: BundleName) => SHEET_BUNDLES[name].map((s) => `/css/${s}.css`);

/** Between two joined sheets: a newline, so a sheet without a final newline cannot run into the next. */
export const BUNDLE_SEPARATOR = '\n';
