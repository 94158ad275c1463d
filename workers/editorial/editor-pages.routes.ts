import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { DashboardPage } from '../../web/pages/editor/dashboard-page';
import { storyHistory } from '../audit/story-history';
import { ReviewPage, type ReviewProps } from '../../web/pages/editor/review-page';
import { formValuesOf, StoryFormPage, type StoryFormValues } from '../../web/pages/editor/story-form-page';
import { fromVnDateTimeLocal } from '../../web/components/editor/format';
import { isFormError, pageError, type PageError } from '../../web/components/editor/page-error';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { provinceFilter } from '../auth/province-scope';
import { hasRole } from '../auth/roles';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { renderMarkdown } from '../stories/markdown';
import { coverBodyLimit, storyFormBodyLimit } from './covers.routes';
import { checkCover, hasCoverFile, putCover, storeCover } from './covers';
import { approveInput, createStoryInput, deskQueueQuery, patchStoryInput, reasonInput, rejectInput, restoreInput, storyIdParam } from './editorial.schemas';
import { countsByStatus, findRevision, listRevisions, reviewQueue } from './editorial.queries';
import { workflowFor } from './editorial.routes';
import { myStories } from './my-stories.queries';
import { listCategories, listProvinces } from './reference';
import { referenceNames, reviewFacts } from './review.queries';
import { diffContent } from './revision-diff';
import { assertStoryInScope } from './story-scope';
import { contentFromJson, snapshot, type StoryRow } from './story-content';
import { formRevision, formString, formValues, storyInputFromForm, type FormBody } from './story-form';
import { approveStory, rejectStory } from './approval';
import { isRebuttalStory, loadReplyToneProblems } from './replies';
import { approvalRefusal, reviewState, withContent } from './pending';
import { makeCoverThumbsLater } from '../media/thumbs';
import { archiveStory, assertCanEdit, assertCanView, createStory, editStory, loadStory, restoreRevision, setCover, submitStory } from './workflow';
import { mayInvite } from '../invites/invite-scope';

const done = v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,20}$/)));
const reviewQuery = v.object({
  from: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number))),
  to: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number))),
  done,
});
const doneQuery = v.object({ done });

function canEdit(c: Context<AppEnv>, story: StoryRow): boolean {
  try {
    assertCanEdit(currentUser(c), story);
    return true;
  } catch {
    return false;
  }
}

async function renderForm(
  c: Context<AppEnv>,
  story: StoryRow | null,
  extra: { values?: StoryFormValues; previewHtml?: string; error?: PageError; done?: string; fileDropped?: boolean } = {},
  status: 200 | 400 | 403 | 404 | 409 | 413 | 415 = 200,
) {
  const [provinces, categories, review, rebuttal] = await Promise.all([
    listProvinces(c.var.db),
    listCategories(c.var.db),
    story ? reviewState(c.var.db, story) : Promise.resolve(null),
    story ? isRebuttalStory(c.var.db, story.id) : Promise.resolve(false),
  ]);
  const user = currentUser(c);
  // The form edits the newest text: an edit awaiting approval, not the live one.
  const head = story && review?.pending ? withContent(story, review.pending.content) : story;
  const values = extra.values ?? (head ? formValuesOf(head) : null);
  // The tone rules run on what the boxes hold now, so the writer sees them before a reviewer does.
  const replyTone = await loadReplyToneProblems(c.var.db, values?.replies ?? []);
  const page = StoryFormPage({
    lang: c.var.lang,
    user,
    story,
    values,
    review: review ?? undefined,
    rebuttal,
    replyTone,
    provinces,
    categories,
    canEdit: story ? canEdit(c, story) : true,
    isEditor: hasRole(user.role, 'editor'),
    previewHtml: extra.previewHtml,
    error: extra.error,
    done: extra.done,
    fileDropped: extra.fileDropped,
  });
  return c.html(page, status);
}

type ReviewExtra = { from?: number; to?: number; error?: PageError; done?: string; typed?: ReviewProps['typed'] };

async function renderReview(c: Context<AppEnv>, story: StoryRow, extra: ReviewExtra = {}, status: 200 | 400 | 403 | 404 | 409 = 200) {
  const db = c.var.db;
  const user = currentUser(c);
  const { from, to } = extra;
  // Two rounds of D1 reads: everything that needs only the row, then what depends on the pending edit.
  const [revisions, review, history, a, b] = await Promise.all([
    listRevisions(db, story.id),
    reviewState(db, story),
    storyHistory(db, story.id),
    from !== undefined && to !== undefined ? findRevision(db, story.id, from) : undefined,
    from !== undefined && to !== undefined ? findRevision(db, story.id, to) : undefined,
  ]);
  const awaiting = review.pending?.revision ?? (story.status === 'submitted' ? story.revision : null);
  const live = snapshot(story);
  const shown = review.pending?.content ?? live;
  // What approval would change for readers: the live text against the pending edit.
  const pendingDiff = review.pending
    ? { from: story.liveRevision ?? story.revision, to: review.pending.revision, changes: diffContent(live, review.pending.content) }
    : null;
  const diff = a && b && from !== undefined && to !== undefined ? { from, to, changes: diffContent(contentFromJson(a.content, live), contentFromJson(b.content, live)) } : null;
  // Codes a diff shows are named: every province and category either side mentions.
  const changes = [...(pendingDiff?.changes ?? []), ...(diff?.changes ?? [])];
  const codes = (field: 'provinceCode' | 'categoryCode') =>
    changes.filter((ch) => ch.field === field).flatMap((ch) => [ch.before, ch.after].filter((v): v is string => typeof v === 'string'));
  const [facts, names, refusal, rebuttal, tone] = await Promise.all([
    reviewFacts(db, story, shown),
    referenceNames(db, codes('provinceCode'), codes('categoryCode')),
    awaiting === null ? null : approvalRefusal(db, user.id, story, awaiting),
    isRebuttalStory(db, story.id),
    loadReplyToneProblems(db, shown.replies),
  ]);
  const page = ReviewPage({
    lang: c.var.lang,
    user,
    story,
    authorName: facts.authorName,
    revisions,
    history,
    diff,
    pending: review.pending ? { ...review.pending, preview: withContent(story, review.pending.content), diff: pendingDiff } : null,
    lastRejection: review.lastRejection,
    refusal,
    facts,
    names,
    now: Date.now(),
    error: extra.error,
    typed: extra.typed,
    done: extra.done,
    replyCheck: { rebuttal, tone },
  });
  return c.html(page, status);
}

/** The desk's decisions follow its reads: a provincial editor decides on their province's stories only (403). */
async function assertDecisionInScope(c: Context<AppEnv>, id: number): Promise<void> {
  assertStoryInScope(currentUser(c), await loadStory(c.var.db, id));
}

type FormStatus = 400 | 403 | 404 | 409 | 413 | 415;

/** Run a form action; a refusal the page can explain re-renders it with the reason and the right status. */
async function orExplain(action: () => Promise<Response>, explain: (error: PageError, status: FormStatus) => Promise<Response>) {
  try {
    return await action();
  } catch (err) {
    if (!isFormError(err)) throw err;
    return explain(pageError(err), err.status as FormStatus);
  }
}

/** The editorial desk in HTML. Every action here goes through the same workflow as the JSON API. */
export const editorPageRoutes = new Hono<AppEnv>()
  .get('/editor', requirePage('contributor'), validate('query', deskQueueQuery), async (c) => {
    const user = currentUser(c);
    const q = c.req.valid('query');
    const isEditor = hasRole(user.role, 'editor');
    // A provincial editor's queue is their province's; asking for another is 403, like every scoped read.
    const scope = isEditor ? provinceFilter(user, q.province?.toUpperCase()) : { province: null, locked: false };
    const [counts, queue, mine, provinces, categories] = await Promise.all([
      countsByStatus(c.var.db, isEditor ? undefined : user.id),
      isEditor ? reviewQueue(c.var.db, { province: scope.province ?? undefined, category: q.category, state: q.state, limit: 100 }) : Promise.resolve(null),
      myStories(c.var.db, user.id),
      listProvinces(c.var.db),
      listCategories(c.var.db),
    ]);
    const page = DashboardPage({
      lang: c.var.lang,
      user,
      counts,
      queue,
      mine,
      provinces,
      categories,
      filter: { province: scope.province ?? undefined, category: q.category, state: q.state },
      lockedProvince: scope.locked ? (provinces.find((p) => p.code === scope.province)?.name ?? scope.province) : null,
      now: Date.now(),
      isEditor,
      isAdmin: hasRole(user.role, 'admin'),
      mayInvite: mayInvite(user),
      done: q.done,
    });
    return c.html(page);
  })
  .get('/editor/stories/new', requirePage('contributor'), (c) => renderForm(c, null))
  .post('/editor/stories', requirePage('contributor'), storyFormBodyLimit, async (c) => {
    const body: FormBody = await c.req.parseBody({ all: true });
    const values = formValues(body, 1);
    // A browser cannot put a chosen file back into a re-shown form: the page says so next to the input.
    const fileDropped = hasCoverFile(body);
    if (formString(body, 'intent') === 'preview') return renderForm(c, null, { values, previewHtml: renderMarkdown(values.body), fileDropped });
    return orExplain(
      async () => {
        const w = workflowFor(c);
        const input = parseOrThrow(createStoryInput, storyInputFromForm(body));
        // Check the cover before anything is written, so a bad file never leaves a half-made draft.
        const cover = fileDropped ? await checkCover(body, 'coverAlt') : null;
        let story = await createStory(w, { ...input, coverAlt: null });
        // The cover's key names the story, so it is stored once the story has an id (its revision 2).
        if (cover) {
          const stored = await putCover(c.env.MEDIA, story.id, cover);
          story = await setCover(w, story.id, stored, story.revision);
          makeCoverThumbsLater(c.env, c.executionCtx, stored.key);
        }
        if (formString(body, 'intent') === 'submit') {
          await submitStory(w, story.id);
          return c.redirect(`/editor/stories/${story.id}?done=submitted`, 303);
        }
        return c.redirect(`/editor/stories/${story.id}?done=created`, 303);
      },
      (error, status) => renderForm(c, null, { values, error, fileDropped }, status),
    );
  })
  .get('/editor/stories/:id', requirePage('contributor'), validate('param', storyIdParam), validate('query', doneQuery), async (c) => {
    const story = await loadStory(c.var.db, c.req.valid('param').id);
    assertCanView(currentUser(c), story);
    return renderForm(c, story, { done: c.req.valid('query').done });
  })
  .post('/editor/stories/:id', requirePage('contributor'), storyFormBodyLimit, validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    const story = await loadStory(c.var.db, id);
    assertCanView(currentUser(c), story);
    const body: FormBody = await c.req.parseBody({ all: true });
    const values = formValues(body, formRevision(body));
    const fileDropped = hasCoverFile(body);
    if (formString(body, 'intent') === 'preview') return renderForm(c, story, { values, previewHtml: renderMarkdown(values.body), fileDropped });
    return orExplain(
      async () => {
        const w = workflowFor(c);
        const input = parseOrThrow(patchStoryInput, { ...storyInputFromForm(body), revision: formRevision(body) });
        const checked = fileDropped ? await checkCover(body, 'coverAlt') : null;
        // Store a new cover only for someone allowed to change the story.
        if (checked) assertCanEdit(w.actor, story);
        const cover = checked ? await putCover(c.env.MEDIA, id, checked) : formString(body, 'removeCover') === 'yes' ? null : undefined;
        const saved = await editStory(w, id, input, cover);
        if (cover) makeCoverThumbsLater(c.env, c.executionCtx, cover.key);
        if (formString(body, 'intent') === 'submit') {
          await submitStory(w, id);
          return c.redirect(`/editor/stories/${id}?done=submitted`, 303);
        }
        return c.redirect(`/editor/stories/${id}?done=${saved.pendingRevision !== null ? 'pending' : 'saved'}`, 303);
      },
      async (error, status) => renderForm(c, await loadStory(c.var.db, id), { values, error, fileDropped }, status),
    );
  })
  .post('/editor/stories/:id/cover', requirePage('contributor'), coverBodyLimit, validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    const w = workflowFor(c);
    const story = await loadStory(w.db, id);
    assertCanEdit(w.actor, story);
    return orExplain(
      async () => {
        const cover = await storeCover(c.env.MEDIA, id, await c.req.parseBody());
        await setCover(w, id, cover, cover.revision);
        makeCoverThumbsLater(c.env, c.executionCtx, cover.key);
        return c.redirect(`/editor/stories/${id}?done=cover`, 303);
      },
      async (error, status) => renderForm(c, await loadStory(w.db, id), { error }, status),
    );
  })
  .post('/editor/stories/:id/submit', requirePage('contributor'), validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    return orExplain(
      async () => {
        await submitStory(workflowFor(c), id);
        return c.redirect(`/editor/stories/${id}?done=submitted`, 303);
      },
      async (error, status) => renderForm(c, await loadStory(c.var.db, id), { error }, status),
    );
  })
  .get('/editor/stories/:id/review', requirePage('editor'), validate('param', storyIdParam), validate('query', reviewQuery), async (c) => {
    const story = await loadStory(c.var.db, c.req.valid('param').id);
    assertStoryInScope(currentUser(c), story);
    return renderReview(c, story, c.req.valid('query'));
  })
  .post('/editor/stories/:id/approve', requirePage('editor'), validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    await assertDecisionInScope(c, id);
    const body: FormBody = await c.req.parseBody();
    return orExplain(
      async () => {
        const schedule = formString(body, 'mode') === 'schedule';
        const input = parseOrThrow(approveInput, {
          revision: formRevision(body),
          ...(schedule ? { publishAt: fromVnDateTimeLocal(formString(body, 'publishAt')) } : {}),
          ...('correctionNote' in body ? { correctionNote: formString(body, 'correctionNote') } : {}),
        });
        const edit = (await loadStory(c.var.db, id)).pendingRevision !== null;
        const story = await approveStory(workflowFor(c), id, input);
        const done = edit ? 'corrected' : story.status === 'scheduled' ? 'scheduled' : 'approved';
        return c.redirect(`/editor/stories/${id}/review?done=${done}`, 303);
      },
      async (error, status) => {
        const typed = {
          ...(formString(body, 'mode') === 'schedule' ? { publishAt: formString(body, 'publishAt') } : {}),
          ...('correctionNote' in body ? { correctionNote: formString(body, 'correctionNote') } : {}),
        };
        return renderReview(c, await loadStory(c.var.db, id), { error, typed }, status as 400 | 403 | 404 | 409);
      },
    );
  })
  .post('/editor/stories/:id/reject', requirePage('editor'), validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    await assertDecisionInScope(c, id);
    const body: FormBody = await c.req.parseBody();
    return orExplain(
      async () => {
        const input = parseOrThrow(rejectInput, { reason: formString(body, 'reason'), ...('revision' in body ? { revision: formRevision(body) } : {}) });
        const story = await rejectStory(workflowFor(c), id, input.reason, input.revision);
        return c.redirect(`/editor/stories/${id}/review?done=${story.status === 'rejected' ? 'rejected' : 'kept'}`, 303);
      },
      async (error, status) =>
        renderReview(c, await loadStory(c.var.db, id), { error, typed: { form: 'reject', reason: formString(body, 'reason') } }, status as 400 | 403 | 404 | 409),
    );
  })
  .post('/editor/stories/:id/archive', requirePage('editor'), validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    await assertDecisionInScope(c, id);
    const body: FormBody = await c.req.parseBody();
    return orExplain(
      async () => {
        await archiveStory(workflowFor(c), id, parseOrThrow(reasonInput, { reason: formString(body, 'reason') }).reason);
        return c.redirect(`/editor/stories/${id}/review?done=archived`, 303);
      },
      async (error, status) =>
        renderReview(c, await loadStory(c.var.db, id), { error, typed: { form: 'archive', reason: formString(body, 'reason') } }, status as 400 | 403 | 404 | 409),
    );
  })
  .post('/editor/stories/:id/restore', requirePage('editor'), validate('param', storyIdParam), async (c) => {
    const id = c.req.valid('param').id;
    await assertDecisionInScope(c, id);
    const body: FormBody = await c.req.parseBody();
    return orExplain(
      async () => {
        const rev = Number(formString(body, 'rev'));
        const { revision } = parseOrThrow(restoreInput, { revision: formRevision(body) });
        await restoreRevision(workflowFor(c), id, rev, revision);
        return c.redirect(`/editor/stories/${id}/review?done=restored`, 303);
      },
      async (error, status) => renderReview(c, await loadStory(c.var.db, id), { error }, status as 400 | 403 | 404 | 409),
    );
  });
