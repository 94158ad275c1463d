// Writes the service worker's VERSION (web/public/sw.js) from its own text and the files it
// precaches. Run after changing sw.js, offline.html, its sheet, the manifest or the icons:
//   npx tsx scripts/sw-version.ts
// tests/assets/offline-files.test.ts fails while the written VERSION is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeVersion, precacheFiles, withVersion, writtenVersion } from '../web/offline/sw-version';

const PUBLIC = 'web/public';
const swPath = join(PUBLIC, 'sw.js');
const swText = readFileSync(swPath, 'utf8');
const files = precacheFiles(swText).map((path) => new Uint8Array(readFileSync(join(PUBLIC, path))));
const version = await computeVersion(swText, files);
if (writtenVersion(swText) === version) {
  console.log(`sw.js VERSION ${version}: up to date`);
} else {
  writeFileSync(swPath, withVersion(swText, version));
  console.log(`sw.js VERSION ${version}: written`);
}
