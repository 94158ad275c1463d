// List thumbnails: made once per cover (or per share card, for stories without one), stored
// in R2 as `thumbs/…-1x.jpg` and `…-2x.jpg`, and named in `stories.thumb_key` so the feed
// reads them in its one statement. Made off the request path: after publish/edit (story
// events), after a cover upload, and by the cron backfill for any published story still
// without one (an R2 or render failure leaves thumb_key NULL: the feed shows the empty box
// and the next minute's run tries again).
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { stories } from '../../schema';
import { cardHash } from '../cards/card-address';
import { loadCardContent } from '../cards/card-content';
import { getOrRenderCard } from '../cards/card-store';
import { createDb } from '../core/db';
import { forgetCachedReads } from '../stories/cache';
import { cardCover } from './cover-media';
import { makeThumbs } from './image-pipeline';
import { cardThumbBase, coverThumbBase, putOptions, thumbFileKey } from './media-keys';

/** Stories the cron job gives thumbnails per run (each costs up to a card render and a resize). */
export const BACKFILL_PER_RUN = 25;

let made = 0;
/** How many thumbnail pairs this isolate has encoded (tests prove "made once"). */
export function thumbsMadeCount(): number {
  return made;
}

/** Both files of `base` in R2, made from `source()` unless they are already there. */
async function ensureThumbFiles(bucket: R2Bucket, base: string, source: () => Promise<Uint8Array | null>): Promise<boolean> {
  const [one, two] = await Promise.all([bucket.head(thumbFileKey(base, '1x')), bucket.head(thumbFileKey(base, '2x'))]);
  if (one && two) return true;
  const bytes = await source();
  if (!bytes) return false;
  const files = makeThumbs(bytes);
  made += 1;
  await Promise.all([
    bucket.put(thumbFileKey(base, '1x'), files.x1, putOptions('image/jpeg')),
    bucket.put(thumbFileKey(base, '2x'), files.x2, putOptions('image/jpeg')),
  ]);
  return true;
}

/** Thumbnails of a cover, at upload time (before the story is public). */
export async function makeCoverThumbs(bucket: R2Bucket, coverKey: string): Promise<boolean> {
  return ensureThumbFiles(bucket, coverThumbBase(coverKey), () => cardCover(bucket, coverKey));
}

/**
 * Give a published story the thumbnail of what it shows now (its cover, else its OG card)
 * and record it in `thumb_key`; returns the base key, or null when the story is not public
 * or nothing could be made. Throws on R2 or D1 failure (callers log; the cron retries).
 */
export async function ensureStoryThumb(env: Env, storyId: number): Promise<string | null> {
  const db = createDb(env.DB);
  const [row] = await db
    .select({ status: stories.status, coverKey: stories.coverKey, thumbKey: stories.thumbKey })
    .from(stories)
    .where(eq(stories.id, storyId))
    .limit(1);
  if (!row || row.status !== 'published') return null;
  let base: string | null = null;
  if (row.coverKey) {
    const coverKey = row.coverKey;
    const candidate = coverThumbBase(coverKey);
    if (await ensureThumbFiles(env.MEDIA, candidate, () => cardCover(env.MEDIA, coverKey))) base = candidate;
  }
  if (!base) {
    // No cover, or one that cannot be decoded (the card then draws without it too).
    const content = await loadCardContent(db, storyId);
    if (!content) return null;
    const hash = await cardHash(content);
    const candidate = cardThumbBase(storyId, hash);
    if (await ensureThumbFiles(env.MEDIA, candidate, async () => (await getOrRenderCard(env, content, hash, 'og')).png)) base = candidate;
  }
  if (base && base !== row.thumbKey) {
    // Conditioned on the cover it was made for: a cover changed meanwhile is left to its own event.
    await db
      .update(stories)
      .set({ thumbKey: base })
      .where(and(eq(stories.id, storyId), sql`${stories.coverKey} IS ${row.coverKey}`));
    // This isolate's cached feed pages show the picture at once; others' expire within a minute.
    forgetCachedReads();
  }
  return base;
}

/** Cron: published stories without a thumbnail, newest first, a few per run. */
export async function backfillThumbs(env: Env, limit = BACKFILL_PER_RUN): Promise<number> {
  const todo = await createDb(env.DB)
    .select({ id: stories.id })
    .from(stories)
    .where(and(eq(stories.status, 'published'), isNull(stories.thumbKey)))
    .orderBy(desc(stories.publishedAt))
    .limit(limit);
  let done = 0;
  for (const { id } of todo) {
    try {
      if (await ensureStoryThumb(env, id)) done += 1;
    } catch (err) {
      console.error(`thumbnail of story ${id} not made; the next run tries again`, err);
    }
  }
  return done;
}

export const backfillThumbsJob = { name: 'thumbnails', run: (env: Env) => backfillThumbs(env) };

/**
 * After a cover upload, make its card copy and thumbnails once the answer has gone out
 * (a failure is logged; publishing or the cron makes them later).
 */
export function makeCoverThumbsLater(env: Env, ctx: Pick<ExecutionContext, 'waitUntil'>, coverKey: string): void {
  ctx.waitUntil(makeCoverThumbs(env.MEDIA, coverKey).catch((err: unknown) => console.error(`thumbnails of ${coverKey} not made at upload`, err)));
}
