import { Hono, type Context } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import { hasRole } from '../auth/roles';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { renderMarkdown } from '../stories/markdown';
import {
  approveInput,
  createStoryInput,
  diffQuery,
  myStoriesQuery,
  patchStoryInput,
  previewInput,
  queueQuery,
  reasonInput,
  rejectInput,
  restoreInput,
  revisionParam,
  storyIdParam,
} from './editorial.schemas';
import { authorName, countsByStatus, findRevision, listRevisions, listStories, reviewQueue } from './editorial.queries';
import { diffContent } from './revision-diff';
import { contentFromJson, snapshot, type StoryRow } from './story-content';
import { editorStoryJson, storyListJson } from './story-json';
import { approveStory, rejectStory } from './approval';
import { reviewState } from './pending';
import { archiveStory, assertCanView, createStory, editStory, loadStory, restoreRevision, submitStory, type Workflow } from './workflow';

export function workflowFor(c: Context<AppEnv>): Workflow {
  return { db: c.var.db, env: c.env, exec: c.executionCtx, actor: currentUser(c) };
}

/** The story as its editors and author see it: the live row plus any edit awaiting approval. */
async function storyResponse(c: Context<AppEnv>, story: StoryRow, status: 200 | 201 = 200) {
  const [name, review] = await Promise.all([authorName(c.var.db, story.authorId), reviewState(c.var.db, story)]);
  return c.json({ story: editorStoryJson(story, name, review) }, status);
}

/** The editorial workflow, as JSON. Pages use the same workflow functions. */
export const editorialRoutes = new Hono<AppEnv>()
  .post('/api/stories', requireRole('contributor'), validate('json', createStoryInput), async (c) => {
    const story = await createStory(workflowFor(c), c.req.valid('json'));
    c.header('Location', `/api/editor/stories/${story.id}`);
    return storyResponse(c, story, 201);
  })
  .patch('/api/stories/:id', requireRole('contributor'), validate('param', storyIdParam), validate('json', patchStoryInput), async (c) =>
    storyResponse(c, await editStory(workflowFor(c), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/api/stories/:id/submit', requireRole('contributor'), validate('param', storyIdParam), async (c) =>
    storyResponse(c, await submitStory(workflowFor(c), c.req.valid('param').id)),
  )
  .post('/api/stories/:id/approve', requireRole('editor'), validate('param', storyIdParam), validate('json', approveInput), async (c) =>
    storyResponse(c, await approveStory(workflowFor(c), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/api/stories/:id/reject', requireRole('editor'), validate('param', storyIdParam), validate('json', rejectInput), async (c) => {
    const { reason, revision } = c.req.valid('json');
    return storyResponse(c, await rejectStory(workflowFor(c), c.req.valid('param').id, reason, revision));
  })
  .post('/api/stories/:id/archive', requireRole('editor'), validate('param', storyIdParam), validate('json', reasonInput), async (c) =>
    storyResponse(c, await archiveStory(workflowFor(c), c.req.valid('param').id, c.req.valid('json').reason)),
  )
  .get('/api/stories/:id/revisions', requireRole('editor'), validate('param', storyIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const story = await loadStory(c.var.db, id);
    const revisions = await listRevisions(c.var.db, id);
    return c.json({
      storyId: id,
      current: story.revision,
      live: story.liveRevision,
      pending: story.pendingRevision,
      revisions: revisions.map((r) => ({ ...r, createdAt: isoTime(r.createdAt), approvedAt: isoTime(r.approvedAt), rejectedAt: isoTime(r.rejectedAt) })),
    });
  })
  .get('/api/stories/:id/revisions/diff', requireRole('editor'), validate('param', storyIdParam), validate('query', diffQuery), async (c) => {
    const { id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const story = await loadStory(c.var.db, id);
    const [a, b] = await Promise.all([findRevision(c.var.db, id, from), findRevision(c.var.db, id, to)]);
    if (!a) throw AppError.field('from', `Story ${id} has no revision ${from}`);
    if (!b) throw AppError.field('to', `Story ${id} has no revision ${to}`);
    const base = snapshot(story);
    return c.json({ storyId: id, from, to, changes: diffContent(contentFromJson(a.content, base), contentFromJson(b.content, base)) });
  })
  .get('/api/stories/:id/revisions/:rev', requireRole('editor'), validate('param', revisionParam), async (c) => {
    const { id, rev } = c.req.valid('param');
    await loadStory(c.var.db, id);
    const row = await findRevision(c.var.db, id, rev);
    if (!row) throw new AppError('NOT_FOUND', `Story ${id} has no revision ${rev}`);
    return c.json({ storyId: id, revision: row.revision, editorId: row.editorId, createdAt: isoTime(row.createdAt), content: row.content });
  })
  .post('/api/stories/:id/revisions/:rev/restore', requireRole('editor'), validate('param', revisionParam), validate('json', restoreInput), async (c) => {
    const { id, rev } = c.req.valid('param');
    return storyResponse(c, await restoreRevision(workflowFor(c), id, rev, c.req.valid('json').revision));
  })
  .get('/api/editor/queue', requireRole('editor'), validate('query', queueQuery), async (c) => {
    const rows = await reviewQueue(c.var.db, c.req.valid('query'));
    return c.json({ stories: rows.map(storyListJson) });
  })
  .get('/api/editor/stories', requireRole('contributor'), validate('query', myStoriesQuery), async (c) => {
    const user = currentUser(c);
    const q = c.req.valid('query');
    // Contributors list their own stories; editors everyone's.
    const authorId = hasRole(user.role, 'editor') ? undefined : user.id;
    const [rows, counts] = await Promise.all([listStories(c.var.db, { ...q, authorId }), countsByStatus(c.var.db, authorId)]);
    return c.json({ stories: rows.map(storyListJson), counts });
  })
  .get('/api/editor/stories/:id', requireRole('contributor'), validate('param', storyIdParam), async (c) => {
    const story = await loadStory(c.var.db, c.req.valid('param').id);
    assertCanView(currentUser(c), story);
    return storyResponse(c, story);
  })
  .post('/api/editor/preview', requireRole('contributor'), validate('json', previewInput), (c) =>
    c.json({ html: renderMarkdown(c.req.valid('json').body) }),
  );
