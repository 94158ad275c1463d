CREATE TABLE `case_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`match_id` integer,
	`moved_reports` text DEFAULT '[]' NOT NULL,
	`moved_notes` text DEFAULT '[]' NOT NULL,
	`repointed_cases` text DEFAULT '[]' NOT NULL,
	`target_rebuttal_story_id` integer,
	`target_province_code` text,
	`merged_by` text,
	`created_at` integer NOT NULL,
	`undone_by` text,
	`undone_at` integer,
	FOREIGN KEY (`source_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`match_id`) REFERENCES `claim_matches`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`merged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `case_merges_source_idx` ON `case_merges` (`source_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_merges_target_idx` ON `case_merges` (`target_id`);