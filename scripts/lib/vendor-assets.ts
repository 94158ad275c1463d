// Third-party browser bundles the Worker serves from its own assets (never from a CDN: the CSP is
// `script-src 'self'`). Copied from node_modules into web/public/vendor/ by `npm run assets`
// (so by npm start, npm test, build:check and deploy); the copies are not committed (.gitignore).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PUBLIC_DIR } from './asset-versions';

const require = createRequire(import.meta.url);

/** Swagger UI for /api/docs: the standalone bundle (React inside, no inline <script> or <style>) and its sheet. */
export const VENDOR_FILES = [
  { pkg: 'swagger-ui-dist', files: ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE'], to: 'vendor/swagger-ui' },
] as const;

/** Copy each file whose bytes changed; returns the paths written. */
export function copyVendorAssets(): string[] {
  const written: string[] = [];
  for (const { pkg, files, to } of VENDOR_FILES) {
    const from = dirname(require.resolve(`${pkg}/package.json`));
    const dir = join(PUBLIC_DIR, to);
    mkdirSync(dir, { recursive: true });
    for (const file of files) {
      const source = readFileSync(join(from, file));
      let current: Buffer | null = null;
      try {
        current = readFileSync(join(dir, file));
      } catch {
        // not copied yet
      }
      if (current?.equals(source)) continue;
      copyFileSync(join(from, file), join(dir, file));
      written.push(`${to}/${file}`);
    }
  }
  return written;
}
