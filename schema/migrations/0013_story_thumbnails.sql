ALTER TABLE `stories` ADD `thumb_key` text;--> statement-breakpoint
CREATE INDEX `stories_thumb_todo_idx` ON `stories` (`status`,`thumb_key`,`published_at`);