// Decode → crop → resize → encode, for list thumbnails and the cover drawn on share cards.
// @cf-wasm/photon (photon-rs compiled to wasm, packaged for workerd and Node) decodes JPEG,
// PNG and WebP and encodes JPEG at a chosen quality. Every PhotonImage lives in wasm memory
// and is freed here as soon as it is no longer needed.
import { crop, PhotonImage, resize, SamplingFilter } from '@cf-wasm/photon';
import { imageSize, type ImageSize } from './image-size';
import { THUMB_SIZES, type ThumbScale } from './media-keys';

export { THUMB_SIZES };

/** The budget per thumbnail file. */
export const MAX_THUMB_BYTES = 25 * 1000;

/**
 * Larger images are not decoded: photon holds the decoded image about three times over
 * (about 11 bytes per pixel), and a Worker has 128 MB. 12.6 MP takes a 12 MP phone photo (4032×3024).
 */
export const MAX_DECODE_PIXELS = 12_600_000;

/** The cover as drawn on a card: within the largest card (1200 wide, 1080 high), never cropped here. */
export const CARD_COVER_BOX = { width: 1200, height: 1080 } as const;

/** JPEG qualities tried in turn until a thumbnail fits MAX_THUMB_BYTES. */
const QUALITY_STEPS = [80, 72, 64, 56, 48, 40, 32, 24] as const;

export class ImageRefused extends Error {}

/** Decode JPEG, PNG or WebP bytes, refusing what is not one or is too large to hold. */
function decode(bytes: Uint8Array): { image: PhotonImage; size: ImageSize } {
  const size = imageSize(bytes);
  if (!size) throw new ImageRefused('not a JPEG, PNG or WebP image');
  if (size.width * size.height > MAX_DECODE_PIXELS) throw new ImageRefused(`${size.width}×${size.height} is over ${MAX_DECODE_PIXELS} pixels`);
  const image = PhotonImage.new_from_byteslice(bytes);
  return { image, size: { width: image.get_width(), height: image.get_height() } };
}

/** The centred part of `size` with the aspect of `target`. */
function coverCropBox(size: ImageSize, target: ImageSize) {
  const aspect = target.width / target.height;
  const width = Math.min(size.width, Math.round(size.height * aspect));
  const height = Math.min(size.height, Math.round(size.width / aspect));
  const x = Math.floor((size.width - width) / 2);
  const y = Math.floor((size.height - height) / 2);
  return { x1: x, y1: y, x2: x + width, y2: y + height };
}

/** JPEG at the highest quality step that fits `maxBytes`; throws if even the lowest does not. */
export function encodeJpegUnder(image: PhotonImage, maxBytes: number): Uint8Array {
  for (const quality of QUALITY_STEPS) {
    const bytes = image.get_bytes_jpeg(quality);
    if (bytes.length <= maxBytes) return bytes;
  }
  throw new Error(`no JPEG quality down to ${QUALITY_STEPS[QUALITY_STEPS.length - 1]} fits ${maxBytes} bytes`);
}

export type ThumbFiles = Record<ThumbScale, Uint8Array>;

/**
 * Both list thumbnails of an image: cover-cropped to 16:9, resized (triangle filter: a proper
 * area average when shrinking, at a fraction of Lanczos' cost) and encoded ≤ 25 KB each.
 */
export function makeThumbs(bytes: Uint8Array): ThumbFiles {
  const { image, size } = decode(bytes);
  const box = coverCropBox(size, THUMB_SIZES.x2);
  const cropped = box.x1 === 0 && box.y1 === 0 && box.x2 === size.width && box.y2 === size.height ? image : crop(image, box.x1, box.y1, box.x2, box.y2);
  if (cropped !== image) image.free();
  try {
    const x2 = resize(cropped, THUMB_SIZES.x2.width, THUMB_SIZES.x2.height, SamplingFilter.Triangle);
    try {
      const x1 = resize(x2, THUMB_SIZES.x1.width, THUMB_SIZES.x1.height, SamplingFilter.Triangle);
      try {
        return { x1: encodeJpegUnder(x1, MAX_THUMB_BYTES), x2: encodeJpegUnder(x2, MAX_THUMB_BYTES) };
      } finally {
        x1.free();
      }
    } finally {
      x2.free();
    }
  } finally {
    cropped.free();
  }
}

/**
 * The cover as a share card draws it: a JPEG no larger than CARD_COVER_BOX (aspect kept),
 * so satori and resvg decode about a megapixel instead of the original, and WebP covers
 * (which neither can decode) reach the card too.
 */
export function makeCardCover(bytes: Uint8Array): Uint8Array {
  const { image, size } = decode(bytes);
  const scale = Math.min(1, CARD_COVER_BOX.width / size.width, CARD_COVER_BOX.height / size.height);
  const resized = scale < 1 ? resize(image, Math.round(size.width * scale), Math.round(size.height * scale), SamplingFilter.Triangle) : image;
  if (resized !== image) image.free();
  try {
    return resized.get_bytes_jpeg(82);
  } finally {
    resized.free();
  }
}
