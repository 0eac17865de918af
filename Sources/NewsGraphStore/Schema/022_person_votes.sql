-- 022_person_votes: where each article's posts place each person (PersonJurisdiction), which entity
-- resolution reads instead of the province of the paper that printed the name. `region` is a
-- province or 'national'; `evidence` says how strong the vote is (post > context > paper; a
-- national post never splits a person). Replaces person_sightings (keyed by the paper's province).
CREATE TABLE person_votes (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (name <> ''),
    region      TEXT    NOT NULL CHECK (region <> ''),
    evidence    TEXT    NOT NULL CHECK (evidence IN ('post', 'context', 'paper', 'national')),
    post        TEXT    NOT NULL,
    date        TEXT    CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (article_id, name, region),
    CHECK ((evidence = 'national') = (region = 'national'))
);
CREATE INDEX person_votes_by_name ON person_votes (name, region, date);

-- A database stored before this migration has no post votes: its pages keep the paper's
-- province (not a national paper's 全国) as weak evidence until they are ingested again.
INSERT INTO person_votes (article_id, name, region, evidence, post, date)
SELECT DISTINCT m.article_id, m.name, i.region, 'paper', '', i.issue_date
FROM mentions m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
WHERE m.kind = 'person' AND m.name IS NOT NULL AND m.name <> '' AND i.region IS NOT NULL AND i.region NOT IN ('', '全国');

DROP TABLE person_sightings;
