-- 002: the province a page's 省委 / 省政府 refer to, and the identities entity resolution decides.

ALTER TABLE issues ADD COLUMN region TEXT;

-- Why mentions were merged into, or kept apart from, one entity (`newsgraph explain`).
CREATE TABLE resolutions (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    decision   TEXT    NOT NULL CHECK (decision IN ('merged', 'kept-apart', 'alias')),
    reason     TEXT    NOT NULL CHECK (reason <> ''),
    UNIQUE (entity_id, decision, reason)
);
CREATE INDEX resolutions_by_entity ON resolutions (entity_id);

-- The name a mention gives its entity in its own article (the entity's name is the canonical one).
ALTER TABLE mentions ADD COLUMN name TEXT;
