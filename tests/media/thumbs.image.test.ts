// The thumbnail pipeline on its own: every kind of cover, and a share card, comes out as two
// 16:9 JPEGs of the advertised size, each within the 25 KB budget.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES } from '../../workers/cards/card-design';
import { renderCard } from '../../workers/cards/card-store';
import { encodeJpegUnder, makeCardCover, makeThumbs, MAX_DECODE_PIXELS, MAX_THUMB_BYTES, THUMB_SIZES } from '../../workers/media/image-pipeline';
import { imageSize } from '../../workers/media/image-size';
import { PhotonImage } from '@cf-wasm/photon';
import { photoFile, photoPixels, type CoverKind } from './fixtures';

function expectThumbs(thumbs: { x1: Uint8Array; x2: Uint8Array }) {
  for (const scale of ['x1', 'x2'] as const) {
    const bytes = thumbs[scale];
    expect([bytes[0], bytes[1], bytes[2]], `${scale} is a JPEG`).toEqual([0xff, 0xd8, 0xff]);
    expect(imageSize(bytes), `${scale} size`).toEqual(THUMB_SIZES[scale]);
    expect(bytes.length, `${scale} bytes`).toBeLessThanOrEqual(MAX_THUMB_BYTES);
  }
  expect(THUMB_SIZES.x2.width).toBe(2 * THUMB_SIZES.x1.width);
}

describe('thumbnails of covers', () => {
  const covers: [CoverKind, number, number][] = [
    ['jpg', 3000, 2000],
    ['png', 1600, 1200],
    ['webp', 1200, 1600],
  ];
  for (const [kind, width, height] of covers) {
    it(`makes 1× and 2× JPEGs ≤ 25 KB from a ${width}×${height} photo-like ${kind.toUpperCase()}`, () => {
      const file = photoFile(kind, width, height);
      expect(imageSize(file)).toEqual({ width, height });
      if (kind === 'jpg') expect(file.length, 'a large photo-like JPEG').toBeGreaterThan(2_000_000);
      expectThumbs(makeThumbs(file));
    });
  }

  it('steps the quality down until a busy picture fits', () => {
    const image = new PhotonImage(photoPixels(384, 216), 384, 216);
    try {
      const atTop = image.get_bytes_jpeg(80).length;
      const fitted = encodeJpegUnder(image, Math.floor(atTop / 2));
      expect(fitted.length).toBeLessThanOrEqual(Math.floor(atTop / 2));
      expect(imageSize(fitted)).toEqual({ width: 384, height: 216 });
    } finally {
      image.free();
    }
  });

  it('refuses files that are not images, and images too large to decode, without decoding them', () => {
    expect(() => makeThumbs(new TextEncoder().encode('not an image at all'))).toThrow(/not a JPEG, PNG or WebP/);
    // A PNG header claiming 20000×20000 pixels (400 MP): refused from the header alone.
    const header = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20, 8, 6, 0, 0, 0]);
    expect(20000 * 20000).toBeGreaterThan(MAX_DECODE_PIXELS);
    expect(() => makeThumbs(header)).toThrow(/over/);
  });

  it('downsizes a cover for the card to at most 1200×1080, keeping its shape', () => {
    const card = makeCardCover(photoFile('webp', 2400, 1600));
    expect(imageSize(card)).toEqual({ width: 1200, height: 800 });
  });
});

describe('thumbnails of share cards', () => {
  it('makes 1× and 2× JPEGs ≤ 25 KB from a rendered OG card', async () => {
    const png = await renderCard(
      env,
      {
        storyId: 1,
        title: 'Người dân xã Ẵng Nưa góp đất mở đường, cả bản vui như hội',
        summary: 'Ba mươi hộ dân tự nguyện hiến hơn 4.000 m² đất để mở rộng đường liên bản.',
        categoryName: 'Thành tựu địa phương',
        categoryColor: '#1d4ed8',
        provinceName: 'Điện Biên',
        coverKey: null,
      },
      'og',
    );
    expect(imageSize(png)).toEqual(CARD_SIZES.og);
    expectThumbs(makeThumbs(png));
  });
});
