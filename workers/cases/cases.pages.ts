// The triage desk as HTML pages with plain forms (no JavaScript needed). Form
// posts reuse the API's query functions and schemas; CSRF is the app-wide
// Origin check. Success redirects (303) back to the case; a refusal re-renders it.
import { Hono, type Context } from 'hono';
import { caseStatuses } from '../../schema';
import { translator } from '../../web/i18n';
import { term } from '../../web/i18n/glossary';
import { CaseDetailPage, type CaseForm } from '../../web/pages/reports/case-detail';
import { CasesDeskPage } from '../../web/pages/reports/cases-desk';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { provinceList } from '../reports/reports.queries';
import { provinceFilter } from '../auth/province-scope';
import { historyLookups } from '../audit/history-lookups';
import { isVerdict } from './case-status';
import { emitAfterCaseUpdate } from './case-events';
import { caseDetail, findVisibleCase, listCases, listEditors, updateCase } from './cases.queries';
import { mergeCases, unmergeCase, undoableMerge, undoableMergesInto } from './merge';
import { acceptCandidate, openCandidateCounts, openCandidates, rejectCandidate } from '../claims/candidates.queries';
import { candidateParams, deskDone, type DeskDone } from '../claims/candidates.schemas';
import { caseIdParam, listCasesQuery, mergeCaseBody, patchCaseBody, startRebuttalBody } from './cases.schemas';
import { startRebuttal } from './rebuttal';

/** Anonymous browsers are sent to the login page; API-style callers get 401/403. */
const editor = requirePage('editor');

/** The reason a form was refused, in the editor's language where we have the words for it. */
function refusal(c: Context<AppEnv>, err: AppError): string {
  const t = translator(c.var.lang);
  const state = err.extra?.currentState;
  if (state === 'merged') return t('cases.error.merged');
  if (err.code === 'CONFLICT' && typeof state === 'string' && (caseStatuses as readonly string[]).includes(state)) {
    return t('cases.error.conflict', { state: term(c.var.lang, 'caseStatus', state) });
  }
  if (err.errors?.length) return t('cases.error.invalid', { fields: err.errors.map((e) => e.path).join(', ') });
  return err.message;
}

type Refused = { error: AppError; form: CaseForm; values: Record<string, string> };

async function renderCase(c: Context<AppEnv>, id: number, extra: { saved?: boolean; done?: DeskDone; refused?: Refused } = {}) {
  const db = c.var.db;
  const [detail, editors, provinces] = await Promise.all([caseDetail(db, id, currentUser(c)), listEditors(db), provinceList(db)]);
  const merged = detail.case.mergedIntoId !== null;
  const [lookups, candidates, mergedIn, ownMerge] = await Promise.all([
    historyLookups(db, detail.history),
    merged ? [] : openCandidates(db, detail.case, currentUser(c)),
    merged ? [] : undoableMergesInto(db, id),
    merged ? undoableMerge(db, id) : null,
  ]);
  const refused = extra.refused;
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    CaseDetailPage({
      lang: c.var.lang,
      user: currentUser(c),
      detail,
      editors,
      provinces,
      lookups,
      saved: extra.saved,
      done: extra.done,
      candidates,
      mergedIn,
      canUnmerge: ownMerge !== null,
      error: refused ? refusal(c, refused.error) : undefined,
      form: refused?.form,
      values: refused?.values,
      errors: refused?.error.errors,
    }),
    refused?.error.status ?? 200,
  );
}

const caseForms: readonly CaseForm[] = ['verdict', 'work', 'rebuttal', 'merge', 'candidate'];

/**
 * Run a form action; a 4xx re-renders the case with the reason and every typed value, anything else propagates.
 * The action answers the case to land on, and what to say there (default "Đã lưu.").
 */
async function formAction(c: Context<AppEnv>, id: number, fallback: CaseForm, action: (form: Record<string, string>) => Promise<number | { goTo: number; done: DeskDone }>) {
  const form: Record<string, string> = {};
  try {
    const body = await c.req.parseBody();
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string') form[k] = v;
    const result = await action(form);
    if (typeof result === 'number') return c.redirect(`/editor/cases/${result}?saved=1`, 303);
    return c.redirect(`/editor/cases/${result.goTo}?done=${result.done}`, 303);
  } catch (err) {
    if (err instanceof AppError && err.status < 500 && err.code !== 'NOT_FOUND') {
      const which = caseForms.find((f) => f === form.form) ?? fallback;
      return renderCase(c, id, { refused: { error: err, form: which, values: form } });
    }
    throw err;
  }
}

const blankToNull = (s: string | undefined) => (s === undefined ? undefined : s.trim() === '' ? null : s);

export const casePages = new Hono<AppEnv>()
  .get('/editor/cases', editor, validate('query', listCasesQuery), async (c) => {
    const asked = c.req.valid('query');
    const user = currentUser(c);
    const { province, locked } = provinceFilter(user, asked.province);
    const filters = { ...asked, province: province ?? undefined };
    const [result, provinces, editors] = await Promise.all([
      listCases(c.var.db, { ...filters, assignee: asked.assignee === 'me' ? user.id : asked.assignee }),
      provinceList(c.var.db),
      listEditors(c.var.db),
    ]);
    const candidateCounts = await openCandidateCounts(c.var.db, result.items.map((i) => i.id));
    c.header('Cache-Control', 'private, no-store');
    return c.html(CasesDeskPage({ lang: c.var.lang, user, filters, provinceLocked: locked, provinces, editors, candidateCounts, ...result }));
  })
  .get('/editor/cases/:id', editor, validate('param', caseIdParam), async (c) => {
    const done = c.req.query('done');
    return renderCase(c, c.req.valid('param').id, {
      saved: c.req.query('saved') === '1',
      done: deskDone.find((d) => d === done),
    });
  })
  .post('/editor/cases/:id', editor, validate('param', caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    return formAction(c, id, 'work', async (form) => {
      // The verdict form is one step: a verdict must be chosen while the case has none.
      // (Read the case here only for that check; updateCase reads it itself.)
      if (form.form === 'verdict' && !form.status && !isVerdict((await findVisibleCase(c.var.db, id, currentUser(c))).status)) {
        throw AppError.field('status', 'Choose a verdict');
      }
      const patch = parseOrThrow(
        patchCaseBody,
        {
          ...(form.status ? { status: form.status } : {}),
          ...(form.assigneeId !== undefined ? { assigneeId: blankToNull(form.assigneeId) } : {}),
          ...(form.claim !== undefined ? { claim: blankToNull(form.claim) } : {}),
          ...(form.verdictSummary !== undefined ? { verdictSummary: blankToNull(form.verdictSummary) } : {}),
          ...(form.note?.trim() ? { note: form.note } : {}),
        },
        'body',
      );
      const row = await updateCase(c.var.db, id, patch, currentUser(c));
      emitAfterCaseUpdate(row, patch, c.env, c.executionCtx);
      return id;
    });
  })
  .post('/editor/cases/:id/merge', editor, validate('param', caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    return formAction(c, id, 'merge', async (form) => {
      const targetId = /^\d{1,10}$/.test(form.targetId ?? '') ? Number(form.targetId) : form.targetId;
      const body = parseOrThrow(mergeCaseBody, { targetId }, 'targetId');
      const target = await mergeCases(c.var.db, id, body.targetId, currentUser(c));
      return target.id;
    });
  })
  .post('/editor/cases/:id/rebuttal', editor, validate('param', caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    return formAction(c, id, 'rebuttal', async (form) => {
      const body = parseOrThrow(
        startRebuttalBody,
        {
          ...(form.title?.trim() ? { title: form.title } : {}),
          ...(form.provinceCode ? { provinceCode: form.provinceCode } : {}),
        },
        'body',
      );
      await startRebuttal(c.var.db, id, body, currentUser(c));
      return id;
    });
  })
  // "Có thể cùng nội dung": one tap merges (the kept case is named on the button), one dismisses.
  .post('/editor/cases/:id/candidates/:matchId/accept', editor, validate('param', candidateParams), async (c) => {
    const { id, matchId } = c.req.valid('param');
    return formAction(c, id, 'candidate', async () => {
      const { target } = await acceptCandidate(c.var.db, id, matchId, currentUser(c));
      return { goTo: target.id, done: 'merged' };
    });
  })
  .post('/editor/cases/:id/candidates/:matchId/reject', editor, validate('param', candidateParams), async (c) => {
    const { id, matchId } = c.req.valid('param');
    return formAction(c, id, 'candidate', async () => {
      await rejectCandidate(c.var.db, id, matchId, currentUser(c));
      return { goTo: id, done: 'rejected' };
    });
  })
  // Split a merged case out again; lands back on the page the editor came from (`back`: this case or the kept one).
  .post('/editor/cases/:id/unmerge', editor, validate('param', caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    return formAction(c, id, 'candidate', async (form) => {
      const kept = (await findVisibleCase(c.var.db, id, currentUser(c))).mergedIntoId;
      await unmergeCase(c.var.db, id, currentUser(c));
      const back = Number(form.back);
      return { goTo: back === kept ? back : id, done: 'unmerged' };
    });
  });
