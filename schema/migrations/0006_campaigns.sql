CREATE TABLE `campaign_provinces` (
	`campaign_id` integer NOT NULL,
	`province_code` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `province_code`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_provinces_province_idx` ON `campaign_provinces` (`province_code`);--> statement-breakpoint
CREATE TABLE `campaign_stories` (
	`campaign_id` integer NOT NULL,
	`story_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`campaign_id`, `story_id`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaign_stories_order_idx` ON `campaign_stories` (`campaign_id`,`position`);--> statement-breakpoint
CREATE INDEX `campaign_stories_story_idx` ON `campaign_stories` (`story_id`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`hashtags` text DEFAULT '[]' NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`target_shares` integer,
	`target_clicks` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`cover_key` text,
	`cover_alt` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaigns_slug_unique` ON `campaigns` (`slug`);--> statement-breakpoint
CREATE INDEX `campaigns_status_idx` ON `campaigns` (`status`,`ends_on`);--> statement-breakpoint
CREATE TABLE `member_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`story_id` integer NOT NULL,
	`correction_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`seen_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`correction_id`) REFERENCES `story_corrections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_notices_once_idx` ON `member_notices` (`user_id`,`correction_id`);--> statement-breakpoint
CREATE INDEX `member_notices_unseen_idx` ON `member_notices` (`user_id`,`seen_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `story_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`story_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`actor_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `story_corrections_event_id_unique` ON `story_corrections` (`event_id`);--> statement-breakpoint
CREATE INDEX `story_corrections_story_idx` ON `story_corrections` (`story_id`,`created_at`);