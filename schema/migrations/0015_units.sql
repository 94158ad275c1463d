CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`province_code` text NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`path` text NOT NULL,
	`path_key` text NOT NULL,
	`deactivated_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_path_key_idx` ON `units` (`province_code`,`path_key`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `unit_id` integer REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `users` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `users` ADD `deletion_requested_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `erased_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `users_phone_unique` ON `users` (`phone`);--> statement-breakpoint
CREATE INDEX `users_unit_idx` ON `users` (`unit_id`);--> statement-breakpoint
ALTER TABLE `share_links` ADD `unit_id` integer;--> statement-breakpoint
CREATE INDEX `share_links_unit_idx` ON `share_links` (`unit_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `share_links_province_idx` ON `share_links` (`province_code`,`created_at`);