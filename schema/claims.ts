import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './reports';
import { users } from './users';

/** How a candidate pair was found: word shingles (MinHash/LSH, always) or embeddings (Workers AI + Vectorize, optional). */
export const claimMatchMethods = ['lexical', 'semantic'] as const;
export type ClaimMatchMethod = (typeof claimMatchMethods)[number];

/** An editor's answer to a candidate: still open, accepted (merged or confirmed as the same claim), or rejected. */
export const claimMatchStatuses = ['open', 'accepted', 'rejected'] as const;
export type ClaimMatchStatus = (typeof claimMatchStatuses)[number];

/**
 * The LSH index: one row per (band bucket, case). A band key is `<band>:<hash of that band's
 * MinHash rows>` (workers/claims/minhash.ts). Two cases sharing any band key are candidates,
 * re-scored exactly before anyone sees them.
 */
export const claimBands = sqliteTable(
  'claim_bands',
  {
    bandKey: text('band_key').notNull(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bandKey, t.caseId] }), index('claim_bands_case_idx').on(t.caseId)],
);

/**
 * Candidate pairs shown on the desk as "Có thể cùng nội dung": `caseId` is the newer case,
 * `candidateId` the older one it may repeat. Unique per pair and method; the score is
 * the exact re-score (Jaccard of shingles for lexical, cosine for semantic), 0..1.
 */
export const claimMatches = sqliteTable(
  'claim_matches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    method: text('method', { enum: claimMatchMethods }).notNull(),
    score: real('score').notNull(),
    /** JSON array of the folded words both claims share (what the editor is shown), at most 20. */
    matchedWords: text('matched_words').notNull().default('[]'),
    status: text('status', { enum: claimMatchStatuses }).notNull().default('open'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: integer('decided_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('claim_matches_pair_uq').on(t.caseId, t.candidateId, t.method),
    index('claim_matches_candidate_idx').on(t.candidateId),
    index('claim_matches_open_idx').on(t.status, t.createdAt),
  ],
);

/**
 * Hub-wide settings editors change without a deploy, as key → JSON value (thresholds per
 * matching method: `claims.lexical.candidate`, `claims.lexical.high`, `claims.semantic.candidate`,
 * `claims.semantic.high`). Absent keys take the defaults in code (workers/claims/claim-settings.ts).
 */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at').notNull(),
});
