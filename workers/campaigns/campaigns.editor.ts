// `/editor/campaigns`: the same campaign rules as the JSON API, as plain HTML forms
// (work without JS). Refusals re-render the form with the reasons and the right status.
import { eq, inArray } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { provinces as provinceTable, stories } from '../../schema';
import {
  EditorCampaignPage,
  EditorCampaignsPage,
  emptyFormValues,
  formValuesOf,
  type CampaignFormValues,
  type FinderState,
  type FormProblem,
} from '../../web/pages/campaigns/editor-campaigns-page';
import type { DeskStory } from '../../web/pages/campaigns/campaign-desk-sections';
import { translator } from '../../web/i18n';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { formList, formString, type FormBody } from '../editorial/story-form';
import { provinceOptions } from '../stats/stats.queries';
import { today } from '../stats/days';
import { campaignById, listAllCampaigns, storyIdsOf, type CampaignRow } from './campaigns.queries';
import { announceCampaignLater } from '../push/campaign-start';
import { createCampaign, deleteDraftCampaign, updateCampaign } from './campaigns.writes';
import { campaignIdParam, createCampaignBody, storyMoveForm, storyPickForm, updateCampaignBody } from './campaigns.schemas';
import { viewsOf } from './campaigns.view';
import { removeCampaignCover, setCampaignCover } from './campaign-cover';
import { addCampaignStory, moveCampaignStory, removeCampaignStory } from './campaign-stories';
import { pickerResults } from './story-picker.view';
import { coverBodyLimit } from '../editorial/covers.routes';
import { publishedLessonChoices } from '../lessons/lessons.queries';

type Status = 400 | 404 | 409 | 413 | 415;
const doneQuery = v.object({ done: v.optional(v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,20}$/))) });
/** The edit page also carries the story finder's query (a GET form, so it works without JS). */
const editQuery = v.object({ ...doneQuery.entries, q: v.optional(v.pipe(v.string(), v.maxLength(2048)), '') });
const statusForm = v.object({ status: v.picklist(['active', 'ended'] as const) });

const split = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function valuesFromForm(body: FormBody): CampaignFormValues {
  return {
    title: formString(body, 'title'),
    slug: formString(body, 'slug'),
    description: formString(body, 'description'),
    hashtags: formString(body, 'hashtags'),
    startsOn: formString(body, 'startsOn'),
    endsOn: formString(body, 'endsOn'),
    targetShares: formString(body, 'targetShares'),
    targetClicks: formString(body, 'targetClicks'),
    provinces: formList(body, 'provinces'),
    lessonId: formString(body, 'lessonId'),
  };
}

/**
 * The form, shaped like the JSON API's input; validation happens in the same schemas.
 * Stories and the cover have forms of their own, so saving the details leaves them alone.
 */
function inputFromValues(values: CampaignFormValues, withSlug: boolean): Record<string, unknown> {
  const target = (s: string) => (s.trim() === '' ? null : Number(s));
  return {
    title: values.title,
    ...(withSlug && values.slug.trim() !== '' ? { slug: values.slug.trim() } : {}),
    description: values.description,
    hashtags: split(values.hashtags),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    targetShares: target(values.targetShares),
    targetClicks: target(values.targetClicks),
    provinces: values.provinces,
    lessonId: /^\d{1,10}$/.test(values.lessonId) ? Number(values.lessonId) : null,
  };
}

const statusLabels = { draft: 'campaigns.phase.draft', active: 'campaigns.phase.running', ended: 'campaigns.phase.ended' } as const;

function problemOf(c: Context<AppEnv>, err: AppError): FormProblem {
  const t = translator(c.var.lang);
  const state = err.extra?.currentState;
  const message =
    err.code === 'VALIDATION_FAILED' || err.code === 'PAYLOAD_TOO_LARGE' || err.code === 'UNSUPPORTED_MEDIA_TYPE'
      ? t('cm.error')
      : err.code === 'CONFLICT' && (state === 'draft' || state === 'active' || state === 'ended')
        ? t('cm.error.conflict', { state: t(statusLabels[state]) })
        : t('cm.error.other', { detail: err.message });
  return { message, errors: err.errors ?? [] };
}

const explainable = (err: unknown): err is AppError =>
  err instanceof AppError && ['VALIDATION_FAILED', 'CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'].includes(err.code);

async function listPage(c: Context<AppEnv>, extra: { values?: CampaignFormValues; problem?: FormProblem; done?: string }, status: 200 | Status = 200) {
  const now = Date.now();
  const [rows, provinces, lessons] = await Promise.all([listAllCampaigns(c.var.db), provinceOptions(c.var.db), publishedLessonChoices(c.var.db)]);
  const page = EditorCampaignsPage({
    lang: c.var.lang,
    user: currentUser(c),
    provinces,
    lessons,
    campaigns: await viewsOf(c.var.db, rows, now),
    values: extra.values ?? emptyFormValues(today(now)),
    problem: extra.problem,
    done: extra.done,
  });
  return c.html(page, status);
}

/** The campaign's stories in its order, with their state and province name. */
async function storiesOf(db: Db, ids: number[]): Promise<DeskStory[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: stories.id, title: stories.title, status: stories.status, provinceName: provinceTable.name })
    .from(stories)
    .leftJoin(provinceTable, eq(provinceTable.code, stories.provinceCode))
    .where(inArray(stories.id, ids));
  return ids.flatMap((id) => rows.filter((r) => r.id === id).map((r) => ({ ...r, provinceName: r.provinceName ?? '' })));
}

type EditExtra = { values?: CampaignFormValues; problem?: FormProblem; done?: string; q?: string; coverAlt?: string };

async function editPage(c: Context<AppEnv>, row: CampaignRow, extra: EditExtra, status: 200 | Status = 200) {
  const now = Date.now();
  const q = extra.q ?? '';
  const [[view], storyIds, provinces, lessons, results] = await Promise.all([
    viewsOf(c.var.db, [row], now),
    storyIdsOf(c.var.db, row.id),
    provinceOptions(c.var.db),
    publishedLessonChoices(c.var.db),
    q.trim() === '' ? Promise.resolve(null) : pickerResults(c.var.db, row.id, q),
  ]);
  if (!view) throw new AppError('NOT_FOUND', 'No such campaign');
  const finder: FinderState = { q, results };
  const page = EditorCampaignPage({
    lang: c.var.lang,
    user: currentUser(c),
    provinces,
    lessons,
    campaign: view,
    values: extra.values ?? formValuesOf(view),
    stories: await storiesOf(c.var.db, storyIds),
    finder,
    coverAltValue: extra.coverAlt,
    problem: extra.problem,
    done: extra.done,
  });
  return c.html(page, status);
}

async function loadCampaign(db: Db, id: number): Promise<CampaignRow> {
  const row = await campaignById(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such campaign');
  return row;
}

/** Where a desk form sends the editor back to: the edit page, at the part they were working on. */
const back = (id: number, done: string, anchor: string, q = '') =>
  `/editor/campaigns/${id}?done=${done}${q.trim() !== '' ? `&q=${encodeURIComponent(q)}` : ''}#${anchor}`;

/** Picking, ordering and removing stories, and the cover: one small form each, no JS needed. */
const campaignDeskForms = new Hono<AppEnv>()
  .post('/editor/campaigns/:id/stories/add', requirePage('editor'), validate('param', campaignIdParam), validate('form', storyPickForm), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    const { story, q } = c.req.valid('form');
    try {
      await addCampaignStory(c.var.db, row.id, story, currentUser(c).id, Date.now());
      return c.redirect(back(row.id, 'storyAdded', 'cm-find-section', q), 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { q, problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .post('/editor/campaigns/:id/stories/move', requirePage('editor'), validate('param', campaignIdParam), validate('form', storyMoveForm), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    const { story, direction } = c.req.valid('form');
    try {
      await moveCampaignStory(c.var.db, row.id, story, direction, currentUser(c).id, Date.now());
      return c.redirect(back(row.id, 'storyMoved', `cm-story-${story}`), 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .post('/editor/campaigns/:id/stories/remove', requirePage('editor'), validate('param', campaignIdParam), validate('form', storyPickForm), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    try {
      await removeCampaignStory(c.var.db, row.id, c.req.valid('form').story, currentUser(c).id, Date.now());
      return c.redirect(back(row.id, 'storyRemoved', 'cf-stories'), 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .post('/editor/campaigns/:id/cover', requirePage('editor'), coverBodyLimit, validate('param', campaignIdParam), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    const body = await c.req.parseBody();
    try {
      await setCampaignCover(c.var.db, c.env.MEDIA, row.id, body, currentUser(c).id, Date.now());
      return c.redirect(back(row.id, 'cover', 'cm-cover-section'), 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      // Keep the alt text that was typed; a file input cannot be refilled by the server.
      const alt = typeof body.alt === 'string' ? body.alt : '';
      return editPage(c, row, { problem: problemOf(c, err), coverAlt: alt }, err.status as Status);
    }
  })
  .post('/editor/campaigns/:id/cover/remove', requirePage('editor'), validate('param', campaignIdParam), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    try {
      await removeCampaignCover(c.var.db, row.id, currentUser(c).id, Date.now());
      return c.redirect(back(row.id, 'coverRemoved', 'cm-cover-section'), 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { problem: problemOf(c, err) }, err.status as Status);
    }
  });

export const campaignEditorPages = new Hono<AppEnv>()
  .get('/editor/campaigns', requirePage('editor'), validate('query', doneQuery), (c) => listPage(c, { done: c.req.valid('query').done }))
  .post('/editor/campaigns', requirePage('editor'), async (c) => {
    const values = valuesFromForm(await c.req.parseBody({ all: true }));
    try {
      const created = await createCampaign(c.var.db, parseOrThrow(createCampaignBody, inputFromValues(values, true)), currentUser(c).id, Date.now());
      return c.redirect(`/editor/campaigns/${created.id}?done=created`, 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return listPage(c, { values, problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .get('/editor/campaigns/:id', requirePage('editor'), validate('param', campaignIdParam), validate('query', editQuery), async (c) =>
    editPage(c, await loadCampaign(c.var.db, c.req.valid('param').id), c.req.valid('query')),
  )
  .post('/editor/campaigns/:id', requirePage('editor'), validate('param', campaignIdParam), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    const values = valuesFromForm(await c.req.parseBody({ all: true }));
    try {
      const input = parseOrThrow(updateCampaignBody, inputFromValues(values, row.status === 'draft'));
      const updated = await updateCampaign(c.var.db, row.id, input, currentUser(c).id, Date.now());
      if (updated.status === 'active') announceCampaignLater(c.env, c.executionCtx, updated.id);
      return c.redirect(`/editor/campaigns/${row.id}?done=saved`, 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { values: { ...values, slug: row.status === 'draft' ? values.slug : row.slug }, problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .post('/editor/campaigns/:id/status', requirePage('editor'), validate('param', campaignIdParam), validate('form', statusForm), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    const { status } = c.req.valid('form');
    try {
      const updated = await updateCampaign(c.var.db, row.id, { status }, currentUser(c).id, Date.now());
      // Activated on or after its first day: members' phones are told once.
      if (updated.status === 'active') announceCampaignLater(c.env, c.executionCtx, updated.id);
      return c.redirect(`/editor/campaigns/${row.id}?done=${status === 'active' ? 'activated' : 'ended'}`, 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .post('/editor/campaigns/:id/delete', requirePage('editor'), validate('param', campaignIdParam), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    try {
      await deleteDraftCampaign(c.var.db, row.id, currentUser(c).id, Date.now());
      return c.redirect('/editor/campaigns?done=deleted', 303);
    } catch (err) {
      if (!explainable(err)) throw err;
      return editPage(c, row, { problem: problemOf(c, err) }, err.status as Status);
    }
  })
  .route('/', campaignDeskForms);
