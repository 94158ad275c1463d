// The service worker's VERSION (web/public/sw.js): a hash of sw.js itself, with its VERSION
// line left out, and of every file it precaches. Any change to one of them gives new cache
// names, so browsers install the new worker and it deletes the old caches. Used by
// scripts/sw-version.ts (writes it) and tests/assets/offline-files.test.ts (checks it);
// plain Web Crypto, so it runs in Node and in workerd alike.

const VERSION_LINE = /^const VERSION = '([0-9a-f]{10})';$/m;

/** The VERSION written in sw.js, or null when the line is missing. */
export function writtenVersion(swText: string): string | null {
  return VERSION_LINE.exec(swText)?.[1] ?? null;
}

/** The paths in sw.js's PRECACHE_FILES list, in order. */
export function precacheFiles(swText: string): string[] {
  const list = /const PRECACHE_FILES = \[([^\]]*)\]/.exec(swText)?.[1];
  if (list === undefined) throw new Error('sw.js: no PRECACHE_FILES list');
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}

/** sw.js with `version` written into its VERSION line. */
export function withVersion(swText: string, version: string): string {
  return swText.replace(VERSION_LINE, `const VERSION = '${version}';`);
}

/** The first 10 hex digits of SHA-256 over sw.js (VERSION line blanked) and the precached files' bytes, in order. */
export async function computeVersion(swText: string, files: readonly Uint8Array[]): Promise<string> {
  const parts = [new TextEncoder().encode(withVersion(swText, '0000000000')), ...files];
  const total = parts.reduce((n, p) => n + p.byteLength + 1, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength + 1; // a zero byte between files: moving bytes across a boundary changes the hash
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return [...digest.slice(0, 5)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
