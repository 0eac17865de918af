-- 034_row_counts: `stats` counted every table's rows, and the relations and entities of each kind,
-- when asked: a scan of the smallest index of each table, some 7,000 pages on a graph of ten
-- million characters, and more as the graph grows. Here SQLite keeps the counts as rows are
-- inserted and deleted (cascades included), in one small table that `stats` reads whole.
-- `what` is a table's name, or `entities.KIND` / `relations.KIND`; a kind not counted yet gets
-- its row when its first row is inserted.
CREATE TABLE row_counts (
    what  TEXT    PRIMARY KEY,
    count INTEGER NOT NULL CHECK (count >= 0)
) WITHOUT ROWID;

INSERT INTO row_counts (what, count) SELECT 'issues', count(*) FROM issues;
INSERT INTO row_counts (what, count) SELECT 'articles', count(*) FROM articles;
INSERT INTO row_counts (what, count) SELECT 'sentences', count(*) FROM sentences;
INSERT INTO row_counts (what, count) SELECT 'entities', count(*) FROM entities;
INSERT INTO row_counts (what, count) SELECT 'aliases', count(*) FROM aliases;
INSERT INTO row_counts (what, count) SELECT 'mentions', count(*) FROM mentions;
INSERT INTO row_counts (what, count) SELECT 'relations', count(*) FROM relations;
INSERT INTO row_counts (what, count) SELECT 'entities.' || kind, count(*) FROM entities GROUP BY kind;
INSERT INTO row_counts (what, count) SELECT 'relations.' || kind, count(*) FROM relations GROUP BY kind;

CREATE TRIGGER issues_count_after_insert AFTER INSERT ON issues
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'issues';
END;
CREATE TRIGGER issues_count_after_delete AFTER DELETE ON issues
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'issues';
END;
CREATE TRIGGER articles_count_after_insert AFTER INSERT ON articles
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'articles';
END;
CREATE TRIGGER articles_count_after_delete AFTER DELETE ON articles
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'articles';
END;
CREATE TRIGGER sentences_count_after_insert AFTER INSERT ON sentences
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'sentences';
END;
CREATE TRIGGER sentences_count_after_delete AFTER DELETE ON sentences
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'sentences';
END;
CREATE TRIGGER entities_count_after_insert AFTER INSERT ON entities
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'entities';
    INSERT INTO row_counts (what, count) VALUES ('entities.' || NEW.kind, 1)
        ON CONFLICT (what) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER entities_count_after_delete AFTER DELETE ON entities
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what IN ('entities', 'entities.' || OLD.kind);
END;
CREATE TRIGGER entities_count_after_kind_update AFTER UPDATE OF kind ON entities WHEN NEW.kind IS NOT OLD.kind
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'entities.' || OLD.kind;
    INSERT INTO row_counts (what, count) VALUES ('entities.' || NEW.kind, 1)
        ON CONFLICT (what) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER aliases_count_after_insert AFTER INSERT ON aliases
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'aliases';
END;
CREATE TRIGGER aliases_count_after_delete AFTER DELETE ON aliases
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'aliases';
END;
CREATE TRIGGER mentions_count_after_insert AFTER INSERT ON mentions
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'mentions';
END;
CREATE TRIGGER mentions_count_after_delete AFTER DELETE ON mentions
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'mentions';
END;
CREATE TRIGGER relations_count_after_insert AFTER INSERT ON relations
BEGIN
    UPDATE row_counts SET count = count + 1 WHERE what = 'relations';
    INSERT INTO row_counts (what, count) VALUES ('relations.' || NEW.kind, 1)
        ON CONFLICT (what) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER relations_count_after_delete AFTER DELETE ON relations
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what IN ('relations', 'relations.' || OLD.kind);
END;
CREATE TRIGGER relations_count_after_kind_update AFTER UPDATE OF kind ON relations WHEN NEW.kind IS NOT OLD.kind
BEGIN
    UPDATE row_counts SET count = count - 1 WHERE what = 'relations.' || OLD.kind;
    INSERT INTO row_counts (what, count) VALUES ('relations.' || NEW.kind, 1)
        ON CONFLICT (what) DO UPDATE SET count = count + 1;
END;
