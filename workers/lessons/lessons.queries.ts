// D1 access for lessons: reads for the desk and campaigns, and the guarded writes the
// workflow uses. Every write is one batch: a conditional UPDATE (id + revision/state it
// started from) and its audit entry, written only when the UPDATE changed the row.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { lessons, type LessonStatus } from '../../schema';
import type { AuditEntry } from '../audit/audit.queries';
import { d1Batch, type Db } from '../core/db';
import { auditIfChanged } from '../editorial/editorial.queries';
import { slugify } from '../stories/text';

export type LessonRow = typeof lessons.$inferSelect;

export async function lessonById(db: Db, id: number): Promise<LessonRow | undefined> {
  return db.select().from(lessons).where(eq(lessons.id, id)).get();
}

/** The desk's list: every lesson, newest first (by last change). */
export async function listLessons(db: Db): Promise<LessonRow[]> {
  return db.select().from(lessons).orderBy(desc(lessons.updatedAt), desc(lessons.id)).all();
}

/** Published lessons a campaign may point to: id, slug, title, newest first. */
export async function publishedLessonChoices(db: Db): Promise<{ id: number; slug: string; title: string }[]> {
  return db
    .select({ id: lessons.id, slug: lessons.slug, title: lessons.title })
    .from(lessons)
    .where(eq(lessons.status, 'published'))
    .orderBy(desc(lessons.publishedAt), desc(lessons.id))
    .all();
}

/** Slug and title of the published lessons among `ids` (campaign views), keyed by id. */
export async function publishedLessonsByIds(db: Db, ids: number[]): Promise<Map<number, { id: number; slug: string; title: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: lessons.id, slug: lessons.slug, title: lessons.title })
    .from(lessons)
    .where(and(inArray(lessons.id, unique), eq(lessons.status, 'published')))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * A free address for a new lesson: the title's slug, or with `-2`, `-3`… after it.
 * Exact matches only (never a LIKE built from the slug: D1 refuses long patterns).
 */
export async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title, 70);
  const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)];
  const taken = new Set(
    (await db.select({ slug: lessons.slug }).from(lessons).where(inArray(lessons.slug, candidates)).all()).map((r) => r.slug),
  );
  return candidates.find((s) => !taken.has(s)) ?? `${base}-${crypto.randomUUID().slice(0, 8)}`;
}

export async function insertLesson(db: Db, values: typeof lessons.$inferInsert & { slug: string; title: string }, audit: AuditEntry, now: number): Promise<number> {
  const [inserted] = await d1Batch(db, [
    db.insert(lessons).values(values).returning({ id: lessons.id }),
    // The slug is unique, so the entry finds the new row by it, in the same transaction.
    sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
      SELECT ${audit.actorId}, ${audit.action}, 'lesson:' || id, NULL, ${JSON.stringify(audit.after ?? null)}, ${now} FROM lessons WHERE slug = ${values.slug}`,
  ]);
  const id = (inserted?.results[0] as { id: number } | undefined)?.id;
  if (id === undefined) throw new Error('Lesson insert returned no id');
  return id;
}

/**
 * Change a lesson only if it is still at `from.revision` (and, when given, in `from.status`);
 * false when someone else changed it first. The audit entry is written only with the change.
 */
export async function updateLessonIf(
  db: Db,
  id: number,
  from: { revision: number; status?: LessonStatus },
  set: Partial<typeof lessons.$inferInsert>,
  audit: AuditEntry,
  now: number,
): Promise<boolean> {
  const guard = [eq(lessons.id, id), eq(lessons.revision, from.revision)];
  if (from.status) guard.push(eq(lessons.status, from.status));
  const [update] = await d1Batch(db, [
    db
      .update(lessons)
      .set({ ...set, updatedAt: now })
      .where(and(...guard))
      .returning({ id: lessons.id }),
    auditIfChanged(audit, now),
  ]);
  return update?.results.length === 1;
}
