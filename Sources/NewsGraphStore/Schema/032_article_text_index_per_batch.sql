-- 032_article_text_index_per_batch: the full-text index of article text is filled by
-- `GraphStore.ingest` once per batch, after the batch's files are stored, not by a trigger per
-- article. FTS5 writes its pending terms to disk at every savepoint, and ingest opens one per
-- file: the trigger made a small index segment per file, merged again and again (a quarter of
-- the time of storing). Deleting and updating articles still keep the index by trigger.
DROP TRIGGER IF EXISTS articles_fts_after_insert;
