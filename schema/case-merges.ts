import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { claimMatches } from './claims';
import { cases } from './reports';
import { users } from './users';

/**
 * One merge as it happened, so it can be undone exactly ("Tách lại"): which reports, notes and
 * previously-merged cases moved from `source` to `target` (JSON arrays of ids, captured inside
 * the merge's own D1 batch, before the move), and what the target looked like before.
 * Unmerge moves back exactly those rows and recomputes both counts; `undoneAt` marks it spent.
 */
export const caseMerges = sqliteTable(
  'case_merges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    targetId: integer('target_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The "Có thể cùng nội dung" candidate this merge accepted, if it came from one. */
    matchId: integer('match_id').references(() => claimMatches.id, { onDelete: 'set null' }),
    movedReports: text('moved_reports').notNull().default('[]'),
    movedNotes: text('moved_notes').notNull().default('[]'),
    /** Cases that had been merged into the source and were re-pointed at the target. */
    repointedCases: text('repointed_cases').notNull().default('[]'),
    /** The target's rebuttal and province before the merge (the merge may have filled them from the source). */
    targetRebuttalStoryId: integer('target_rebuttal_story_id'),
    targetProvinceCode: text('target_province_code'),
    mergedBy: text('merged_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    undoneBy: text('undone_by').references(() => users.id, { onDelete: 'set null' }),
    undoneAt: integer('undone_at'),
  },
  (t) => [index('case_merges_source_idx').on(t.sourceId, t.createdAt), index('case_merges_target_idx').on(t.targetId)],
);
