import { Hono } from 'hono';
import * as v from 'valibot';
import { currentUser, requireRole } from '../auth/middleware';
import { cardFormats } from '../cards/card-design';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { previewCardContent, previewContent, renderPreviewCard } from './card-preview';
import { storyIdParam } from './editorial.schemas';
import { assertStoryInScope } from './story-scope';
import { loadStory } from './workflow';

const previewQuery = v.object({
  revision: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'A revision is a number'), v.transform(Number), v.minValue(1))),
  format: v.optional(v.picklist(cardFormats, 'og or square')),
});

/**
 * `GET /editor/stories/:id/card.png?revision=N`: the share card of the text under
 * review, for editors of the story's province. Rendered on every request and never
 * stored or cached (private, no-store), so unapproved text gets no public address.
 */
export const cardPreviewRoutes = new Hono<AppEnv>().get(
  '/editor/stories/:id/card.png',
  requireRole('editor'),
  validate('param', storyIdParam),
  validate('query', previewQuery),
  async (c) => {
    const story = await loadStory(c.var.db, c.req.valid('param').id);
    assertStoryInScope(currentUser(c), story);
    const q = c.req.valid('query');
    const content = await previewContent(c.var.db, story, q.revision);
    const png = await renderPreviewCard(c.env, await previewCardContent(c.var.db, story, content), q.format ?? 'og');
    return c.body(png, 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-store' });
  },
);
