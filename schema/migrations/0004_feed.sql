ALTER TABLE `story_tags` ADD `published_at` integer;--> statement-breakpoint
CREATE INDEX `story_tags_feed_idx` ON `story_tags` (`tag`,`published_at`,`story_id`);--> statement-breakpoint
CREATE INDEX `stories_pinned_idx` ON `stories` (`status`,`pinned_until`);