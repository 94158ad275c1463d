import { PhotonImage } from '@cf-wasm/photon';

/**
 * A photo-like image: smooth gradients with fine noise and edges, which JPEG compresses
 * about as badly as a real photograph (a flat test card would make the 25 KB budget trivial).
 */
export function photoPixels(width: number, height: number): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const n = rnd() * 70;
      px[i] = Math.min(255, (x / width) * 190 + n + 30 * Math.sin(y / 11));
      px[i + 1] = Math.min(255, (y / height) * 170 + n + 40 * Math.sin(x / 37));
      px[i + 2] = Math.min(255, 110 + n + 50 * Math.cos((x + y) / 23));
      px[i + 3] = 255;
    }
  }
  return px;
}

export type CoverKind = 'jpg' | 'png' | 'webp';

/** A cover file of the given kind and size, encoded with photon itself. */
export function photoFile(kind: CoverKind, width: number, height: number): Uint8Array {
  const image = new PhotonImage(photoPixels(width, height), width, height);
  try {
    if (kind === 'jpg') return image.get_bytes_jpeg(92);
    if (kind === 'png') return image.get_bytes();
    return image.get_bytes_webp();
  } finally {
    image.free();
  }
}
