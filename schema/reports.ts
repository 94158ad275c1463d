import { index, integer, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { stories } from './stories';
import { users } from './users';

export const reportPlatforms = ['facebook', 'zalo', 'tiktok', 'youtube', 'x', 'telegram', 'website', 'other'] as const;
export type ReportPlatform = (typeof reportPlatforms)[number];

export const reportCategories = [
  'false_news',
  'distortion',
  'incitement',
  'defamation',
  'scam',
  'leak_of_internal_documents',
  'other',
] as const;
export type ReportCategory = (typeof reportCategories)[number];

export const caseStatuses = ['new', 'reviewing', 'false', 'misleading', 'not_misinformation', 'referred'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** Statuses that carry a verdict (the case is decided). */
export const verdictStatuses = ['false', 'misleading', 'not_misinformation', 'referred'] as const;

/** Reports of the same content (same canonical URL) are worked as one case. */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    canonicalUrl: text('canonical_url').notNull().unique(),
    platform: text('platform', { enum: reportPlatforms }).notNull(),
    /** Category of the first report; editors may change it. */
    category: text('category', { enum: reportCategories }).notNull(),
    provinceCode: text('province_code'),
    status: text('status', { enum: caseStatuses }).notNull().default('new'),
    /** The claim under review, worded by editors (schema.org `claimReviewed`); reporters' text is never used for it. */
    claim: text('claim'),
    verdictSummary: text('verdict_summary'),
    assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    rebuttalStoryId: integer('rebuttal_story_id').references(() => stories.id, { onDelete: 'set null' }),
    reportCount: integer('report_count').notNull().default(0),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** When the case first got a verdict status (for time-to-verdict figures). */
    verdictAt: integer('verdict_at'),
    /** Set when merged: this case's reports now belong to that one. */
    mergedIntoId: integer('merged_into_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('cases_status_count_idx').on(t.status, t.reportCount),
    index('cases_count_idx').on(t.reportCount, t.lastSeenAt),
    // The missed-push sweep: decided cases changed in the last day (workers/push/missed-pushes.ts).
    index('cases_verdict_updated_idx').on(t.status, t.updatedAt),
  ],
);

export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    /** SHA-256 of the receipt token; the token itself is only ever in the reporter's hands. */
    receiptHash: text('receipt_hash').notNull().unique(),
    /** SHA-256 of the short code read aloud (`LT-7K3M-9QXA`, workers/reports/receipt.ts); null for reports older than codes. */
    codeHash: text('code_hash').unique(),
    url: text('url').notNull(),
    platform: text('platform', { enum: reportPlatforms }).notNull(),
    category: text('category', { enum: reportCategories }).notNull(),
    description: text('description').notNull().default(''),
    provinceCode: text('province_code'),
    /** Private: shown to editors only. */
    contact: text('contact'),
    screenshotKey: text('screenshot_key'),
    /** Keyed hash (HMAC with HASH_SECRET) of the reporter's IP; never the IP. */
    ipHash: text('ip_hash'),
    /** The reporter when signed in (so a push can tell them the verdict); null for anonymous reports and after erasure. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Set at intake when the claim matched a decided case with a published rebuttal, confidently
     * (score above the method's high threshold, or a pair an editor accepted): the receipt shows
     * that case's verdict and rebuttal at once, marked as automatic (workers/claims/).
     */
    autoCaseId: integer('auto_case_id').references((): AnySQLiteColumn => cases.id, { onDelete: 'set null' }),
    autoScore: real('auto_score'),
    autoMethod: text('auto_method', { enum: ['lexical', 'semantic', 'accepted'] }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('reports_case_idx').on(t.caseId, t.createdAt),
    index('reports_time_idx').on(t.createdAt),
    index('reports_user_idx').on(t.userId, t.createdAt),
  ],
);

export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);

/** Answers remembered for `Idempotency-Key` retries (24 hours). */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    /** SHA-256 of `<scope>:<key>`. */
    keyHash: text('key_hash').primaryKey(),
    status: integer('status').notNull(),
    response: text('response').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('idempotency_time_idx').on(t.createdAt)],
);
