CREATE TABLE `unit_invites` (
	`id` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`unit_id` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`max_uses` integer NOT NULL,
	`uses` integer DEFAULT 0 NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_invites_code_hash_unique` ON `unit_invites` (`code_hash`);--> statement-breakpoint
CREATE INDEX `unit_invites_unit_idx` ON `unit_invites` (`unit_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `user_import_accounts` (
	`import_id` text NOT NULL,
	`user_id` text NOT NULL,
	`line` integer NOT NULL,
	PRIMARY KEY(`import_id`, `user_id`),
	FOREIGN KEY (`import_id`) REFERENCES `user_imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `user_import_accounts_user_idx` ON `user_import_accounts` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_import_chunks` (
	`import_id` text NOT NULL,
	`seq` integer NOT NULL,
	`rows` text NOT NULL,
	`done_at` integer,
	PRIMARY KEY(`import_id`, `seq`),
	FOREIGN KEY (`import_id`) REFERENCES `user_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `user_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`created_by` text,
	`province_code` text,
	`status` text DEFAULT 'running' NOT NULL,
	`total_rows` integer NOT NULL,
	`chunks_total` integer NOT NULL,
	`chunks_done` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`errors` integer DEFAULT 0 NOT NULL,
	`error_rows` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_imports_created_idx` ON `user_imports` (`created_at`);