import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { auditLog, caseMerges, caseNotes, cases, claimMatches, reports } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { guard, guardChanged, guarded } from './batch-guard';
import { assertInProvinceScope } from '../auth/province-scope';
import { auditRow, findVisibleCase, refuseMerged, type CaseRow } from './cases.queries';

/** Ids as a JSON array, read inside the batch (so they are exactly the rows the next statements move). */
const idsWhere = (table: typeof reports | typeof caseNotes | typeof cases, column: typeof reports.caseId | typeof caseNotes.caseId | typeof cases.mergedIntoId, id: number) =>
  sql<string>`(SELECT coalesce(json_group_array(${table.id}), '[]') FROM ${table} WHERE ${column} = ${id})`;

/** Every still-open candidate row between the two cases, either direction, any method. */
function openPair(a: number, b: number) {
  return and(
    eq(claimMatches.status, 'open'),
    or(and(eq(claimMatches.caseId, a), eq(claimMatches.candidateId, b)), and(eq(claimMatches.caseId, b), eq(claimMatches.candidateId, a))),
  );
}

/**
 * Merge `sourceId` into `targetId`: reports and notes move, the target's count and
 * first/last seen are recomputed from its reports (exact even if reports arrive
 * meanwhile), and the source points at the target. Cases already merged into the
 * source are re-pointed, so `merged_into_id` always names a live case.
 * The same batch records what moved (case_merges, for `unmergeCase`) and marks every
 * open "Có thể cùng nội dung" candidate between the two as accepted.
 */
export async function mergeCases(
  db: Db,
  sourceId: number,
  targetId: number,
  editor: SessionUser,
  now = Date.now(),
  opts: { matchId?: number } = {},
): Promise<CaseRow> {
  if (sourceId === targetId) throw AppError.field('targetId', 'A case cannot be merged into itself');
  const source = await findVisibleCase(db, sourceId, editor);
  refuseMerged(source);
  const [target] = await db.select().from(cases).where(eq(cases.id, targetId));
  if (!target) throw AppError.field('targetId', `No case #${targetId}`);
  assertInProvinceScope(editor, target.provinceCode, `case #${targetId}`);
  if (target.mergedIntoId !== null) {
    throw AppError.field('targetId', `Case #${targetId} was itself merged into case #${target.mergedIntoId}; merge into that one`);
  }
  const targetReports = sql`(SELECT count(*) FROM ${reports} WHERE ${reports.caseId} = ${targetId})`;
  const [, , , , , , , , updatedTarget] = await guarded(db, sourceId, () => db.batch([
    // First, before anything moves: what is about to move.
    db.insert(caseMerges).values({
      sourceId,
      targetId,
      matchId: opts.matchId ?? null,
      movedReports: idsWhere(reports, reports.caseId, sourceId),
      movedNotes: idsWhere(caseNotes, caseNotes.caseId, sourceId),
      repointedCases: idsWhere(cases, cases.mergedIntoId, sourceId),
      targetRebuttalStoryId: target.rebuttalStoryId,
      targetProvinceCode: target.provinceCode,
      mergedBy: editor.id,
      createdAt: now,
    }),
    db.update(cases).set({ mergedIntoId: targetId, reportCount: 0, updatedAt: now }).where(and(eq(cases.id, sourceId), isNull(cases.mergedIntoId))),
    guardChanged(db, sourceId),
    guard(db, targetId, isNull(cases.mergedIntoId)),
    db.update(reports).set({ caseId: targetId }).where(eq(reports.caseId, sourceId)),
    db.update(caseNotes).set({ caseId: targetId }).where(eq(caseNotes.caseId, sourceId)),
    db.update(cases).set({ mergedIntoId: targetId, updatedAt: now }).where(eq(cases.mergedIntoId, sourceId)),
    db.update(claimMatches).set({ status: 'accepted', decidedBy: editor.id, decidedAt: now }).where(openPair(sourceId, targetId)),
    db
      .update(cases)
      .set({
        reportCount: targetReports,
        firstSeenAt: sql`min(${cases.firstSeenAt}, ${source.firstSeenAt})`,
        lastSeenAt: sql`max(${cases.lastSeenAt}, ${source.lastSeenAt})`,
        rebuttalStoryId: sql`coalesce(${cases.rebuttalStoryId}, ${source.rebuttalStoryId})`,
        provinceCode: sql`coalesce(${cases.provinceCode}, ${source.provinceCode})`,
        updatedAt: now,
      })
      .where(and(eq(cases.id, targetId), isNull(cases.mergedIntoId)))
      .returning(),
    db.insert(auditLog).values([
      auditRow(editor.id, 'case.merge', sourceId, { mergedIntoId: null, reportCount: source.reportCount }, { mergedIntoId: targetId, ...(opts.matchId ? { matchId: opts.matchId } : {}) }, now),
      auditRow(editor.id, 'case.merge_in', targetId, { reportCount: target.reportCount }, { mergedFromId: sourceId }, now),
    ]),
  ]));
  const row = updatedTarget[0];
  if (!row) throw new AppError('CONFLICT', `Case #${targetId} changed while merging; try again`, { extra: { currentState: 'merged' } });
  return row;
}

export type CaseMergeRow = typeof caseMerges.$inferSelect;

/** The merge of `sourceId` that can still be undone: its latest one, if the case is still merged by it. */
export async function undoableMerge(db: Db, sourceId: number): Promise<CaseMergeRow | null> {
  const [row] = await db
    .select({ merge: caseMerges })
    .from(caseMerges)
    .innerJoin(cases, eq(cases.id, caseMerges.sourceId))
    .where(and(eq(caseMerges.sourceId, sourceId), isNull(caseMerges.undoneAt), eq(cases.mergedIntoId, caseMerges.targetId)))
    .orderBy(desc(caseMerges.createdAt), desc(caseMerges.id))
    .limit(1);
  return row?.merge ?? null;
}

const idList = (json: string): number[] => {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
};

/** First and last report time of a case, from its reports (kept as they were when it has none). */
const seenFrom = (caseId: number, fn: 'min' | 'max', column: typeof cases.firstSeenAt | typeof cases.lastSeenAt) =>
  sql`coalesce((SELECT ${sql.raw(fn)}(${reports.createdAt}) FROM ${reports} WHERE ${reports.caseId} = ${caseId}), ${column})`;

/**
 * Undo a merge ("Tách lại"): exactly the reports, notes and re-pointed cases the merge moved go
 * back to `sourceId` (those still on the target; reports that arrived since stay there), both
 * counts and first/last seen are recomputed, the source is live again, the candidate it came
 * from is open again, and both cases' histories say so. One batch; 409 if the target was since
 * merged on (undo that first).
 */
export async function unmergeCase(db: Db, sourceId: number, editor: SessionUser, now = Date.now()): Promise<CaseRow> {
  const source = await findVisibleCase(db, sourceId, editor);
  if (source.mergedIntoId === null) throw new AppError('CONFLICT', `Case #${sourceId} is not merged`, { extra: { currentState: source.status } });
  const merge = await undoableMerge(db, sourceId);
  if (!merge) throw new AppError('CONFLICT', `The merge of case #${sourceId} was not recorded, so it cannot be undone; move its reports by hand`, { extra: { currentState: 'merged' } });
  const [target] = await db.select().from(cases).where(eq(cases.id, merge.targetId));
  if (!target) throw new AppError('NOT_FOUND', `No case #${merge.targetId}`);
  assertInProvinceScope(editor, target.provinceCode, `case #${target.id}`);
  refuseMerged(target);
  const targetId = target.id;
  const movedReports = idList(merge.movedReports);
  const movedNotes = idList(merge.movedNotes);
  const repointed = idList(merge.repointedCases);
  const none = [-1]; // `IN ()` is not SQL; no id is -1.
  const countOf = (id: number) => sql`(SELECT count(*) FROM ${reports} WHERE ${reports.caseId} = ${id})`;
  const [, , , , , restored] = await guarded(db, sourceId, () => db.batch([
    db.update(cases).set({ mergedIntoId: null, updatedAt: now }).where(and(eq(cases.id, sourceId), eq(cases.mergedIntoId, targetId))),
    guardChanged(db, sourceId),
    db.update(reports).set({ caseId: sourceId }).where(and(inArray(reports.id, movedReports.length ? movedReports : none), eq(reports.caseId, targetId))),
    db.update(caseNotes).set({ caseId: sourceId }).where(and(inArray(caseNotes.id, movedNotes.length ? movedNotes : none), eq(caseNotes.caseId, targetId))),
    db.update(cases).set({ mergedIntoId: sourceId, updatedAt: now }).where(and(inArray(cases.id, repointed.length ? repointed : none), eq(cases.mergedIntoId, targetId))),
    db
      .update(cases)
      .set({ reportCount: countOf(sourceId), firstSeenAt: seenFrom(sourceId, 'min', cases.firstSeenAt), lastSeenAt: seenFrom(sourceId, 'max', cases.lastSeenAt), updatedAt: now })
      .where(eq(cases.id, sourceId))
      .returning(),
    db
      .update(cases)
      .set({
        reportCount: countOf(targetId),
        firstSeenAt: seenFrom(targetId, 'min', cases.firstSeenAt),
        lastSeenAt: seenFrom(targetId, 'max', cases.lastSeenAt),
        // What the merge filled in from the source goes back to empty.
        rebuttalStoryId: merge.targetRebuttalStoryId === null && target.rebuttalStoryId === source.rebuttalStoryId ? null : target.rebuttalStoryId,
        provinceCode: merge.targetProvinceCode === null && target.provinceCode === source.provinceCode ? null : target.provinceCode,
        updatedAt: now,
      })
      .where(eq(cases.id, targetId)),
    db.update(caseMerges).set({ undoneAt: now, undoneBy: editor.id }).where(eq(caseMerges.id, merge.id)),
    db.update(claimMatches).set({ status: 'open', decidedBy: null, decidedAt: null }).where(and(eq(claimMatches.id, merge.matchId ?? -1), eq(claimMatches.status, 'accepted'))),
    db.insert(auditLog).values([
      auditRow(editor.id, 'case.unmerge', sourceId, { mergedIntoId: targetId }, { mergedIntoId: null, reportCount: movedReports.length }, now),
      auditRow(editor.id, 'case.unmerge_out', targetId, { reportCount: target.reportCount }, { unmergedId: sourceId }, now),
    ]),
  ]));
  const row = restored[0];
  if (!row) throw new AppError('CONFLICT', `Case #${sourceId} changed while unmerging; try again`, { extra: { currentState: 'changed' } });
  return row;
}

/** The recorded merges into `targetId` that can still be undone (their source still points here). */
export async function undoableMergesInto(db: Db, targetId: number): Promise<{ sourceId: number; createdAt: number }[]> {
  const rows = await db
    .select({ sourceId: caseMerges.sourceId, createdAt: caseMerges.createdAt, id: caseMerges.id })
    .from(caseMerges)
    .innerJoin(cases, eq(cases.id, caseMerges.sourceId))
    .where(and(eq(caseMerges.targetId, targetId), isNull(caseMerges.undoneAt), eq(cases.mergedIntoId, targetId)))
    .orderBy(desc(caseMerges.createdAt), desc(caseMerges.id));
  // A case merged, split and merged again has one live record: the latest per source.
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.sourceId) && seen.add(r.sourceId)).map(({ sourceId, createdAt }) => ({ sourceId, createdAt }));
}
