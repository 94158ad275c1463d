// `/editor/campaigns`: the same campaign rules as the JSON API, as plain HTML forms
// (work without JS). Refusals re-render the form with the reasons and the right status.
import { inArray } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { stories } from '../../schema';
import {
  EditorCampaignPage,
  EditorCampaignsPage,
  emptyFormValues,
  formValuesOf,
  type CampaignFormValues,
  type FormProblem,
} from '../../web/pages/campaigns/editor-campaigns-page';
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
import { createCampaign, deleteDraftCampaign, updateCampaign } from './campaigns.writes';
import { campaignIdParam, createCampaignBody, updateCampaignBody } from './campaigns.schemas';
import { viewsOf } from './campaigns.view';

type Status = 400 | 404 | 409;
const doneQuery = v.object({ done: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,20}$/))) });
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
    stories: formString(body, 'stories'),
    coverKey: formString(body, 'coverKey'),
    coverAlt: formString(body, 'coverAlt'),
  };
}

/** The form, shaped like the JSON API's input; validation happens in the same schemas. */
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
    stories: split(values.stories).map(Number),
    coverKey: values.coverKey.trim() || null,
    coverAlt: values.coverAlt.trim() || null,
  };
}

const statusLabels = { draft: 'campaigns.phase.draft', active: 'campaigns.phase.running', ended: 'campaigns.phase.ended' } as const;

function problemOf(c: Context<AppEnv>, err: AppError): FormProblem {
  const t = translator(c.var.lang);
  const state = err.extra?.currentState;
  const message =
    err.code === 'VALIDATION_FAILED'
      ? t('cm.error')
      : err.code === 'CONFLICT' && (state === 'draft' || state === 'active' || state === 'ended')
        ? t('cm.error.conflict', { state: t(statusLabels[state]) })
        : t('cm.error.other', { detail: err.message });
  return { message, errors: err.errors ?? [] };
}

const explainable = (err: unknown): err is AppError => err instanceof AppError && ['VALIDATION_FAILED', 'CONFLICT'].includes(err.code);

async function listPage(c: Context<AppEnv>, extra: { values?: CampaignFormValues; problem?: FormProblem; done?: string }, status: 200 | Status = 200) {
  const now = Date.now();
  const [rows, provinces] = await Promise.all([listAllCampaigns(c.var.db), provinceOptions(c.var.db)]);
  const page = EditorCampaignsPage({
    lang: c.var.lang,
    user: currentUser(c),
    provinces,
    campaigns: await viewsOf(c.var.db, rows, now),
    values: extra.values ?? emptyFormValues(today(now)),
    problem: extra.problem,
    done: extra.done,
  });
  return c.html(page, status);
}

async function storiesOf(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: stories.id, title: stories.title, status: stories.status }).from(stories).where(inArray(stories.id, ids));
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

async function editPage(c: Context<AppEnv>, row: CampaignRow, extra: { values?: CampaignFormValues; problem?: FormProblem; done?: string }, status: 200 | Status = 200) {
  const now = Date.now();
  const [[view], storyIds, provinces] = await Promise.all([viewsOf(c.var.db, [row], now), storyIdsOf(c.var.db, row.id), provinceOptions(c.var.db)]);
  if (!view) throw new AppError('NOT_FOUND', 'No such campaign');
  const page = EditorCampaignPage({
    lang: c.var.lang,
    user: currentUser(c),
    provinces,
    campaign: view,
    values: extra.values ?? formValuesOf({ ...view, storyIds }),
    stories: await storiesOf(c.var.db, storyIds),
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
  .get('/editor/campaigns/:id', requirePage('editor'), validate('param', campaignIdParam), validate('query', doneQuery), async (c) =>
    editPage(c, await loadCampaign(c.var.db, c.req.valid('param').id), { done: c.req.valid('query').done }),
  )
  .post('/editor/campaigns/:id', requirePage('editor'), validate('param', campaignIdParam), async (c) => {
    const row = await loadCampaign(c.var.db, c.req.valid('param').id);
    const values = valuesFromForm(await c.req.parseBody({ all: true }));
    try {
      const input = parseOrThrow(updateCampaignBody, inputFromValues(values, row.status === 'draft'));
      await updateCampaign(c.var.db, row.id, input, currentUser(c).id, Date.now());
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
      await updateCampaign(c.var.db, row.id, { status }, currentUser(c).id, Date.now());
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
  });
