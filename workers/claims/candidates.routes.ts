// The editors' API over "Có thể cùng nội dung": list a case's open candidates, merge one in
// (accept) or dismiss it (reject), and undo a merge. Editors only; a provincial editor works on
// the cases of their province (findVisibleCase / mergeCases refuse the others with 403).
import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { caseJson } from '../cases/cases.routes';
import { findVisibleCase, refuseMerged } from '../cases/cases.queries';
import { caseIdParam } from '../cases/cases.schemas';
import { unmergeCase } from '../cases/merge';
import { caseContentKind, shownUrl } from '../reports/claim-key';
import { acceptCandidate, openCandidates, rejectCandidate, type DeskCandidate } from './candidates.queries';
import { candidateParams } from './candidates.schemas';

const editor = requireRole('editor');

export function candidateJson(c: DeskCandidate) {
  return {
    matchId: c.matchId,
    methods: c.methods,
    score: c.score,
    matchedWords: c.matchedWords,
    case: {
      id: c.other.id,
      status: c.other.status,
      reportCount: c.other.reportCount,
      claim: c.other.claim,
      text: c.other.text,
      canonicalUrl: shownUrl(c.other.canonicalUrl),
      contentKind: caseContentKind(c.other.canonicalUrl),
      provinceCode: c.other.provinceCode,
      firstSeenAt: isoTime(c.other.firstSeenAt),
    },
    /** Accepting merges `mergeSourceId` into `mergeTargetId`: the decided case if only one is, else the older. */
    mergeTargetId: c.merge.targetId,
    mergeSourceId: c.merge.sourceId,
    mergeReason: c.merge.reason,
  };
}

export const candidateRoutes = new Hono<AppEnv>()
  .get('/api/cases/:id/candidates', editor, validate('param', caseIdParam), async (c) => {
    const self = await findVisibleCase(c.var.db, c.req.valid('param').id, currentUser(c));
    refuseMerged(self);
    const items = await openCandidates(c.var.db, self, currentUser(c));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ items: items.map(candidateJson) });
  })
  .post('/api/cases/:id/candidates/:matchId/accept', editor, validate('param', candidateParams), async (c) => {
    const { id, matchId } = c.req.valid('param');
    const { target, sourceId } = await acceptCandidate(c.var.db, id, matchId, currentUser(c));
    return c.json({ case: caseJson(target), mergedCaseId: sourceId });
  })
  .post('/api/cases/:id/candidates/:matchId/reject', editor, validate('param', candidateParams), async (c) => {
    const { id, matchId } = c.req.valid('param');
    const { matchIds, otherId } = await rejectCandidate(c.var.db, id, matchId, currentUser(c));
    return c.json({ rejectedMatchIds: matchIds, candidateCaseId: otherId });
  })
  .post('/api/cases/:id/unmerge', editor, validate('param', caseIdParam), async (c) => {
    const row = await unmergeCase(c.var.db, c.req.valid('param').id, currentUser(c));
    return c.json(caseJson(row));
  });
