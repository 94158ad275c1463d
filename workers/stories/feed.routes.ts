import { Hono } from 'hono';
import { knownCampaign } from '../campaigns/campaign-ref';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { cacheAnonymous } from './cache';
import { CACHED_ROUTES } from './cache-routes';
import { encodeCursor } from './cursor';
import { findPublishedStory, listFeed } from './feed.queries';
import { feedQuerySchema, slugParamSchema } from './feed.schemas';
import { feedItem, storyDetail } from './present';

/**
 * The public JSON API for stories:
 * - `GET /api/stories` → `{ items, nextCursor, pinned }`: published only, newest first, keyset-paginated;
 *   `pinned` is filled on the first page of a plain listing (the same stories keep their place in `items`).
 *   With `?q=`, best match first (search.ts) and each item has `approximate` (matches only without accents).
 * - `GET /api/stories/:slug` → the full published story, or 404.
 */
export const feedApiRoutes = new Hono<AppEnv>()
  .get('/api/stories', cacheAnonymous(CACHED_ROUTES.feedApi), validate('query', feedQuerySchema), async (c) => {
    const query = c.req.valid('query');
    // Named by slug or number; an unknown (or draft) campaign is a 400 on `campaign`, never an empty page.
    const campaign = query.campaign !== undefined ? await knownCampaign(c.var.db, query.campaign, { publicOnly: true }) : null;
    const result = await listFeed(c.var.db, { ...query, campaign: campaign?.slug }, Date.now());
    const origin = new URL(c.req.url).origin;
    return c.json({
      // A search adds `approximate` to each item: true for an accented query's results that match only without marks.
      items: result.items.map((row) => (query.q !== undefined ? { ...feedItem(row, origin), approximate: row.approximate } : feedItem(row, origin))),
      nextCursor: result.next ? encodeCursor(result.next) : null,
      pinned: result.pinned.map((row) => feedItem(row, origin)),
    });
  })
  .get('/api/stories/:slug', cacheAnonymous(CACHED_ROUTES.storyApi), validate('param', slugParamSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const story = await findPublishedStory(c.var.db, slug);
    if (!story) throw new AppError('NOT_FOUND', `No published story with slug "${slug}"`);
    return c.json(storyDetail(story, new URL(c.req.url).origin));
  });
