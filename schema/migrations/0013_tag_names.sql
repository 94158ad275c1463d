CREATE TABLE `tag_names` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`guessed` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
