import { and, eq, isNull, sql } from 'drizzle-orm';
import { auditLog, caseNotes, cases, reports } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { guard, guardChanged, guarded } from './batch-guard';
import { assertInProvinceScope } from '../auth/province-scope';
import { auditRow, findVisibleCase, refuseMerged, type CaseRow } from './cases.queries';

/**
 * Merge `sourceId` into `targetId`: reports and notes move, the target's count and
 * first/last seen are recomputed from its reports (exact even if reports arrive
 * meanwhile), and the source points at the target. Cases already merged into the
 * source are re-pointed, so `merged_into_id` always names a live case.
 */
export async function mergeCases(db: Db, sourceId: number, targetId: number, editor: SessionUser, now = Date.now()): Promise<CaseRow> {
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
  const [, , , , , , updatedTarget] = await guarded(db, sourceId, () => db.batch([
    db.update(cases).set({ mergedIntoId: targetId, reportCount: 0, updatedAt: now }).where(and(eq(cases.id, sourceId), isNull(cases.mergedIntoId))),
    guardChanged(db, sourceId),
    guard(db, targetId, isNull(cases.mergedIntoId)),
    db.update(reports).set({ caseId: targetId }).where(eq(reports.caseId, sourceId)),
    db.update(caseNotes).set({ caseId: targetId }).where(eq(caseNotes.caseId, sourceId)),
    db.update(cases).set({ mergedIntoId: targetId, updatedAt: now }).where(eq(cases.mergedIntoId, sourceId)),
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
      auditRow(editor.id, 'case.merge', sourceId, { mergedIntoId: null, reportCount: source.reportCount }, { mergedIntoId: targetId }, now),
      auditRow(editor.id, 'case.merge_in', targetId, { reportCount: target.reportCount }, { mergedFromId: sourceId }, now),
    ]),
  ]));
  const row = updatedTarget[0];
  if (!row) throw new AppError('CONFLICT', `Case #${targetId} changed while merging; try again`, { extra: { currentState: 'merged' } });
  return row;
}
