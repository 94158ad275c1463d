// web/asset-versions.ts must match the files it versions: a stale hash would make
// browsers keep an old sheet or script for a year. `npm run assets` rewrites it.
import { describe, expect, it } from 'vitest';
import { computeAssetVersions } from '../../scripts/lib/asset-versions';
import { ASSET_VERSIONS } from '../../web/asset-versions';

describe('asset versions', () => {
  it('are the content hashes of today’s files (run `npm run assets` if this fails)', () => {
    expect(ASSET_VERSIONS).toEqual(computeAssetVersions());
  });
});
