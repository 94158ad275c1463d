import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stories } from './stories';
import { users } from './users';

export const shareChannels = ['facebook', 'zalo', 'x', 'telegram', 'copy', 'download', 'webshare', 'other'] as const;
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
    campaignId: integer('campaign_id'),
    /** Exact click count for this link, applied in batches by the click consumer. */
    clicks: integer('clicks').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('share_links_story_idx').on(t.storyId, t.createdAt), index('share_links_user_idx').on(t.userId)],
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
