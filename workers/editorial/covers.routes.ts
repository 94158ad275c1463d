import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { requireRole } from '../auth/middleware';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { coverName, MAX_COVER_BYTES, storeCover } from './covers';
import { editorStoryJson } from './story-json';
import { authorName } from './editorial.queries';
import { storyIdParam } from './editorial.schemas';
import { assertCanEdit, loadStory, setCover } from './workflow';
import { workflowFor } from './editorial.routes';
import { makeCoverThumbsLater } from '../media/thumbs';

/** Multipart overhead (boundaries, the alt text) on top of the file itself. */
export const coverBodyLimit = bodyLimit({
  maxSize: MAX_COVER_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', 'A cover image can be at most 5 MB', { errors: [{ path: 'file', message: 'At most 5 MB' }] });
  },
});

/** The story form is multipart when it carries a cover: the file, plus up to 50,000 characters of text. */
export const storyFormBodyLimit = bodyLimit({
  maxSize: MAX_COVER_BYTES + 512 * 1024,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', 'A cover image can be at most 5 MB', { errors: [{ path: 'file', message: 'At most 5 MB' }] });
  },
});

/** Cover upload (JSON API) and serving covers from R2 with long, immutable caching. */
export const coverRoutes = new Hono<AppEnv>()
  .post('/api/stories/:id/cover', requireRole('contributor'), coverBodyLimit, validate('param', storyIdParam), async (c) => {
    const w = workflowFor(c);
    const id = c.req.valid('param').id;
    // Check the right to edit before storing anything.
    assertCanEdit(w.actor, await loadStory(w.db, id));
    const cover = await storeCover(c.env.MEDIA, id, await c.req.parseBody());
    const story = await setCover(w, id, cover, cover.revision);
    // The card copy and list thumbnails are made once, now, off the request path.
    makeCoverThumbsLater(c.env, c.executionCtx, cover.key);
    return c.json({ story: editorStoryJson(story, await authorName(w.db, story.authorId)) });
  })
  .get('/media/covers/:name', validate('param', v.object({ name: coverName })), async (c) => {
    const key = `covers/${c.req.valid('param').name}`;
    const object = await c.env.MEDIA.get(key);
    if (!object) throw new AppError('NOT_FOUND', 'No such image');
    const headers = new Headers();
    object.writeHttpMetadata(headers);
    // Keys are never reused (a new upload gets a new random name), so caching forever is safe.
    headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    headers.set('ETag', object.httpEtag);
    headers.set('X-Content-Type-Options', 'nosniff');
    if (c.req.header('if-none-match') === object.httpEtag) return c.body(null, 304, Object.fromEntries(headers));
    return c.body(object.body, 200, Object.fromEntries(headers));
  });
