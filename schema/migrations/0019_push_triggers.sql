CREATE TABLE `push_triggers` (
	`event_id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `campaigns` ADD `announced_at` integer;