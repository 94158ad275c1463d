CREATE TABLE `tipline_chats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`chat_id` text NOT NULL,
	`lang` text DEFAULT 'vi' NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tipline_chats_chat_uq` ON `tipline_chats` (`platform`,`chat_id`);--> statement-breakpoint
CREATE INDEX `tipline_chats_seen_idx` ON `tipline_chats` (`last_seen_at`);--> statement-breakpoint
CREATE TABLE `tipline_reports` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`chat_ref` integer NOT NULL,
	`message_id` text,
	`notified_status` text,
	`notified_rebuttal_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`chat_ref`) REFERENCES `tipline_chats`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tipline_reports_chat_idx` ON `tipline_reports` (`chat_ref`);--> statement-breakpoint
CREATE TABLE `tipline_updates` (
	`platform` text NOT NULL,
	`update_id` text NOT NULL,
	`received_at` integer NOT NULL,
	PRIMARY KEY(`platform`, `update_id`)
);
--> statement-breakpoint
CREATE INDEX `tipline_updates_time_idx` ON `tipline_updates` (`received_at`);--> statement-breakpoint
CREATE TABLE `push_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`endpoint` text NOT NULL,
	`p256dh` text NOT NULL,
	`auth` text NOT NULL,
	`campaigns` integer DEFAULT true NOT NULL,
	`corrections` integer DEFAULT true NOT NULL,
	`verdicts` integer DEFAULT true NOT NULL,
	`lang` text DEFAULT 'vi' NOT NULL,
	`created_at` integer NOT NULL,
	`last_sent_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `push_subscriptions_endpoint_unique` ON `push_subscriptions` (`endpoint`);--> statement-breakpoint
CREATE INDEX `push_subscriptions_user_idx` ON `push_subscriptions` (`user_id`);--> statement-breakpoint
ALTER TABLE `reports` ADD `user_id` text REFERENCES users(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `reports_user_idx` ON `reports` (`user_id`,`created_at`);