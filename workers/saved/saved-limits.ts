/**
 * How much "Lưu để chia sẻ sau" keeps on a reader's phone (enforced by /js/saved.js, which
 * gets these numbers from the page): past either, the oldest saved stories are dropped and
 * the reader is told which. 30 cards of about 100–300 KB stay well under 20 MB; the bytes
 * cap guards against unusually heavy pages.
 */
export const SAVED_LIMITS = { stories: 30, bytes: 20 * 1024 * 1024 } as const;
