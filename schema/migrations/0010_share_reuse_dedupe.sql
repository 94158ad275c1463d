CREATE TABLE `share_click_readers` (
	`code` text NOT NULL,
	`day` text NOT NULL,
	`reader` text NOT NULL,
	`batch` text NOT NULL,
	PRIMARY KEY(`code`, `day`, `reader`)
);
--> statement-breakpoint
CREATE INDEX `share_click_readers_batch_idx` ON `share_click_readers` (`batch`);--> statement-breakpoint
CREATE INDEX `share_click_readers_day_idx` ON `share_click_readers` (`day`);--> statement-breakpoint
ALTER TABLE `share_links` ADD `reuse_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_reuse_key_idx` ON `share_links` (`reuse_key`);