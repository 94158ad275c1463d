import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stringList, timestamps } from './columns';
import { provinces } from './geo';
import { lessons } from './lessons';
import { stories } from './stories';
import { users } from './users';

export const campaignStatuses = ['draft', 'active', 'ended'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/**
 * A time-bound theme that groups stories for members to share, with a target.
 * NOTE: `starts_on`/`ends_on` are Vietnam calendar days (`YYYY-MM-DD`, both inclusive),
 * not epoch times: a campaign runs for whole days, and its progress is summed over
 * `share_stats_daily.day`, which uses the same Vietnam days.
 */
export const campaigns = sqliteTable(
  'campaigns',
  {
    // NOTE: an INTEGER key because share_links/share_stats_daily carry `campaign_id` as an integer (0 = none).
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** ASCII slug for `/campaigns/:slug`; frozen once the campaign leaves draft (links are out there). */
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Without `#`; added to every caption shared from the campaign. */
    hashtags: stringList('hashtags'),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** At least one target is required to activate; null means "not measured against". */
    targetShares: integer('target_shares'),
    targetClicks: integer('target_clicks'),
    status: text('status', { enum: campaignStatuses }).notNull().default('draft'),
    coverKey: text('cover_key'),
    coverAlt: text('cover_alt'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * When members were told on their phones that it started (epoch ms), null until then. Set by
     * the one conditional UPDATE that decides it (workers/push/campaign-start.ts), so the start is
     * announced once however many times activation, edits or the daily cron look at it.
     */
    announcedAt: integer('announced_at'),
    /** A lesson members are asked to take before sharing ("Đọc trước khi chia sẻ"); null for none. */
    lessonId: integer('lesson_id').references(() => lessons.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('campaigns_status_idx').on(t.status, t.endsOn)],
);

/** The provinces a campaign targets. No rows means the whole country. */
export const campaignProvinces = sqliteTable(
  'campaign_provinces',
  {
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.provinceCode] }), index('campaign_provinces_province_idx').on(t.provinceCode)],
);

/** A campaign's stories in the order the editor chose (`position` 0, 1, 2…). */
export const campaignStories = sqliteTable(
  'campaign_stories',
  {
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.storyId] }),
    index('campaign_stories_order_idx').on(t.campaignId, t.position),
    index('campaign_stories_story_idx').on(t.storyId),
  ],
);

export const correctionKinds = ['corrected', 'withdrawn'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** A dated note on a story that was corrected in substance or withdrawn after publication. */
export const storyCorrections = sqliteTable(
  'story_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Id of the queue message that recorded it: a redelivered message finds its row and adds nothing. */
    eventId: text('event_id').notNull().unique(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: correctionKinds }).notNull(),
    note: text('note').notNull().default(''),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
  },
  // _time_idx: the missed-push sweep reads the last day's corrections (workers/push/missed-pushes.ts).
  (t) => [index('story_corrections_story_idx').on(t.storyId, t.createdAt), index('story_corrections_time_idx').on(t.createdAt)],
);

/** "A story you shared was corrected / withdrawn": one row per member and correction. */
export const memberNotices = sqliteTable(
  'member_notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    correctionId: integer('correction_id')
      .notNull()
      .references(() => storyCorrections.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    seenAt: integer('seen_at'),
  },
  (t) => [
    uniqueIndex('member_notices_once_idx').on(t.userId, t.correctionId),
    index('member_notices_unseen_idx').on(t.userId, t.seenAt, t.createdAt),
  ],
);
