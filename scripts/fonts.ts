// npm run fonts: the browser's fonts as WOFF2 subsets (Latin + Vietnamese) in
// web/public/fonts/, made from the same Be Vietnam Pro TTFs the share cards use
// (@expo-google-fonts/be-vietnam-pro). The outputs are committed; run this again
// only when the font package or the ranges in scripts/lib/font-subsets.ts change.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_WEIGHTS, subsetText } from './lib/font-subsets';

const require = createRequire(import.meta.url);
const packageDir = join(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'), '..');
const outDir = join(process.cwd(), 'web', 'public', 'fonts');

const text = subsetText();
for (const face of FONT_WEIGHTS) {
  const ttf = readFileSync(join(packageDir, face.source));
  const woff2 = await subsetFont(ttf, text, {
    targetFormat: 'woff2',
    // The features browsers apply by default, mark positioning (stacked Vietnamese marks) included;
    // fractions, superscripts and stylistic sets go, and their glyphs with them.
    keepFeatures: ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'rlig'],
    // Hinting is for low-resolution Windows screens; phones render outlines unhinted. A third of the bytes.
    noHinting: true,
  });
  writeFileSync(join(outDir, face.file), woff2);
  console.log(`${face.file}: ${(woff2.length / 1024).toFixed(1)} KB (from ${(ttf.length / 1024).toFixed(0)} KB TTF)`);
}
