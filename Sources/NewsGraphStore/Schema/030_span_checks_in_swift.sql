-- 030: bulk load. The span triggers read and count the whole article text for every sentence,
-- mention and relation inserted (about a third of the cost of storing); `GraphStore.ingest`,
-- the only writer, checks the same thing before each insert, so the triggers go. The CHECK
-- constraints, which SQLite tests on the row alone, stay. `mentions_by_kind_name` is a prefix of
-- `mentions_by_kind_name_entity` (006), which answers every query it did.
DROP TRIGGER IF EXISTS sentences_inside_article;
DROP TRIGGER IF EXISTS mentions_inside_article;
DROP TRIGGER IF EXISTS relations_inside_article;
DROP INDEX IF EXISTS mentions_by_kind_name;
