import { Hono } from 'hono';
import * as v from 'valibot';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { MEDIA_CACHE_CONTROL, THUMB_FILE } from './media-keys';

/**
 * `GET /media/thumbs/<name>-1x.jpg|-2x.jpg`: list thumbnails from R2. Names are content-addressed
 * (media-keys.ts), so they are cached for a year as immutable; an unknown name is 404.
 */
export const thumbRoutes = new Hono<AppEnv>().get(
  '/media/thumbs/:name',
  validate('param', v.object({ name: v.pipe(v.string(), v.regex(THUMB_FILE, 'Not a thumbnail name')) })),
  async (c) => {
    const object = await c.env.MEDIA.get(`thumbs/${c.req.valid('param').name}`);
    if (!object) throw new AppError('NOT_FOUND', 'No such image');
    const headers: Record<string, string> = {
      'Content-Type': 'image/jpeg',
      'Cache-Control': MEDIA_CACHE_CONTROL,
      ETag: object.httpEtag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (c.req.header('if-none-match') === object.httpEtag) return c.body(null, 304, headers);
    return c.body(object.body, 200, headers);
  },
);
