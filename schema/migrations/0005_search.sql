-- Custom SQL migration (drizzle cannot express FTS5 or triggers): search indexes and story_tags kept by triggers.
-- Full-text search and the tag index, kept up to date by SQL triggers alone:
-- every writer (editorial API, cron, seeds, imports) gets them for free.
--
-- Two FTS5 indexes over the *published* stories, both "external content" over
-- a view, so they hold only the inverted index, never a second copy of the text:
--   stories_fts        folded text: unicode61 remove_diacritics 2 strips tone and
--                      vowel marks (and case); it leaves đ/Đ alone, so the view folds them.
--                      Every search matches here: `da nang`, `Đà Nẵng`, `DA NANG` are equal.
--   stories_fts_exact  text with its marks (case still folded): used only to rank
--                      stories that match an accented query exactly above the rest.
-- NOTE: 'delete' on an external-content FTS5 table must be given exactly the values
-- that were indexed, so deletes read the views BEFORE the row changes.
CREATE VIEW `stories_search_folded` AS
SELECT
  s.id AS id,
  replace(replace(s.title, 'đ', 'd'), 'Đ', 'D') AS title,
  replace(replace(s.summary, 'đ', 'd'), 'Đ', 'D') AS summary,
  replace(replace(s.body, 'đ', 'd'), 'Đ', 'D') AS body,
  replace(replace(coalesce(s.commune, '') || ' ' || coalesce(p.name, ''), 'đ', 'd'), 'Đ', 'D') AS place,
  s.tags AS tags
FROM stories s LEFT JOIN provinces p ON p.code = s.province_code
WHERE s.status = 'published';
--> statement-breakpoint
CREATE VIEW `stories_search_exact` AS
SELECT
  s.id AS id, s.title AS title, s.summary AS summary, s.body AS body,
  coalesce(s.commune, '') || ' ' || coalesce(p.name, '') AS place,
  s.tags AS tags
FROM stories s LEFT JOIN provinces p ON p.code = s.province_code
WHERE s.status = 'published';
--> statement-breakpoint
CREATE VIRTUAL TABLE `stories_fts` USING fts5(
  title, summary, body, place, tags,
  content = 'stories_search_folded', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `stories_fts_exact` USING fts5(
  title, summary, body, place, tags,
  content = 'stories_search_exact', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE TRIGGER `stories_search_after_insert` AFTER INSERT ON `stories`
WHEN NEW.status = 'published'
BEGIN
  INSERT INTO stories_fts (rowid, title, summary, body, place, tags)
    SELECT id, title, summary, body, place, tags FROM stories_search_folded WHERE id = NEW.id;
  INSERT INTO stories_fts_exact (rowid, title, summary, body, place, tags)
    SELECT id, title, summary, body, place, tags FROM stories_search_exact WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_before_update`
BEFORE UPDATE OF title, summary, body, commune, province_code, tags, status ON `stories`
WHEN OLD.status = 'published'
BEGIN
  INSERT INTO stories_fts (stories_fts, rowid, title, summary, body, place, tags)
    SELECT 'delete', id, title, summary, body, place, tags FROM stories_search_folded WHERE id = OLD.id;
  INSERT INTO stories_fts_exact (stories_fts_exact, rowid, title, summary, body, place, tags)
    SELECT 'delete', id, title, summary, body, place, tags FROM stories_search_exact WHERE id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_after_update`
AFTER UPDATE OF title, summary, body, commune, province_code, tags, status ON `stories`
WHEN NEW.status = 'published'
BEGIN
  INSERT INTO stories_fts (rowid, title, summary, body, place, tags)
    SELECT id, title, summary, body, place, tags FROM stories_search_folded WHERE id = NEW.id;
  INSERT INTO stories_fts_exact (rowid, title, summary, body, place, tags)
    SELECT id, title, summary, body, place, tags FROM stories_search_exact WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_before_delete` BEFORE DELETE ON `stories`
WHEN OLD.status = 'published'
BEGIN
  INSERT INTO stories_fts (stories_fts, rowid, title, summary, body, place, tags)
    SELECT 'delete', id, title, summary, body, place, tags FROM stories_search_folded WHERE id = OLD.id;
  INSERT INTO stories_fts_exact (stories_fts_exact, rowid, title, summary, body, place, tags)
    SELECT 'delete', id, title, summary, body, place, tags FROM stories_search_exact WHERE id = OLD.id;
END;
--> statement-breakpoint
-- story_tags mirrors stories.tags (a JSON array of tag slugs); published_at is
-- copied while the story is published so the tag filter walks one index in feed order.
CREATE TRIGGER `stories_tags_after_insert` AFTER INSERT ON `stories`
BEGIN
  INSERT OR IGNORE INTO story_tags (tag, story_id, published_at)
    SELECT DISTINCT value, NEW.id, CASE WHEN NEW.status = 'published' THEN NEW.published_at END
    FROM json_each(CASE WHEN json_valid(NEW.tags) THEN NEW.tags ELSE '[]' END)
    WHERE type = 'text';
END;
--> statement-breakpoint
CREATE TRIGGER `stories_tags_after_update_tags` AFTER UPDATE OF tags ON `stories`
BEGIN
  DELETE FROM story_tags WHERE story_id = NEW.id;
  INSERT OR IGNORE INTO story_tags (tag, story_id, published_at)
    SELECT DISTINCT value, NEW.id, CASE WHEN NEW.status = 'published' THEN NEW.published_at END
    FROM json_each(CASE WHEN json_valid(NEW.tags) THEN NEW.tags ELSE '[]' END)
    WHERE type = 'text';
END;
--> statement-breakpoint
CREATE TRIGGER `stories_tags_after_update_status` AFTER UPDATE OF status, published_at ON `stories`
BEGIN
  UPDATE story_tags SET published_at = CASE WHEN NEW.status = 'published' THEN NEW.published_at END
  WHERE story_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_tags_after_delete` AFTER DELETE ON `stories`
BEGIN
  DELETE FROM story_tags WHERE story_id = OLD.id;
END;
--> statement-breakpoint
-- Should application code also write story_tags, a row that is already there is
-- skipped instead of failing, and a new one gets its published_at from the story.
CREATE TRIGGER `story_tags_skip_duplicates` BEFORE INSERT ON `story_tags`
WHEN EXISTS (SELECT 1 FROM story_tags WHERE tag = NEW.tag AND story_id = NEW.story_id)
BEGIN
  SELECT RAISE(IGNORE);
END;
--> statement-breakpoint
CREATE TRIGGER `story_tags_fill_published_at` AFTER INSERT ON `story_tags`
WHEN NEW.published_at IS NULL
BEGIN
  UPDATE story_tags
  SET published_at = (SELECT published_at FROM stories WHERE id = NEW.story_id AND status = 'published')
  WHERE tag = NEW.tag AND story_id = NEW.story_id;
END;
--> statement-breakpoint
-- Bring stories written before this migration into both indexes.
INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO stories_fts_exact (stories_fts_exact) VALUES ('rebuild');
--> statement-breakpoint
INSERT OR IGNORE INTO story_tags (tag, story_id, published_at)
  SELECT DISTINCT j.value, s.id, CASE WHEN s.status = 'published' THEN s.published_at END
  FROM stories s, json_each(CASE WHEN json_valid(s.tags) THEN s.tags ELSE '[]' END) j
  WHERE j.type = 'text';
--> statement-breakpoint
UPDATE story_tags
SET published_at = (SELECT s.published_at FROM stories s WHERE s.id = story_tags.story_id AND s.status = 'published');
