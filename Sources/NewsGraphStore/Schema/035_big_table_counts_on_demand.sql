-- 035_big_table_counts_on_demand: keeping the counts of sentences, mentions and relations with a
-- trigger per row (034) made storing a quarter slower (`bench`, 2M characters: storing 10.4 s →
-- 12.3–13.9 s), one UPDATE for every sentence, mention and relation written. Those three are
-- counted when `stats` asks, by their smallest indexes; the small tables (issues, articles,
-- entities, aliases) keep their triggers.
DROP TRIGGER IF EXISTS sentences_count_after_insert;
DROP TRIGGER IF EXISTS sentences_count_after_delete;
DROP TRIGGER IF EXISTS mentions_count_after_insert;
DROP TRIGGER IF EXISTS mentions_count_after_delete;
DROP TRIGGER IF EXISTS relations_count_after_insert;
DROP TRIGGER IF EXISTS relations_count_after_delete;
DROP TRIGGER IF EXISTS relations_count_after_kind_update;
DELETE FROM row_counts WHERE what IN ('sentences', 'mentions', 'relations') OR what LIKE 'relations.%';
