import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { provinces } from './geo';
import { units } from './units';
import { users } from './users';

export const lessonStatuses = ['draft', 'submitted', 'published', 'rejected', 'archived'] as const;
export type LessonStatus = (typeof lessonStatuses)[number];

/** One answer offered to a question, with why it is (or is not) right: shown after answering. */
export type LessonOption = { text: string; explanation: string };
/**
 * One multiple-choice question; `correct` is the index of the right option (0-based), null
 * while a draft has none chosen yet (a lesson is submitted and published only with one).
 */
export type LessonQuestion = { prompt: string; options: LessonOption[]; correct: number | null };
/** A finished question, as every published lesson has them. */
export type CompleteLessonQuestion = LessonQuestion & { correct: number };
/** Everything an editor writes and a second editor approves (the four-eyes unit). */
export type LessonContent = { title: string; summary: string; body: string; questions: LessonQuestion[] };
/** Content whose every question is finished (the seed's demo lesson, fixtures). */
export type CompleteLessonContent = Omit<LessonContent, 'questions'> & { questions: CompleteLessonQuestion[] };

/**
 * A lesson on the rules members follow online, with its short quiz (5–10 questions).
 * Written and published through the same four-eyes review as stories: whoever wrote the
 * content (`last_editor_id`) cannot approve it. The row holds what readers see; an edit of a
 * published lesson waits in `pending_content` until a second editor approves it.
 */
export const lessons = sqliteTable(
  'lessons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** ASCII slug for `/hoc/:slug` (`/learn/:slug`). */
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown in the story renderer's safe subset; `body_html` is its rendering, made on save. */
    body: text('body').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''),
    questions: text('questions', { mode: 'json' }).$type<LessonQuestion[]>().notNull().default([]),
    status: text('status', { enum: lessonStatuses }).notNull().default('draft'),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who last changed the content: the one person who may not approve it. */
    lastEditorId: text('last_editor_id').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: integer('submitted_at'),
    publishedAt: integer('published_at'),
    approvedBy: text('approved_by').references(() => users.id, { onDelete: 'set null' }),
    rejectionReason: text('rejection_reason'),
    /** An edit of a published lesson awaiting a second editor; null when none. */
    pendingContent: text('pending_content', { mode: 'json' }).$type<LessonContent>(),
    pendingBy: text('pending_by').references(() => users.id, { onDelete: 'set null' }),
    /** Bumped on every save; a save must carry the revision it started from. */
    revision: integer('revision').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('lessons_status_idx').on(t.status, t.publishedAt)],
);

/**
 * Every quiz a signed-in member submitted (anonymous readers can take a quiz; nothing is kept).
 * `unit_id`/`province_code` are the member's at the time, so a later move does not rewrite history.
 */
export const lessonAttempts = sqliteTable(
  'lesson_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').references(() => units.id),
    provinceCode: text('province_code').references(() => provinces.code),
    /** The option index chosen per question, in question order. */
    answers: text('answers', { mode: 'json' }).$type<number[]>().notNull(),
    correct: integer('correct').notNull(),
    total: integer('total').notNull(),
    /** Whole percent, rounded down: 80 or more completes the lesson. */
    percent: integer('percent').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('lesson_attempts_user_idx').on(t.userId, t.lessonId, t.createdAt)],
);

/**
 * A member's first pass of a lesson (one row per lesson and member), what `/me` and the
 * dashboard count: completion per unit and province, never a ranking of people.
 */
export const lessonCompletions = sqliteTable(
  'lesson_completions',
  {
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').references(() => units.id),
    provinceCode: text('province_code').references(() => provinces.code),
    percent: integer('percent').notNull(),
    completedAt: integer('completed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lessonId, t.userId] }),
    index('lesson_completions_unit_idx').on(t.lessonId, t.unitId),
    index('lesson_completions_province_idx').on(t.lessonId, t.provinceCode),
  ],
);
