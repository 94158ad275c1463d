ALTER TABLE `reports` ADD `code_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_code_hash_unique` ON `reports` (`code_hash`);