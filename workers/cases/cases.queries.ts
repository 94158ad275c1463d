import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { alias } from 'drizzle-orm/sqlite-core';
import { auditLog, caseNotes, cases, reports, stories, users, type CaseStatus } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { canonicalSearchUrl } from '../reports/canonical-url';
import type { SessionUser } from '../core/types';
import { assertInProvinceScope, inProvinceScope } from '../auth/province-scope';
import { guardChanged, guarded } from './batch-guard';
import { isVerdict, needsSummary, reachableFrom, stepsTo } from './case-status';
import type { ListCasesQuery, PatchCase } from './cases.schemas';
import { editsArePending } from '../editorial/pending';
import { assertRebuttalReplies } from '../editorial/replies';

export type CaseRow = typeof cases.$inferSelect;

export const DEFAULT_PAGE_SIZE = 25;

/**
 * Text search without LIKE: D1 refuses LIKE/GLOB patterns over 50 bytes, and a
 * pasted link is longer than that. `instr()` takes any length; `lower()` folds
 * only ASCII in SQLite, so the text as typed is tried as well (Vietnamese capitals).
 */
function contains(col: SQLWrapper, q: string): SQL {
  return sql`(instr(lower(${col}), ${q.toLowerCase()}) > 0 OR instr(${col}, ${q}) > 0)`;
}

function textMatch(q: string): SQL | undefined {
  // A pasted link finds its case through the canonical form reports are grouped under.
  const canonical = canonicalSearchUrl(q);
  return or(
    canonical ? eq(cases.canonicalUrl, canonical) : undefined,
    // A linkless case's key (`claim:text:<hex>`) is not something anyone types; its text is searched through its reports.
    and(sql`substr(${cases.canonicalUrl}, 1, 6) <> 'claim:'`, contains(cases.canonicalUrl, q)),
    contains(sql`coalesce(${cases.claim}, '')`, q),
    contains(sql`coalesce(${cases.verdictSummary}, '')`, q),
    sql`EXISTS (SELECT 1 FROM ${reports} WHERE ${reports.caseId} = ${cases.id} AND (${contains(reports.description, q)} OR ${contains(reports.url, q)}))`,
  );
}

function listFilters(f: ListCasesQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [isNull(cases.mergedIntoId)];
  if (f.status === 'open') where.push(inArray(cases.status, ['new', 'reviewing']));
  else if (f.status && f.status !== 'all') where.push(eq(cases.status, f.status));
  if (f.category) where.push(eq(cases.category, f.category));
  if (f.platform) where.push(eq(cases.platform, f.platform));
  if (f.province) where.push(eq(cases.provinceCode, f.province));
  if (f.assignee === 'none') where.push(isNull(cases.assigneeId));
  else if (f.assignee) where.push(eq(cases.assigneeId, f.assignee));
  if (f.q) where.push(textMatch(f.q));
  return and(...where);
}

const listColumns = {
  id: cases.id,
  canonicalUrl: cases.canonicalUrl,
  /** For a case without a link: its claim, else its first report's copied message (one indexed look-up per listed row). */
  claimText: sql<string | null>`CASE WHEN substr(${cases.canonicalUrl}, 1, 11) = 'claim:text:' THEN coalesce(${cases.claim}, (
    SELECT r.description FROM ${reports} r WHERE r.case_id = ${cases.id} AND r.url = '' AND r.description <> '' ORDER BY r.created_at, r.id LIMIT 1
  )) END`,
  platform: cases.platform,
  category: cases.category,
  provinceCode: cases.provinceCode,
  status: cases.status,
  reportCount: cases.reportCount,
  firstSeenAt: cases.firstSeenAt,
  lastSeenAt: cases.lastSeenAt,
  verdictAt: cases.verdictAt,
  rebuttalStoryId: cases.rebuttalStoryId,
  assigneeId: cases.assigneeId,
  assigneeName: users.name,
};

/** The triage list: most-reported first by default, merged cases left out. */
export async function listCases(db: Db, f: ListCasesQuery) {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? DEFAULT_PAGE_SIZE;
  const where = listFilters(f);
  const order =
    f.sort === 'recent'
      ? [desc(cases.lastSeenAt), desc(cases.id)]
      : f.sort === 'oldest'
        ? [asc(cases.firstSeenAt), asc(cases.id)]
        : [desc(cases.reportCount), desc(cases.lastSeenAt), desc(cases.id)];
  const [items, [total]] = await db.batch([
    db
      .select(listColumns)
      .from(cases)
      .leftJoin(users, eq(users.id, cases.assigneeId))
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(cases).where(where),
  ]);
  return { items, page, pageSize, total: total?.n ?? 0 };
}
export type CaseListItem = Awaited<ReturnType<typeof listCases>>['items'][number];

export async function findCase(db: Db, id: number): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND', `No case #${id}`);
  return row;
}

/** A case `viewer` may work on: 404 if there is none, 403 if it is outside their province (see province-scope.ts). */
export async function findVisibleCase(db: Db, id: number, viewer: SessionUser): Promise<CaseRow> {
  const row = await findCase(db, id);
  assertInProvinceScope(viewer, row.provinceCode, `case #${id}`);
  return row;
}

/** Merged cases are read-only: their reports live on the case they were merged into. */
export function refuseMerged(row: CaseRow): void {
  if (row.mergedIntoId !== null) {
    throw new AppError('CONFLICT', `Case #${row.id} was merged into case #${row.mergedIntoId}`, {
      extra: { currentState: 'merged', mergedIntoId: row.mergedIntoId },
    });
  }
}

const actor = alias(users, 'actor');

/**
 * Everything an editor needs to work a case: its reports (with private contact), notes and history.
 * A reporter's contact is shown only to editors whose scope covers the province that reporter named.
 */
export async function caseDetail(db: Db, id: number, viewer: SessionUser) {
  const row = await findVisibleCase(db, id, viewer);
  const [caseReports, notes, history, assignee, rebuttal, mergedFrom] = await db.batch([
    db
      .select({
        id: reports.id,
        url: reports.url,
        platform: reports.platform,
        category: reports.category,
        description: reports.description,
        provinceCode: reports.provinceCode,
        contact: reports.contact,
        hasScreenshot: sql<number>`${reports.screenshotKey} IS NOT NULL`,
        createdAt: reports.createdAt,
      })
      .from(reports)
      .where(eq(reports.caseId, id))
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(500),
    db
      .select({ id: caseNotes.id, body: caseNotes.body, createdAt: caseNotes.createdAt, authorId: caseNotes.authorId, authorName: users.name })
      .from(caseNotes)
      .leftJoin(users, eq(users.id, caseNotes.authorId))
      .where(eq(caseNotes.caseId, id))
      .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id)),
    db
      .select({ id: auditLog.id, action: auditLog.action, target: auditLog.target, before: auditLog.before, after: auditLog.after, createdAt: auditLog.createdAt, actorId: auditLog.actorId, actorName: actor.name })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .where(eq(auditLog.target, `case:${id}`))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(200),
    db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.assigneeId ?? '')),
    db
      .select({ id: stories.id, slug: stories.slug, title: stories.title, status: stories.status, publishedAt: stories.publishedAt })
      .from(stories)
      .where(eq(stories.id, row.rebuttalStoryId ?? 0)),
    db.select({ id: cases.id, canonicalUrl: cases.canonicalUrl }).from(cases).where(eq(cases.mergedIntoId, id)),
  ]);
  return {
    case: row,
    assignee: assignee[0] ?? null,
    rebuttal: rebuttal[0] ?? null,
    reports: caseReports.map((r) => ({
      ...r,
      contact: inProvinceScope(viewer, r.provinceCode) ? r.contact : null,
      hasScreenshot: Boolean(r.hasScreenshot),
    })),
    notes,
    history,
    mergedFrom,
  };
}
export type CaseDetail = Awaited<ReturnType<typeof caseDetail>>;

/** Editors and admins who can be assigned a case. */
export async function listEditors(db: Db) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ['editor', 'admin']), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
}

export function auditRow(actorId: string, action: string, caseId: number, before: Record<string, unknown> | null, after: Record<string, unknown> | null, now: number) {
  return { actorId, action, target: `case:${caseId}`, before, after, createdAt: now };
}

type Changes = Partial<Pick<CaseRow, 'status' | 'category' | 'assigneeId' | 'claim' | 'verdictSummary' | 'rebuttalStoryId' | 'verdictAt'>>;

/**
 * Apply an editor's PATCH: status moves only along `caseTransitions` (409 naming the
 * current state otherwise); the update, the note and the audit entry are one batch.
 */
export async function updateCase(db: Db, id: number, patch: PatchCase, editor: SessionUser, now = Date.now()): Promise<CaseRow> {
  const current = await findVisibleCase(db, id, editor);
  refuseMerged(current);
  const changes: Changes = {};
  /** Statuses passed through on the way (a new case decided in one step passes `reviewing`). */
  let via: CaseStatus[] = [];
  if (patch.status !== undefined && patch.status !== current.status) {
    const steps = stepsTo(current.status, patch.status);
    if (!steps) {
      throw new AppError('CONFLICT', `A case in state "${current.status}" cannot move to "${patch.status}"`, {
        extra: { currentState: current.status, allowed: reachableFrom(current.status) },
      });
    }
    via = steps.slice(0, -1);
    changes.status = patch.status;
    if (isVerdict(patch.status) && current.verdictAt === null) changes.verdictAt = now;
  }
  const finalStatus: CaseStatus = changes.status ?? current.status;
  if (patch.verdictSummary !== undefined && (patch.verdictSummary || null) !== current.verdictSummary) changes.verdictSummary = patch.verdictSummary || null;
  if (patch.claim !== undefined && (patch.claim || null) !== current.claim) changes.claim = patch.claim || null;
  if (patch.category !== undefined && patch.category !== current.category) changes.category = patch.category;
  if (changes.status && needsSummary(finalStatus) && !('verdictSummary' in changes ? changes.verdictSummary : current.verdictSummary)) {
    throw AppError.field('verdictSummary', `Write a verdict summary before marking the case "${finalStatus}"`);
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== current.assigneeId) {
    if (patch.assigneeId !== null) {
      const [person] = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, patch.assigneeId), inArray(users.role, ['editor', 'admin']), isNull(users.disabledAt)));
      if (!person) throw AppError.field('assigneeId', 'Cases can only be assigned to an active editor');
    }
    changes.assigneeId = patch.assigneeId;
  }
  if (patch.rebuttalStoryId !== undefined && patch.rebuttalStoryId !== current.rebuttalStoryId) {
    if (patch.rebuttalStoryId !== null) {
      const [story] = await db
        .select({ category: stories.categoryCode, status: stories.status, replies: stories.replies })
        .from(stories)
        .where(eq(stories.id, patch.rebuttalStoryId));
      if (!story) throw AppError.field('rebuttalStoryId', `No story #${patch.rebuttalStoryId}`);
      if (story.category !== 'rebuttal') throw AppError.field('rebuttalStoryId', 'The linked story must be in the rebuttal category');
      // A story already approved skipped the rebuttal's reply rule at approval: it must meet it now (a draft meets it when approved).
      if (editsArePending(story.status)) assertRebuttalReplies(story.replies);
    }
    changes.rebuttalStoryId = patch.rebuttalStoryId;
  }
  if (Object.keys(changes).length === 0 && !patch.note) return current;

  const before: Record<string, unknown> = Object.fromEntries(Object.keys(changes).map((k) => [k, current[k as keyof Changes]]));
  // Each status passed through is its own audited move, in order, in the same batch: the history
  // reads "Mới → Đang xem xét", then "Đang xem xét → Sai sự thật".
  let from: CaseStatus = current.status;
  const passedThrough = via.map((to) => {
    const row = auditRow(editor.id, 'case.update', id, { status: from }, { status: to }, now);
    from = to;
    return row;
  });
  if (via.length > 0) before.status = from;
  // The status guard makes a concurrent, conflicting transition fail instead of both winning.
  const update = db
    .update(cases)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(cases.id, id), eq(cases.status, current.status), isNull(cases.mergedIntoId)))
    .returning();
  const writes: BatchItem<'sqlite'>[] = [];
  if (Object.keys(changes).length > 0) writes.push(db.insert(auditLog).values([...passedThrough, auditRow(editor.id, 'case.update', id, before, changes, now)]));
  if (patch.note) {
    writes.push(db.insert(caseNotes).values({ caseId: id, authorId: editor.id, body: patch.note, createdAt: now }));
    writes.push(db.insert(auditLog).values(auditRow(editor.id, 'case.note', id, null, { note: patch.note.slice(0, 200) }, now)));
  }
  // Writes only land if the guarded update did: a failed guard throws inside the batch and rolls everything back.
  const [updated] = await guarded(db, id, () => db.batch([update, guardChanged(db, id), ...writes]));
  const row = updated[0];
  if (!row) throw new AppError('CONFLICT', `Case #${id} changed while you were editing it; reload and try again`, { extra: { currentState: 'changed' } });
  return row;
}
