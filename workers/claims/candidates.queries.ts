// "Có thể cùng nội dung" on the desk: the open candidate rows of claim_matches for one case,
// seen from that case (either side of the pair, through cases merged into it), with the other
// case as it is now (a merged one stands for the live case it was merged into), and the two
// editor answers: merge (accept) and "not the same claim" (reject).
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { auditLog, cases, claimMatches, reports, type ClaimMatchMethod } from '../../schema';
import { inProvinceScope } from '../auth/province-scope';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { isVerdict } from '../cases/case-status';
import { auditRow, findVisibleCase, refuseMerged, type CaseRow } from '../cases/cases.queries';
import { mergeCases } from '../cases/merge';
import { parseMatchedWords } from './highlight';

/** Which case a merge from a candidate keeps: the decided one if only one is decided, else the older. */
export type MergeSide = { targetId: number; sourceId: number; reason: 'decided' | 'older' };

type Sided = { id: number; status: CaseRow['status']; firstSeenAt: number };

export function mergeSide(a: Sided, b: Sided): MergeSide {
  const aDecided = isVerdict(a.status);
  if (aDecided !== isVerdict(b.status)) {
    const [target, source] = aDecided ? [a, b] : [b, a];
    return { targetId: target.id, sourceId: source.id, reason: 'decided' };
  }
  const aOlder = a.firstSeenAt < b.firstSeenAt || (a.firstSeenAt === b.firstSeenAt && a.id < b.id);
  const [target, source] = aOlder ? [a, b] : [b, a];
  return { targetId: target.id, sourceId: source.id, reason: 'older' };
}

export type DeskCandidate = {
  /** The open row the actions name (the best-scored one when both methods found the pair). */
  matchId: number;
  methods: ClaimMatchMethod[];
  score: number;
  matchedWords: string[];
  other: {
    id: number;
    status: CaseRow['status'];
    reportCount: number;
    claim: string | null;
    /** The claim in words: the editors' claim, else the first report's message (null for a link or screenshot only). */
    text: string | null;
    canonicalUrl: string;
    provinceCode: string | null;
    firstSeenAt: number;
  };
  merge: MergeSide;
};

/** This case and every case merged into it: a candidate found for any of them is a candidate for this one. */
async function ownIds(db: Db, caseId: number): Promise<number[]> {
  const merged = await db.select({ id: cases.id }).from(cases).where(eq(cases.mergedIntoId, caseId));
  return [caseId, ...merged.map((r) => r.id)];
}

const otherColumns = {
  id: cases.id,
  status: cases.status,
  reportCount: cases.reportCount,
  claim: cases.claim,
  text: sql<string | null>`coalesce(${cases.claim}, (
    SELECT r.description FROM ${reports} r WHERE r.case_id = "cases"."id" AND r.description <> '' ORDER BY r.created_at, r.id LIMIT 1
  ))`,
  canonicalUrl: cases.canonicalUrl,
  provinceCode: cases.provinceCode,
  firstSeenAt: cases.firstSeenAt,
  mergedIntoId: cases.mergedIntoId,
};

/**
 * The open candidates of live case `self`, one per other live case (best score first), leaving out
 * pairs already merged together and cases outside the viewer's province.
 */
export async function openCandidates(db: Db, self: CaseRow, viewer: SessionUser): Promise<DeskCandidate[]> {
  const own = await ownIds(db, self.id);
  const rows = await db
    .select()
    .from(claimMatches)
    .where(and(eq(claimMatches.status, 'open'), or(inArray(claimMatches.caseId, own), inArray(claimMatches.candidateId, own))))
    .limit(200);
  if (rows.length === 0) return [];
  const otherIdOf = (r: (typeof rows)[number]) => (own.includes(r.caseId) ? r.candidateId : r.caseId);
  const direct = await db.select(otherColumns).from(cases).where(inArray(cases.id, [...new Set(rows.map(otherIdOf))]));
  const liveIds = [...new Set(direct.map((c) => c.mergedIntoId ?? c.id))];
  const live = new Map((await db.select(otherColumns).from(cases).where(inArray(cases.id, liveIds))).map((c) => [c.id, c]));
  const liveOf = new Map(direct.map((c) => [c.id, live.get(c.mergedIntoId ?? c.id)]));

  const byOther = new Map<number, DeskCandidate>();
  for (const r of rows) {
    const other = liveOf.get(otherIdOf(r));
    if (!other || other.id === self.id || other.mergedIntoId !== null || !inProvinceScope(viewer, other.provinceCode)) continue;
    const words = parseMatchedWords(r.matchedWords);
    const seen = byOther.get(other.id);
    if (seen) {
      if (!seen.methods.includes(r.method)) seen.methods.push(r.method);
      for (const w of words) if (!seen.matchedWords.includes(w) && seen.matchedWords.length < 20) seen.matchedWords.push(w);
      if (r.score > seen.score) Object.assign(seen, { matchId: r.id, score: r.score });
      continue;
    }
    const { mergedIntoId: _merged, ...shown } = other;
    byOther.set(other.id, { matchId: r.id, methods: [r.method], score: r.score, matchedWords: words, other: shown, merge: mergeSide(self, other) });
  }
  return [...byOther.values()].sort((a, b) => b.score - a.score || b.other.id - a.other.id);
}

/** Open candidates per case, for the badge on the desk list (rows naming the case directly). */
export async function openCandidateCounts(db: Db, caseIds: number[]): Promise<Map<number, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ caseId: claimMatches.caseId, candidateId: claimMatches.candidateId })
    .from(claimMatches)
    .where(and(eq(claimMatches.status, 'open'), or(inArray(claimMatches.caseId, caseIds), inArray(claimMatches.candidateId, caseIds))));
  const counts = new Map<number, Set<number>>();
  const add = (id: number, other: number) => {
    if (!caseIds.includes(id)) return;
    const set = counts.get(id) ?? new Set<number>();
    set.add(other);
    counts.set(id, set);
  };
  for (const r of rows) {
    add(r.caseId, r.candidateId);
    add(r.candidateId, r.caseId);
  }
  return new Map([...counts].map(([id, set]) => [id, set.size]));
}

/** Case `caseId` (live, in scope) and its open candidate `matchId`: 404 if the row is not one of its candidates, 409 if decided. */
async function candidateOf(db: Db, caseId: number, matchId: number, editor: SessionUser) {
  const self = await findVisibleCase(db, caseId, editor);
  refuseMerged(self);
  const [row] = await db.select().from(claimMatches).where(eq(claimMatches.id, matchId));
  const own = row ? await ownIds(db, caseId) : [];
  if (!row || (!own.includes(row.caseId) && !own.includes(row.candidateId))) {
    throw new AppError('NOT_FOUND', `Case #${caseId} has no candidate #${matchId}`);
  }
  if (row.status !== 'open') {
    throw new AppError('CONFLICT', `Candidate #${matchId} was already ${row.status}`, { extra: { currentState: row.status } });
  }
  const otherId = own.includes(row.caseId) ? row.candidateId : row.caseId;
  const [direct] = await db.select().from(cases).where(eq(cases.id, otherId));
  const other = direct?.mergedIntoId ? (await db.select().from(cases).where(eq(cases.id, direct.mergedIntoId)))[0] : direct;
  if (!other || other.id === self.id) {
    throw new AppError('CONFLICT', `Case #${otherId} is already part of case #${caseId}`, { extra: { currentState: 'merged' } });
  }
  return { self, row, other };
}

/**
 * Accept a candidate: merge the pair in one action (the decided, else the older case is kept,
 * see `mergeSide`), marking the candidate accepted in the same batch. Returns the kept case.
 */
export async function acceptCandidate(db: Db, caseId: number, matchId: number, editor: SessionUser, now = Date.now()) {
  const { self, other } = await candidateOf(db, caseId, matchId, editor);
  const side = mergeSide(self, other);
  const target = await mergeCases(db, side.sourceId, side.targetId, editor, now, { matchId });
  return { target, sourceId: side.sourceId };
}

/** "Không phải cùng nội dung": every open row of this pair is rejected, and the case's history says so. */
export async function rejectCandidate(db: Db, caseId: number, matchId: number, editor: SessionUser, now = Date.now()) {
  const { self, row, other } = await candidateOf(db, caseId, matchId, editor);
  const pair = or(
    and(eq(claimMatches.caseId, row.caseId), eq(claimMatches.candidateId, row.candidateId)),
    and(eq(claimMatches.caseId, row.candidateId), eq(claimMatches.candidateId, row.caseId)),
  );
  const [updated] = await db.batch([
    db.update(claimMatches).set({ status: 'rejected', decidedBy: editor.id, decidedAt: now }).where(and(eq(claimMatches.status, 'open'), pair)).returning({ id: claimMatches.id }),
    db.insert(auditLog).values(auditRow(editor.id, 'case.candidate_reject', self.id, null, { candidateId: other.id }, now)),
  ]);
  return { matchIds: updated.map((u) => u.id), otherId: other.id };
}
