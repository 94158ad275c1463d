CREATE TABLE `claim_bands` (
	`band_key` text NOT NULL,
	`case_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`band_key`, `case_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_bands_case_idx` ON `claim_bands` (`case_id`);--> statement-breakpoint
CREATE TABLE `claim_matches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`method` text NOT NULL,
	`score` real NOT NULL,
	`matched_words` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_matches_pair_uq` ON `claim_matches` (`case_id`,`candidate_id`,`method`);--> statement-breakpoint
CREATE INDEX `claim_matches_candidate_idx` ON `claim_matches` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `claim_matches_open_idx` ON `claim_matches` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `reports` ADD `auto_case_id` integer REFERENCES cases(id);--> statement-breakpoint
ALTER TABLE `reports` ADD `auto_score` real;--> statement-breakpoint
ALTER TABLE `reports` ADD `auto_method` text;