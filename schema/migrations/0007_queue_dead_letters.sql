CREATE TABLE `queue_dead_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`queue` text NOT NULL,
	`body` text NOT NULL,
	`attempts` integer NOT NULL,
	`error` text,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queue_dead_letters_message_id_unique` ON `queue_dead_letters` (`message_id`);--> statement-breakpoint
CREATE INDEX `queue_dead_letters_queue_idx` ON `queue_dead_letters` (`queue`,`id`);