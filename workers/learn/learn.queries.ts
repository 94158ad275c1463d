// D1 reads and writes of the member side of lessons: published lessons only (the row is what
// readers see; an edit waiting in `pending_content` is never shown), attempts and first passes.
import { and, desc, eq, sql } from 'drizzle-orm';
import { lessonAttempts, lessonCompletions, lessons, type LessonQuestion } from '../../schema';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';
import type { Score } from './scoring';

export type LessonListItem = { id: number; slug: string; title: string; summary: string; questionCount: number; publishedAt: number | null };
export type PublishedLesson = LessonListItem & { bodyHtml: string; questions: LessonQuestion[] };

const listColumns = {
  id: lessons.id,
  slug: lessons.slug,
  title: lessons.title,
  summary: lessons.summary,
  questionCount: sql<number>`json_array_length(${lessons.questions})`,
  publishedAt: lessons.publishedAt,
};

/** Every published lesson, newest first. */
export async function listPublishedLessons(db: Db): Promise<LessonListItem[]> {
  return db.select(listColumns).from(lessons).where(eq(lessons.status, 'published')).orderBy(desc(lessons.publishedAt), desc(lessons.id)).limit(100);
}

/** One published lesson by exact slug, or null (drafts, archived and unknown slugs alike). */
export async function publishedLessonBySlug(db: Db, slug: string): Promise<PublishedLesson | null> {
  const row = await db
    .select({ ...listColumns, bodyHtml: lessons.bodyHtml, questions: lessons.questions })
    .from(lessons)
    .where(and(eq(lessons.slug, slug), eq(lessons.status, 'published')))
    .get();
  return row ?? null;
}

export type Completion = { lessonId: number; percent: number; completedAt: number };

/** A member's first passes, by lesson id. */
export async function completionsOf(db: Db, userId: string): Promise<Map<number, Completion>> {
  const rows = await db
    .select({ lessonId: lessonCompletions.lessonId, percent: lessonCompletions.percent, completedAt: lessonCompletions.completedAt })
    .from(lessonCompletions)
    .where(eq(lessonCompletions.userId, userId));
  return new Map(rows.map((r) => [r.lessonId, r]));
}

export type Recorded = { stored: true; firstPass: boolean } | { stored: false; firstPass: false };

/**
 * Keeps a signed-in member's attempt and, on a pass, their first pass — in one batch, so
 * an attempt is never kept without its completion. `INSERT OR IGNORE` on (lesson, member)
 * makes a later pass (or two passes racing) leave the first completion as it was.
 * The unit and province are the member's now (a later move does not rewrite history).
 */
export async function recordAttempt(db: Db, lessonId: number, user: SessionUser, answers: number[], score: Score, now: number): Promise<Recorded> {
  const snapshot = { lessonId, userId: user.id, unitId: user.unitId, provinceCode: user.provinceCode };
  const attempt = db
    .insert(lessonAttempts)
    .values({ ...snapshot, answers, correct: score.correct, total: score.total, percent: score.percent, passed: score.passed, createdAt: now });
  if (!score.passed) {
    await attempt;
    return { stored: true, firstPass: false };
  }
  const [, completed] = await db.batch([
    attempt,
    db.insert(lessonCompletions).values({ ...snapshot, percent: score.percent, completedAt: now }).onConflictDoNothing().returning({ lessonId: lessonCompletions.lessonId }),
  ]);
  return { stored: true, firstPass: completed.length > 0 };
}
