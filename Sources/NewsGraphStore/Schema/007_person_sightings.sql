-- 007: where and when each person name was seen, kept up to date on ingest, so that entity
-- resolution reads a few rows instead of every mention of a frequent name.
CREATE TABLE person_sightings (
    name       TEXT    NOT NULL CHECK (name <> ''),
    region     TEXT    NOT NULL,
    first_date TEXT,
    last_date  TEXT,
    issues     INTEGER NOT NULL CHECK (issues >= 0),
    PRIMARY KEY (name, region)
);
INSERT INTO person_sightings (name, region, first_date, last_date, issues)
SELECT m.name, IFNULL(i.region, ''), MIN(i.issue_date), MAX(i.issue_date), COUNT(DISTINCT i.id)
FROM mentions m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
WHERE m.kind = 'person' AND m.name IS NOT NULL
GROUP BY m.name, IFNULL(i.region, '');
