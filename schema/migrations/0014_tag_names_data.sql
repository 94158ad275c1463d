-- Backfill tag_names for the tags stories already carry. Their typed names were never kept,
-- so each gets a readable guess from its slug ('tinh-nguyen' -> 'Tinh nguyen', as
-- workers/stories/tag-names.ts tagLabelFromSlug does), marked guessed = 1: the first real
-- name a writer gives the slug replaces it.
INSERT INTO tag_names (slug, name, guessed, created_at)
SELECT DISTINCT j.value, upper(substr(j.value, 1, 1)) || replace(substr(j.value, 2), '-', ' '), 1, CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM stories s, json_each(s.tags) j
WHERE j.type = 'text' AND j.value <> ''
ON CONFLICT (slug) DO NOTHING;
