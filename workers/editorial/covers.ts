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

/** A form body parsed with `{ all: true }` holds arrays for repeated names: take the first. */
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

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

const altText = v.pipe(
  v.string('Describe the image (alt text is required)'),
  v.transform((s) => s.normalize('NFC').trim()),
  v.minLength(1, 'Describe the image (alt text is required)'),
  v.maxLength(300, 'Alt text has at most 300 characters'),
);
/** The story form's name for the same field, so its error points at the form's own input. */
const formAlt = v.object({ coverAlt: altText });

const uploadFields = v.object({
  alt: altText,
  revision: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'A revision is a number'), v.transform(Number))),
});

/** A cover that passed every check (size, type by content, alt text), not yet stored. */
export type CheckedCover = { bytes: Uint8Array; ext: CoverExt; alt: string; revision?: number };

/** An uploaded image: present, at most 5 MB, JPEG/PNG/WebP by its bytes. */
async function checkImageFile(file: unknown): Promise<{ bytes: Uint8Array; ext: CoverExt }> {
  if (!(file instanceof File) || file.size === 0) throw AppError.field('file', 'Choose an image file (JPEG, PNG or WebP)');
  if (file.size > MAX_COVER_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'A cover image can be at most 5 MB', { errors: [{ path: 'file', message: 'At most 5 MB' }] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = sniffImage(bytes);
  if (!ext) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG and WebP images are accepted', { errors: [{ path: 'file', message: 'Not a JPEG, PNG or WebP image' }] });
  }
  return { bytes, ext };
}

/**
 * Check a multipart cover upload without storing anything: the story form checks the
 * cover before it creates the story, so a bad file never leaves a half-made draft.
 * `altField` names the alt text's field in error messages (`alt` on the cover form and
 * API, `coverAlt` on the story form).
 */
export async function checkCover(body: Record<string, unknown>, altField: 'alt' | 'coverAlt' = 'alt'): Promise<CheckedCover> {
  const image = await checkImageFile(first(body.file));
  const revision = first(body.revision);
  const fields =
    altField === 'alt'
      ? parseOrThrow(uploadFields, { alt: first(body.alt), revision: typeof revision === 'string' && revision !== '' ? revision : undefined })
      : { alt: parseOrThrow(formAlt, { coverAlt: first(body.coverAlt) }).coverAlt, revision: undefined };
  return { ...image, alt: fields.alt, revision: fields.revision };
}

async function putImage(media: R2Bucket, ownerId: number, image: { bytes: Uint8Array; ext: CoverExt }): Promise<string> {
  const key = `covers/${ownerId}-${randomToken(12)}.${image.ext}`;
  await media.put(key, image.bytes, { httpMetadata: { contentType: contentTypeFor(image.ext), cacheControl: 'public, max-age=31536000, immutable' } });
  return key;
}

/** Store a checked cover in R2 under a new, never reused key; returns its key and alt text. */
export async function putCover(media: R2Bucket, storyId: number, cover: CheckedCover) {
  return { key: await putImage(media, storyId, cover), alt: cover.alt, revision: cover.revision };
}

/**
 * Check an uploaded image and store it as `covers/<ownerId>-<random>.<ext>`; returns the key.
 * Campaign covers use it; story covers go through checkCover/putCover.
 */
export async function storeCoverFile(media: R2Bucket, ownerId: number, file: unknown): Promise<string> {
  return putImage(media, ownerId, await checkImageFile(file));
}

/** The alt text sent with a cover upload: required, at most 300 characters. */
export function parseCoverAlt(alt: unknown): string {
  return parseOrThrow(uploadFields, { alt }).alt;
}

/** A file was chosen in a form (browsers send an empty file part when none was). */
export function hasCoverFile(body: Record<string, unknown>): boolean {
  const file = first(body.file);
  return file instanceof File && file.size > 0;
}

/** Validate a multipart upload and store the file in R2; returns its key and alt text. */
export async function storeCover(media: R2Bucket, storyId: number, body: Record<string, unknown>) {
  return putCover(media, storyId, await checkCover(body));
}
