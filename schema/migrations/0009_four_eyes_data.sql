-- Four-eyes data backfill (hand-written; the columns come from 0007_four_eyes).
-- Revisions whose editor was not recorded are credited to the story's author, so the
-- rule "nobody approves a revision they wrote" errs on the side of refusing.
UPDATE `story_revisions`
SET `editor_id` = (SELECT `author_id` FROM `stories` WHERE `stories`.`id` = `story_revisions`.`story_id`)
WHERE `editor_id` IS NULL;
--> statement-breakpoint
-- Stories that are (or were) public: the content in the row is the approved revision.
UPDATE `stories` SET `live_revision` = `revision`
WHERE `status` IN ('published', 'scheduled', 'archived') AND `live_revision` IS NULL;
--> statement-breakpoint
-- Revisions that went public before approvals were recorded on the revision itself.
UPDATE `story_revisions`
SET `approved_by` = (SELECT `published_by` FROM `stories` WHERE `stories`.`id` = `story_revisions`.`story_id`),
    `approved_at` = (SELECT COALESCE(`published_at`, `updated_at`) FROM `stories` WHERE `stories`.`id` = `story_revisions`.`story_id`)
WHERE `approved_at` IS NULL
  AND `revision` = (SELECT `live_revision` FROM `stories` WHERE `stories`.`id` = `story_revisions`.`story_id`);
