import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { reports } from '../../schema';
import { and, eq } from 'drizzle-orm';
import { caseContentKind, reportContentKind, shownUrl } from '../reports/claim-key';
import { casePages } from './cases.pages';
import { provinceFilter } from '../auth/province-scope';
import { caseDetail, findVisibleCase, listCases, updateCase, type CaseRow } from './cases.queries';
import { mergeCases } from './merge';
import { caseIdParam, listCasesQuery, mergeCaseBody, patchCaseBody, screenshotParams, startRebuttalBody } from './cases.schemas';
import { startRebuttal } from './rebuttal';
import { emitAfterCaseUpdate } from './case-events';

/** A case as the API shows it: ISO times, nothing internal. */
export function caseJson(row: CaseRow) {
  return {
    id: row.id,
    // null for a case without a link (its key is internal); `contentKind` says what it is about.
    canonicalUrl: shownUrl(row.canonicalUrl),
    contentKind: caseContentKind(row.canonicalUrl),
    platform: row.platform,
    category: row.category,
    provinceCode: row.provinceCode,
    status: row.status,
    claim: row.claim,
    verdictSummary: row.verdictSummary,
    assigneeId: row.assigneeId,
    rebuttalStoryId: row.rebuttalStoryId,
    reportCount: row.reportCount,
    firstSeenAt: isoTime(row.firstSeenAt),
    lastSeenAt: isoTime(row.lastSeenAt),
    verdictAt: isoTime(row.verdictAt),
    mergedIntoId: row.mergedIntoId,
    updatedAt: isoTime(row.updatedAt),
  };
}

export function screenshotPath(caseId: number, reportId: number): string {
  return `/api/cases/${caseId}/reports/${reportId}/screenshot`;
}

const editor = requireRole('editor');

/** The editors' API over cases. Every route needs the editor role; an editor with a province works on its cases only. */
export const casesRoutes = new Hono<AppEnv>()
  .get('/api/cases', editor, validate('query', listCasesQuery), async (c) => {
    const query = c.req.valid('query');
    // An editor with a province lists that province's cases only (not the national ones).
    const { province } = provinceFilter(currentUser(c), query.province);
    const assignee = query.assignee === 'me' ? currentUser(c).id : query.assignee;
    const result = await listCases(c.var.db, { ...query, province: province ?? undefined, assignee });
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      ...result,
      items: result.items.map((item) => ({
        ...item,
        canonicalUrl: shownUrl(item.canonicalUrl),
        contentKind: caseContentKind(item.canonicalUrl),
        firstSeenAt: isoTime(item.firstSeenAt),
        lastSeenAt: isoTime(item.lastSeenAt),
        verdictAt: isoTime(item.verdictAt),
      })),
    });
  })
  .get('/api/cases/:id', editor, validate('param', caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const detail = await caseDetail(c.var.db, id, currentUser(c));
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      ...caseJson(detail.case),
      assignee: detail.assignee,
      rebuttal: detail.rebuttal ? { ...detail.rebuttal, publishedAt: isoTime(detail.rebuttal.publishedAt) } : null,
      mergedFrom: detail.mergedFrom.map((m) => ({ ...m, canonicalUrl: shownUrl(m.canonicalUrl), contentKind: caseContentKind(m.canonicalUrl) })),
      reports: detail.reports.map(({ hasScreenshot, createdAt, ...r }) => ({
        ...r,
        url: shownUrl(r.url),
        contentKind: reportContentKind(r),
        createdAt: isoTime(createdAt),
        screenshotUrl: hasScreenshot ? screenshotPath(id, r.id) : null,
      })),
      notes: detail.notes.map((n) => ({ ...n, createdAt: isoTime(n.createdAt) })),
      history: detail.history.map((h) => ({ ...h, createdAt: isoTime(h.createdAt) })),
    });
  })
  .patch('/api/cases/:id', editor, validate('param', caseIdParam), validate('json', patchCaseBody), async (c) => {
    const patch = c.req.valid('json');
    const row = await updateCase(c.var.db, c.req.valid('param').id, patch, currentUser(c));
    emitAfterCaseUpdate(row, patch, c.env, c.executionCtx);
    return c.json(caseJson(row));
  })
  .post('/api/cases/:id/merge', editor, validate('param', caseIdParam), validate('json', mergeCaseBody), async (c) => {
    const row = await mergeCases(c.var.db, c.req.valid('param').id, c.req.valid('json').targetId, currentUser(c));
    return c.json(caseJson(row));
  })
  .post('/api/cases/:id/rebuttal', editor, validate('param', caseIdParam), validate('json', startRebuttalBody), async (c) => {
    const story = await startRebuttal(c.var.db, c.req.valid('param').id, c.req.valid('json'), currentUser(c));
    return c.json({ story }, 201);
  })
  .get('/api/cases/:id/reports/:reportId/screenshot', editor, validate('param', screenshotParams), async (c) => {
    const { id, reportId } = c.req.valid('param');
    await findVisibleCase(c.var.db, id, currentUser(c));
    const [row] = await c.var.db
      .select({ key: reports.screenshotKey })
      .from(reports)
      .where(and(eq(reports.id, reportId), eq(reports.caseId, id)));
    const object = row?.key ? await c.env.MEDIA.get(row.key) : null;
    if (!object) throw new AppError('NOT_FOUND', 'This report has no screenshot');
    // Served only to editors, never cached by shared caches, never rendered as anything but an image.
    return c.body(object.body, 200, {
      'Content-Type': object.httpMetadata?.contentType ?? 'application/octet-stream',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    });
  })
  .route('/', casePages);
