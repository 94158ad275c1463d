import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stringList, timestamps } from './columns';
import { categories, provinces } from './geo';
import { users } from './users';

export const storyStatuses = ['draft', 'submitted', 'scheduled', 'published', 'rejected', 'archived'] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const sourceTypes = ['document', 'event', 'interview', 'other'] as const;
export type SourceType = (typeof sourceTypes)[number];

export const stories = sqliteTable(
  'stories',
  {
    // NOTE: an INTEGER key so the FTS5 index can use it as its rowid.
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Unique ASCII slug from the title (`đ` → `d`), suffixed on collision. */
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown source (safe subset); `bodyHtml` is its sanitised rendering, made on save. */
    body: text('body').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''),
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    /** Optional commune/ward (xã/phường) as free text. */
    commune: text('commune'),
    tags: stringList('tags'),
    coverKey: text('cover_key'),
    coverAlt: text('cover_alt'),
    /**
     * R2 base key of the list thumbnail (`thumbs/t1-c-…` of the cover, or `thumbs/t1-k-…` of the share
     * card), files `<key>-1x.jpg` / `<key>-2x.jpg`. Set by workers/media/thumbs.ts once both exist; NULL
     * until then (the feed shows an empty box and the cron backfill makes it).
     */
    thumbKey: text('thumb_key'),
    /** Provenance: where the facts come from, and whether the people in it agreed to be featured. */
    sourceType: text('source_type', { enum: sourceTypes }),
    sourceDetail: text('source_detail'),
    consent: integer('consent', { mode: 'boolean' }).notNull().default(false),
    /** The writer agreed to be named as the author on the public page ("Hiện tên tôi là tác giả"); off unless ticked. */
    showAuthor: integer('show_author', { mode: 'boolean' }).notNull().default(false),
    /** Up to 3 suggested captions for sharing, and hashtags without `#`. */
    captions: stringList('captions'),
    hashtags: stringList('hashtags'),
    /**
     * Reply kit: for a rebuttal story, 2–3 short courteous replies (≤ 300 characters each, the link
     * included or added when shown) a member pastes under the false post. Part of the story's
     * content, so written and approved with it (four-eyes) and checked against the tone rules.
     */
    replies: stringList('replies'),
    status: text('status', { enum: storyStatuses }).notNull().default('draft'),
    publishedAt: integer('published_at'),
    publishedBy: text('published_by').references(() => users.id),
    scheduledAt: integer('scheduled_at'),
    /** When it last entered `submitted`: the review queue is oldest first by this. */
    submittedAt: integer('submitted_at'),
    authorId: text('author_id').references(() => users.id),
    rejectionReason: text('rejection_reason'),
    archiveReason: text('archive_reason'),
    /** Editors may pin a story to the top of the feed until this time. */
    pinnedUntil: integer('pinned_until'),
    /** Bumped on every save; a PATCH must carry the revision it started from. */
    revision: integer('revision').notNull().default(1),
    /** The approved revision readers see; its content is what this row holds. Null until first approved. */
    liveRevision: integer('live_revision'),
    // NOTE: an edit of a published or scheduled story does not touch this row's content: it is saved
    // only in story_revisions and waits here for a second editor (four-eyes); approval copies it in.
    pendingRevision: integer('pending_revision'),
    ...timestamps,
  },
  (t) => [
    // Feed keyset pagination: every public listing walks one of these in order.
    index('stories_feed_idx').on(t.status, t.publishedAt, t.id),
    index('stories_province_feed_idx').on(t.status, t.provinceCode, t.publishedAt, t.id),
    index('stories_category_feed_idx').on(t.status, t.categoryCode, t.publishedAt, t.id),
    index('stories_author_idx').on(t.authorId, t.status),
    index('stories_scheduled_idx').on(t.status, t.scheduledAt),
    index('stories_queue_idx').on(t.status, t.submittedAt),
    // The feed's pinned block: published stories whose pin has not run out.
    index('stories_pinned_idx').on(t.status, t.pinnedUntil),
    // Search: the key of every full-text match (by id) with what ranking and the filters read, so an arm
    // sorts its matches from this narrow index instead of reading every matching story row.
    index('stories_search_key_idx').on(t.id, t.status, t.publishedAt, t.provinceCode, t.categoryCode),
    // The review queue's second half: public stories with an edit awaiting approval.
    index('stories_pending_idx').on(t.pendingRevision),
    // The thumbnail backfill: published stories still without one, newest first.
    index('stories_thumb_todo_idx').on(t.status, t.thumbKey, t.publishedAt),
  ],
);

/**
 * One row per (tag, story) so the tag filter can use an index. Kept in step with
 * `stories.tags` by SQL triggers (migration schema/migrations/0005_search.sql): writers never touch it.
 */
export const storyTags = sqliteTable(
  'story_tags',
  {
    tag: text('tag').notNull(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    // NOTE: a copy of stories.published_at while the story is published, NULL otherwise (triggers keep it),
    // so a tag page walks story_tags_feed_idx in feed order instead of sorting every story with the tag.
    publishedAt: integer('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tag, t.storyId] }),
    index('story_tags_story_idx').on(t.storyId),
    index('story_tags_feed_idx').on(t.tag, t.publishedAt, t.storyId),
  ],
);

/** Full content at each save: who, when, what. Restoring makes a new revision. */
export const storyRevisions = sqliteTable(
  'story_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    /** Who saved this revision: the four-eyes rule keeps them from approving it. */
    editorId: text('editor_id').references(() => users.id),
    /** JSON snapshot of every editable field at this revision. */
    content: text('content', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** For an edit of a public story: the dated correction note proposed with it (sent on approval). */
    correctionNote: text('correction_note'),
    /** Set when a second editor made this revision the live one. */
    approvedBy: text('approved_by').references(() => users.id),
    approvedAt: integer('approved_at'),
    /** Set when a pending edit was turned down (the live revision stayed); the reason is shown to its writers. */
    rejectedBy: text('rejected_by').references(() => users.id),
    rejectedAt: integer('rejected_at'),
    rejectionReason: text('rejection_reason'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('story_revisions_story_idx').on(t.storyId, t.revision)],
);

/**
 * The name readers see for each tag slug ("Tình nguyện" for `tinh-nguyen`): the first name a
 * writer gave it wins (workers/stories/tag-names.ts, in the same batch as the story write).
 */
export const tagNames = sqliteTable('tag_names', {
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
  // NOTE: true for names made from the slug by the backfill migration; a real name replaces them.
  guessed: integer('guessed', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
});
