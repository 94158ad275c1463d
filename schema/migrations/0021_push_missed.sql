CREATE INDEX `cases_verdict_updated_idx` ON `cases` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `story_corrections_time_idx` ON `story_corrections` (`created_at`);--> statement-breakpoint
CREATE INDEX `push_triggers_created_idx` ON `push_triggers` (`created_at`);