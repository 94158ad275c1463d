import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { today } from '../stats/days';
import { campaignEditorPages } from './campaigns.editor';
import { campaignPages } from './campaigns.pages';
import {
  campaignById,
  campaignBySlug,
  listAllCampaigns,
  listPublicCampaigns,
  publishedStoriesOf,
  storyIdsOf,
  type CampaignRow,
} from './campaigns.queries';
import {
  campaignIdParam,
  campaignListQuery,
  campaignProvincesBody,
  campaignSlugParam,
  addCampaignStoryBody,
  campaignStoriesBody,
  campaignStoryParam,
  createCampaignBody,
  storySearchQuery,
  updateCampaignBody,
} from './campaigns.schemas';
import { campaignStoryView, viewsOf } from './campaigns.view';
import { removeCampaignCover, setCampaignCover } from './campaign-cover';
import { addCampaignStory, removeCampaignStory } from './campaign-stories';
import { pickerResults } from './story-picker.view';
import { coverBodyLimit } from '../editorial/covers.routes';
import { createCampaign, deleteDraftCampaign, updateCampaign } from './campaigns.writes';
import { announceCampaignLater } from '../push/campaign-start';
import { pinBody, pinStory, storyIdParam, unpinStory } from './pins';

/** Editor view: the public fields plus every story id (drafts included) in order. */
async function editorView(db: Db, row: CampaignRow, now: number) {
  const [view] = await viewsOf(db, [row], now);
  return { ...view, storyIds: await storyIdsOf(db, row.id), createdBy: row.createdBy };
}

const editorRoutes = new Hono<AppEnv>()
  .get('/api/editor/campaigns', requireRole('editor'), async (c) => {
    const now = Date.now();
    return c.json({ items: await viewsOf(c.var.db, await listAllCampaigns(c.var.db), now) });
  })
  .get('/api/editor/campaigns/:id', requireRole('editor'), validate('param', campaignIdParam), async (c) => {
    const row = await campaignById(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND', 'No such campaign');
    return c.json(await editorView(c.var.db, row, Date.now()));
  })
  .post('/api/campaigns', requireRole('editor'), validate('json', createCampaignBody), async (c) => {
    const now = Date.now();
    const created = await createCampaign(c.var.db, c.req.valid('json'), currentUser(c).id, now);
    c.header('Location', `/api/editor/campaigns/${created.id}`);
    return c.json(await editorView(c.var.db, created, now), 201);
  })
  .patch('/api/campaigns/:id', requireRole('editor'), validate('param', campaignIdParam), validate('json', updateCampaignBody), async (c) => {
    const now = Date.now();
    const updated = await updateCampaign(c.var.db, c.req.valid('param').id, c.req.valid('json'), currentUser(c).id, now);
    // Activation, or a new first day, may start it today: members' phones are told once.
    if (updated.status === 'active') announceCampaignLater(c.env, c.executionCtx, updated.id);
    return c.json(await editorView(c.var.db, updated, now));
  })
  .put('/api/campaigns/:id/stories', requireRole('editor'), validate('param', campaignIdParam), validate('json', campaignStoriesBody), async (c) => {
    const now = Date.now();
    const updated = await updateCampaign(c.var.db, c.req.valid('param').id, c.req.valid('json'), currentUser(c).id, now);
    return c.json(await editorView(c.var.db, updated, now));
  })
  // Picking stories without ids: search published titles, add one, take one out (reorder: PUT above).
  .get('/api/editor/campaigns/:id/story-search', requireRole('editor'), validate('param', campaignIdParam), validate('query', storySearchQuery), async (c) => {
    const row = await campaignById(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND', 'No such campaign');
    return c.json({ items: await pickerResults(c.var.db, row.id, c.req.valid('query').q) });
  })
  .post('/api/campaigns/:id/stories', requireRole('editor'), validate('param', campaignIdParam), validate('json', addCampaignStoryBody), async (c) => {
    const now = Date.now();
    const updated = await addCampaignStory(c.var.db, c.req.valid('param').id, c.req.valid('json').story, currentUser(c).id, now);
    return c.json(await editorView(c.var.db, updated, now));
  })
  .delete('/api/campaigns/:id/stories/:storyId', requireRole('editor'), validate('param', campaignStoryParam), async (c) => {
    const now = Date.now();
    const { id, storyId } = c.req.valid('param');
    return c.json(await editorView(c.var.db, await removeCampaignStory(c.var.db, id, storyId, currentUser(c).id, now), now));
  })
  // The cover, uploaded like a story's (multipart `file` + `alt`).
  .post('/api/campaigns/:id/cover', requireRole('editor'), coverBodyLimit, validate('param', campaignIdParam), async (c) => {
    const now = Date.now();
    const updated = await setCampaignCover(c.var.db, c.env.MEDIA, c.req.valid('param').id, await c.req.parseBody(), currentUser(c).id, now);
    return c.json(await editorView(c.var.db, updated, now));
  })
  .delete('/api/campaigns/:id/cover', requireRole('editor'), validate('param', campaignIdParam), async (c) => {
    const now = Date.now();
    return c.json(await editorView(c.var.db, await removeCampaignCover(c.var.db, c.req.valid('param').id, currentUser(c).id, now), now));
  })
  .put('/api/campaigns/:id/provinces', requireRole('editor'), validate('param', campaignIdParam), validate('json', campaignProvincesBody), async (c) => {
    const now = Date.now();
    const updated = await updateCampaign(c.var.db, c.req.valid('param').id, c.req.valid('json'), currentUser(c).id, now);
    return c.json(await editorView(c.var.db, updated, now));
  })
  .delete('/api/campaigns/:id', requireRole('editor'), validate('param', campaignIdParam), async (c) => {
    await deleteDraftCampaign(c.var.db, c.req.valid('param').id, currentUser(c).id, Date.now());
    return c.body(null, 204);
  })
  .post('/api/stories/:id/pin', requireRole('editor'), validate('param', storyIdParam), validate('json', pinBody), async (c) => {
    const until = Date.parse(c.req.valid('json').until);
    return c.json(await pinStory(c.var.db, c.req.valid('param').id, until, currentUser(c).id, Date.now()));
  })
  .delete('/api/stories/:id/pin', requireRole('editor'), validate('param', storyIdParam), async (c) => {
    return c.json(await unpinStory(c.var.db, c.req.valid('param').id, currentUser(c).id, Date.now()));
  });

const publicRoutes = new Hono<AppEnv>()
  .get('/api/campaigns', validate('query', campaignListQuery), async (c) => {
    const now = Date.now();
    const rows = await listPublicCampaigns(c.var.db, today(now), c.req.valid('query').limit);
    return c.json({ items: await viewsOf(c.var.db, rows, now) });
  })
  .get('/api/campaigns/:slug', validate('param', campaignSlugParam), async (c) => {
    const now = Date.now();
    const row = await campaignBySlug(c.var.db, c.req.valid('param').slug);
    // Drafts do not exist for the public.
    if (!row || row.status === 'draft') throw new AppError('NOT_FOUND', 'No such campaign');
    const [view] = await viewsOf(c.var.db, [row], now);
    const stories = await publishedStoriesOf(c.var.db, row.id);
    return c.json({ ...view, stories: stories.map((s, i) => campaignStoryView(s, i + 1)) });
  });

/** Campaigns: public API and pages, editor API, story pins. */
export const campaignRoutes = new Hono<AppEnv>()
  .route('/', editorRoutes)
  .route('/', publicRoutes)
  .route('/', campaignPages)
  .route('/', campaignEditorPages);
