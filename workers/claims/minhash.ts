// MinHash signatures and LSH band keys of a shingle set, in pure TypeScript (32-bit
// integer arithmetic, no library): two sets share a band key with a probability that
// rises steeply with their Jaccard similarity, so D1 finds likely pairs by equality
// on `claim_bands.band_key` instead of comparing every case with every other.

/**
 * ROWS × BANDS = permutations. With 3 rows a band, two claims at Jaccard j share at least
 * one of 42 bands with probability 1 − (1 − j³)^42: 0.68 at j = 0.3, 0.99 at 0.5,
 * and 0.005 at j = 0.05 (unrelated claims), so few false candidates reach the exact re-score.
 */
export const ROWS = 3;
export const BANDS = 42;
export const PERMUTATIONS = ROWS * BANDS;

/** FNV-1a over the UTF-16 code units of a string: the shingle's base hash. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output (one "permutation" per seed). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per permutation: the same text gives the same signature in every isolate. */
const SEEDS = Uint32Array.from({ length: PERMUTATIONS }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

/** The MinHash signature: for each permutation, the least hash over the set (empty set → all 0xffffffff). */
export function signature(set: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const shingle of set) {
    const base = fnv1a(shingle);
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = mix(base ^ (SEEDS[i] ?? 0));
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

/** The share of equal positions: an unbiased estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** `<band>:<8 hex digits>` for each band: the hash of that band's ROWS signature values. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) h = mix(Math.imul(h ^ (sig[band * ROWS + r] ?? 0), 0x01000193));
    keys.push(`${band}:${(h >>> 0).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Band keys of a shingle set; none for an empty one (nothing to match). */
export function bandKeysOf(set: ReadonlySet<string>): string[] {
  return set.size === 0 ? [] : bandKeys(signature(set));
}
