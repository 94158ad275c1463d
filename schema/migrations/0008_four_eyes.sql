ALTER TABLE `stories` ADD `live_revision` integer;--> statement-breakpoint
ALTER TABLE `stories` ADD `pending_revision` integer;--> statement-breakpoint
CREATE INDEX `stories_pending_idx` ON `stories` (`pending_revision`);--> statement-breakpoint
ALTER TABLE `story_revisions` ADD `correction_note` text;--> statement-breakpoint
ALTER TABLE `story_revisions` ADD `approved_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `story_revisions` ADD `approved_at` integer;--> statement-breakpoint
ALTER TABLE `story_revisions` ADD `rejected_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `story_revisions` ADD `rejected_at` integer;--> statement-breakpoint
ALTER TABLE `story_revisions` ADD `rejection_reason` text;