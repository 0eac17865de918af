-- 001_initial: the first NewsGraph schema.
--
-- Migrations are append-only: never edit this file once it has shipped; add 002_… instead.
-- Offsets (start, "end", page_*, raw_*) count Unicode scalars, like SQLite's length() on TEXT.
-- Dates are ISO text: YYYY-MM-DD, or MM-DD where the year is unknown (never for issue_date).

-- One decoded page file as given to `ingest`.
CREATE TABLE issues (
    id            INTEGER PRIMARY KEY,
    source_path   TEXT    NOT NULL UNIQUE CHECK (source_path <> ''),
    content_hash  TEXT    NOT NULL CHECK (content_hash <> ''),
    paper         TEXT,
    issue_date    TEXT    CHECK (issue_date IS NULL
                                 OR issue_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_source   TEXT    CHECK (date_source IS NULL OR date_source IN ('flag', 'path', 'index', 'inferred')),
    page          INTEGER CHECK (page IS NULL OR page >= 0),
    url           TEXT,
    encoding      TEXT    NOT NULL,
    raw_text      TEXT    NOT NULL,
    clean_text    TEXT    NOT NULL
);
CREATE INDEX issues_by_date ON issues (issue_date, source_path);

-- One article of a page. `text` is the simplified clean text every span points into.
CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    issue_id            INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL CHECK (ordinal >= 0),
    headline            TEXT,
    kicker              TEXT,
    subheads            TEXT    NOT NULL DEFAULT '[]'
                                CHECK (json_valid(subheads) AND json_type(subheads) = 'array'),
    dateline_text       TEXT,
    dateline_date       TEXT    CHECK (dateline_date IS NULL
                                       OR dateline_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                       OR dateline_date GLOB '[0-9][0-9]-[0-9][0-9]'),
    dateline_agency     TEXT,
    dateline_place      TEXT,
    reporters           TEXT    NOT NULL DEFAULT '[]'
                                CHECK (json_valid(reporters) AND json_type(reporters) = 'array'),
    continued_from_page INTEGER,
    continued_to_page   INTEGER,
    adoption_line       TEXT,
    original_title      TEXT,
    text                TEXT    NOT NULL,
    display_text        TEXT    NOT NULL,
    body_length         INTEGER NOT NULL,
    page_start          INTEGER NOT NULL,
    page_end            INTEGER NOT NULL,
    raw_start           INTEGER,
    raw_end             INTEGER,
    UNIQUE (issue_id, ordinal),
    CHECK (length(display_text) = length(text)),
    CHECK (body_length BETWEEN 0 AND length(text)),
    CHECK (0 <= page_start AND page_start <= page_end),
    CHECK ((raw_start IS NULL) = (raw_end IS NULL)),
    CHECK (raw_start IS NULL OR (0 <= raw_start AND raw_start <= raw_end))
);

-- The sentences of an article, as spans of its text.
CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    UNIQUE (article_id, ordinal),
    CHECK (0 <= start AND start <= "end"),
    CHECK (length(text) = "end" - start)
);

-- A thing the graph holds. `key` identifies it within its kind (see EntityKey.swift).
CREATE TABLE entities (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'meeting', 'policy', 'place', 'post')),
    name    TEXT NOT NULL CHECK (name <> ''),
    key     TEXT NOT NULL CHECK (key <> ''),
    date    TEXT CHECK (date IS NULL
                        OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                        OR date GLOB '[0-9][0-9]-[0-9][0-9]'),
    place   TEXT,
    series  TEXT,
    detail  TEXT,
    UNIQUE (kind, key)
);
CREATE INDEX entities_by_name ON entities (name);

-- Every name an entity was printed under (its own name included).
CREATE TABLE aliases (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL CHECK (alias <> ''),
    UNIQUE (entity_id, alias)
);
CREATE INDEX aliases_by_alias ON aliases (alias);

-- A stretch of article text that names something. Dates name no entity; everything else does.
-- Entities referenced here cannot be deleted (no ON DELETE action on entity_id).
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   INTEGER REFERENCES entities (id),
    kind        TEXT    NOT NULL
                        CHECK (kind IN ('person', 'title', 'organization', 'meeting', 'policy', 'place', 'date')),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    rule        TEXT    NOT NULL CHECK (rule <> ''),
    value       TEXT,
    CHECK (0 <= start AND start <= "end"),
    CHECK ((kind = 'date') = (entity_id IS NULL))
);
CREATE INDEX mentions_by_article ON mentions (article_id, start);
CREATE INDEX mentions_by_entity ON mentions (entity_id);

-- A relation found in an article. subject_id NULL means the article itself is the subject.
CREATE TABLE relations (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL
                        CHECK (kind IN ('presided', 'attended', 'spoke', 'reported', 'holds_post',
                                        'affiliated_with', 'issued', 'implements', 'mentions',
                                        'held_in', 'part_of', 'reported_by')),
    subject_id  INTEGER REFERENCES entities (id),
    object_id   INTEGER NOT NULL REFERENCES entities (id),
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    rule        TEXT    NOT NULL CHECK (rule <> ''),
    ordinal     INTEGER CHECK (ordinal IS NULL OR ordinal >= 0),
    date        TEXT    CHECK (date IS NULL
                               OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                               OR date GLOB '[0-9][0-9]-[0-9][0-9]'),
    detail      TEXT,
    CHECK (0 <= start AND start <= "end")
);
-- NULLs are distinct in UNIQUE constraints, so the article-as-subject case is folded to 0
-- (row ids are positive) to keep one relation per (kind, subject, object, article, start).
CREATE UNIQUE INDEX relations_identity
    ON relations (kind, IFNULL(subject_id, 0), object_id, article_id, start);
CREATE INDEX relations_by_subject ON relations (subject_id);
CREATE INDEX relations_by_object ON relations (object_id);
CREATE INDEX relations_by_article ON relations (article_id, start);

-- Spans must lie inside their article's text; CHECK cannot see another table, triggers can.
CREATE TRIGGER sentences_inside_article BEFORE INSERT ON sentences
WHEN NEW."end" > (SELECT length(text) FROM articles WHERE id = NEW.article_id)
BEGIN
    SELECT RAISE(ABORT, 'sentence span outside its article text');
END;

CREATE TRIGGER mentions_inside_article BEFORE INSERT ON mentions
WHEN NEW."end" > (SELECT length(text) FROM articles WHERE id = NEW.article_id)
BEGIN
    SELECT RAISE(ABORT, 'mention span outside its article text');
END;

CREATE TRIGGER relations_inside_article BEFORE INSERT ON relations
WHEN NEW."end" > (SELECT length(text) FROM articles WHERE id = NEW.article_id)
BEGIN
    SELECT RAISE(ABORT, 'relation evidence outside its article text');
END;

-- Full-text index over headline and text; trigram tokens match any substring of 3+ characters.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    headline,
    text,
    content = 'articles',
    content_rowid = 'id',
    tokenize = 'trigram'
);

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO articles_fts (rowid, headline, text) VALUES (NEW.id, NEW.headline, NEW.text);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles
BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, text)
    VALUES ('delete', OLD.id, OLD.headline, OLD.text);
END;

CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF headline, text ON articles
BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, text)
    VALUES ('delete', OLD.id, OLD.headline, OLD.text);
    INSERT INTO articles_fts (rowid, headline, text) VALUES (NEW.id, NEW.headline, NEW.text);
END;
