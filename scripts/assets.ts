// npm run assets: writes web/asset-versions.ts, the content hash of every style, script
// and icon, so pages link `/v/<hash>/css/app.css` (cached for a year, immutable) and a
// changed file gets a new URL. Run by npm start, npm test, build:check and deploy;
// tests/node/asset-versions.node.test.ts fails when the committed file is stale.
// It also copies third-party browser bundles (Swagger UI for /api/docs) into web/public/vendor/.
import { readFileSync, writeFileSync } from 'node:fs';
import { computeAssetVersions, renderAssetVersions, VERSIONS_FILE } from './lib/asset-versions';
import { copyVendorAssets } from './lib/vendor-assets';

const text = renderAssetVersions(computeAssetVersions());
let old = '';
try {
  old = readFileSync(VERSIONS_FILE, 'utf8');
} catch {
  // first run
}
if (old !== text) {
  writeFileSync(VERSIONS_FILE, text);
  console.log('assets: web/asset-versions.ts updated');
}

const copied = copyVendorAssets();
if (copied.length > 0) console.log(`assets: copied ${copied.join(', ')}`);
