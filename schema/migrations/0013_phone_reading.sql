CREATE TABLE `tag_names` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`guessed` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `stories` ADD `thumb_key` text;--> statement-breakpoint
ALTER TABLE `stories` ADD `show_author` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `stories_search_key_idx` ON `stories` (`id`,`status`,`published_at`,`province_code`,`category_code`);--> statement-breakpoint
CREATE INDEX `stories_thumb_todo_idx` ON `stories` (`status`,`thumb_key`,`published_at`);--> statement-breakpoint
ALTER TABLE `reports` ADD `code_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_code_hash_unique` ON `reports` (`code_hash`);