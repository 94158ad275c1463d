import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stories } from './stories';
import { users } from './users';

export const shareChannels = ['facebook', 'zalo', 'x', 'telegram', 'copy', 'download', 'webshare', 'other', 'messenger'] as const;
export type ShareChannel = (typeof shareChannels)[number];

/** One tracked link per share: `/l/:code` redirects to the story and counts the click. */
export const shareLinks = sqliteTable(
  'share_links',
  {
    code: text('code').primaryKey(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: shareChannels }).notNull(),
    /** The member who shared (null when anonymous); province and unit are snapshots at share time. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    provinceCode: text('province_code'),
    unit: text('unit'),
    /** The sharer's unit id at share time (null: anonymous or no unit); leaderboards count by it. */
    unitId: integer('unit_id'),
    campaignId: integer('campaign_id'),
    /** Exact click count for this link, applied in batches by the click consumer. */
    clicks: integer('clicks').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    /**
     * Who shared what where: `<reader>:<story>:<channel>:<campaign>`, the reader being `u:<user id>` or
     * `a:<HMAC of IP + user agent>`. Unique, so asking again returns the same link instead of a new row.
     * NOTE: NULL on links made before links were reused (NULLs never collide).
     */
    reuseKey: text('reuse_key'),
  },
  (t) => [
    index('share_links_story_idx').on(t.storyId, t.createdAt),
    index('share_links_user_idx').on(t.userId),
    index('share_links_unit_idx').on(t.unitId, t.createdAt),
    index('share_links_province_idx').on(t.provinceCode, t.createdAt),
    uniqueIndex('share_links_reuse_key_idx').on(t.reuseKey),
  ],
);

/**
 * Readers already counted for a link on a Vietnam day: a click is counted only when its row is new here.
 * `batch` names the consumer batch that inserted the row, so that batch's counts are read back in the same
 * D1 transaction (a redelivered batch inserts nothing, so adds nothing). Rows older than two days are swept.
 */
export const shareClickReaders = sqliteTable(
  'share_click_readers',
  {
    code: text('code').notNull(),
    /** Vietnam calendar day, `YYYY-MM-DD`. */
    day: text('day').notNull(),
    /** HMAC of IP + user agent (never the IP itself). */
    reader: text('reader').notNull(),
    batch: text('batch').notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.day, t.reader] }), index('share_click_readers_batch_idx').on(t.batch), index('share_click_readers_day_idx').on(t.day)],
);

/**
 * Daily aggregates, the source of every share/click figure on dashboards.
 * NOTE: dimensions use '' / 0 instead of NULL so the composite key can be upserted.
 */
export const shareStatsDaily = sqliteTable(
  'share_stats_daily',
  {
    /** Vietnam calendar day, `YYYY-MM-DD` (see workers/core/time.ts). */
    day: text('day').notNull(),
    storyId: integer('story_id').notNull(),
    channel: text('channel', { enum: shareChannels }).notNull(),
    campaignId: integer('campaign_id').notNull().default(0),
    provinceCode: text('province_code').notNull().default(''),
    unit: text('unit').notNull().default(''),
    shares: integer('shares').notNull().default(0),
    clicks: integer('clicks').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.storyId, t.channel, t.campaignId, t.provinceCode, t.unit] }),
    index('share_stats_story_idx').on(t.storyId, t.day),
    index('share_stats_campaign_idx').on(t.campaignId, t.day),
    index('share_stats_province_idx').on(t.provinceCode, t.day),
  ],
);
