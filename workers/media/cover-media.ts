// The cover as share cards draw it: made once from the original (the one full decode a cover
// ever costs), stored in R2 beside it, and reused by every card render and by the thumbnails.
import { makeCardCover } from './image-pipeline';
import { cardCoverKey, putOptions } from './media-keys';

/** Originals are at most 5 MB (the upload limit); anything larger is not decoded. */
const MAX_ORIGINAL_BYTES = 5 * 1024 * 1024;

/**
 * The card-sized JPEG of a cover: from R2 if made before, else made from the original and
 * stored (a failed store only means the next render makes it again). Null when the cover is
 * missing, too large, or not an image photon can decode. An unreadable R2 throws.
 */
export async function cardCover(bucket: R2Bucket, coverKey: string): Promise<Uint8Array | null> {
  const key = cardCoverKey(coverKey);
  const stored = await bucket.get(key);
  if (stored) return new Uint8Array(await stored.arrayBuffer());
  const original = await bucket.get(coverKey);
  if (!original) return null;
  if (original.size > MAX_ORIGINAL_BYTES) {
    await original.body.cancel();
    return null;
  }
  let jpeg: Uint8Array;
  try {
    jpeg = makeCardCover(new Uint8Array(await original.arrayBuffer()));
  } catch (err) {
    console.error(`cover ${coverKey}: not drawn (${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
  await bucket.put(key, jpeg, putOptions('image/jpeg')).catch((err: unknown) => console.error(`cover ${coverKey}: card copy not stored`, err));
  return jpeg;
}
