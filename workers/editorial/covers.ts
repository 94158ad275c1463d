// Cover images: the type is decided by the file's first bytes, never by the
// name or the declared Content-Type, and only JPEG, PNG and WebP get through.
import * as v from 'valibot';
import { randomToken } from '../core/crypto';
import { AppError } from '../core/errors';
import { parseOrThrow } from '../core/validate';

export const MAX_COVER_BYTES = 5 * 1024 * 1024;

const kinds = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
} as const;
export type CoverExt = keyof typeof kinds;

/** Sniff JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A) or WebP (RIFF….WEBP). */
export function sniffImage(bytes: Uint8Array): CoverExt | null {
  const starts = (sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

export function contentTypeFor(ext: CoverExt): string {
  return kinds[ext];
}

/** R2 key names: `covers/<story>-<random>.<ext>`; served at /media/covers/<name>. */
export const coverName = v.pipe(v.string(), v.regex(/^\d{1,12}-[A-Za-z0-9_-]{8,64}\.(jpg|png|webp)$/, 'Not a cover name'));

const uploadFields = v.object({
  alt: v.pipe(
    v.string('Describe the image (alt text is required)'),
    v.transform((s) => s.normalize('NFC').trim()),
    v.minLength(1, 'Describe the image (alt text is required)'),
    v.maxLength(300, 'Alt text has at most 300 characters'),
  ),
  revision: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'A revision is a number'), v.transform(Number))),
});

/**
 * Check an uploaded image (present, at most 5 MB, JPEG/PNG/WebP by its bytes) and store it in R2
 * as `covers/<ownerId>-<random>.<ext>`; returns the key. Story and campaign covers both use it.
 */
export async function storeCoverFile(media: R2Bucket, ownerId: number, file: unknown): Promise<string> {
  if (!(file instanceof File) || file.size === 0) throw AppError.field('file', 'Choose an image file (JPEG, PNG or WebP)');
  if (file.size > MAX_COVER_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'A cover image can be at most 5 MB', { errors: [{ path: 'file', message: 'At most 5 MB' }] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = sniffImage(bytes);
  if (!ext) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG and WebP images are accepted', { errors: [{ path: 'file', message: 'Not a JPEG, PNG or WebP image' }] });
  }
  const key = `covers/${ownerId}-${randomToken(12)}.${ext}`;
  await media.put(key, bytes, { httpMetadata: { contentType: contentTypeFor(ext), cacheControl: 'public, max-age=31536000, immutable' } });
  return key;
}

/** The alt text sent with a cover upload: required, at most 300 characters. */
export function parseCoverAlt(alt: unknown): string {
  return parseOrThrow(uploadFields, { alt }).alt;
}

/** Validate a multipart upload and store the file in R2; returns its key and alt text. */
export async function storeCover(media: R2Bucket, storyId: number, body: Record<string, unknown>) {
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) throw AppError.field('file', 'Choose an image file (JPEG, PNG or WebP)');
  const fields = parseOrThrow(uploadFields, { alt: body.alt, revision: typeof body.revision === 'string' && body.revision !== '' ? body.revision : undefined });
  const key = await storeCoverFile(media, storyId, file);
  return { key, alt: fields.alt, revision: fields.revision };
}
