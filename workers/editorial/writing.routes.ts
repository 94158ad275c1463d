import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireRole } from '../auth/middleware';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { renderMarkdown } from '../stories/markdown';
import { autosaveDraft, autosaveNew } from './autosave';
import { createStoryInput, patchStoryInput, previewInput, storyIdParam } from './editorial.schemas';
import { workflowFor } from './editorial.routes';
import type { StoryRow } from './story-content';

/** A body is at most 50,000 characters (≤ 200 KB of UTF-8); the rest of a story is small. */
const MAX_WRITING_BODY = 256 * 1024;
const writingBodyLimit = bodyLimit({
  maxSize: MAX_WRITING_BODY,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The request is larger than 256 KB', { errors: [{ path: 'body', message: 'At most 256 KB' }] });
  },
});

/** What the form's script needs after an autosave: where the draft lives now and which revision to send next. */
function autosaved(story: StoryRow) {
  return {
    story: { id: story.id, status: story.status, revision: story.revision, editUrl: `/editor/stories/${story.id}` },
    savedAt: isoTime(story.updatedAt),
  };
}

/** The story form's helpers: Markdown preview and draft autosave (JSON, cookie + same-origin like every write). */
export const writingRoutes = new Hono<AppEnv>()
  // The same renderer as the public story page, so the preview is what readers will see.
  .post('/api/stories/preview', requireRole('contributor'), writingBodyLimit, validate('json', previewInput), (c) =>
    c.json({ html: renderMarkdown(c.req.valid('json').body) }),
  )
  .post('/api/stories/autosave', requireRole('contributor'), writingBodyLimit, validate('json', createStoryInput), async (c) =>
    c.json(autosaved(await autosaveNew(workflowFor(c), c.req.valid('json'))), 201),
  )
  .post('/api/stories/:id/autosave', requireRole('contributor'), writingBodyLimit, validate('param', storyIdParam), validate('json', patchStoryInput), async (c) =>
    c.json(autosaved(await autosaveDraft(workflowFor(c), c.req.valid('param').id, c.req.valid('json')))),
  );
