ALTER TABLE `stories` ADD `submitted_at` integer;--> statement-breakpoint
CREATE INDEX `stories_queue_idx` ON `stories` (`status`,`submitted_at`);