// Screenshots attached to reports: checked by their first bytes (never by the
// name or type the client claims), kept in R2 under an unguessable key, and
// served to editors only (see workers/cases/cases.routes.ts).
import { randomToken } from '../core/crypto';
import { AppError } from '../core/errors';

export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;

export type ImageType = { mime: 'image/jpeg' | 'image/png' | 'image/webp'; ext: 'jpg' | 'png' | 'webp' };

/** JPEG, PNG or WebP by magic bytes, or null for anything else. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return { mime: 'image/png', ext: 'png' };
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { mime: 'image/webp', ext: 'webp' };
  return null;
}

export type CheckedScreenshot = { bytes: Uint8Array; type: ImageType };

/** Size and content checks; a 413 or 400 naming `screenshot` when it fails. */
export async function checkScreenshot(file: File): Promise<CheckedScreenshot> {
  if (file.size > MAX_SCREENSHOT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The screenshot is larger than 5 MB', {
      errors: [{ path: 'screenshot', message: 'A screenshot can be at most 5 MB' }],
    });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImage(bytes);
  if (!type) throw AppError.field('screenshot', 'The screenshot must be a JPEG, PNG or WebP image');
  return { bytes, type };
}

/** Store in R2; the key is random so it can never be guessed from a report id. */
export async function storeScreenshot(bucket: R2Bucket, shot: CheckedScreenshot, now: number): Promise<string> {
  const month = new Date(now).toISOString().slice(0, 7);
  const key = `reports/screenshots/${month}/${randomToken(18)}.${shot.type.ext}`;
  await bucket.put(key, shot.bytes, { httpMetadata: { contentType: shot.type.mime } });
  return key;
}
