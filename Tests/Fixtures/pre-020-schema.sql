-- What a graph written before 020_application_id looks like, made from a graph of the newest schema:
-- every index, table and trigger of the migrations from 020 on taken back, and their records gone.
-- Read by the tests of `GraphStore` (refused read-only, migrated by a writer) and of `newsgraph migrate`;
-- a new migration that adds an object takes it back here too.
DROP INDEX issues_by_content_hash; DROP INDEX articles_ref_cover; DROP INDEX issues_ref_cover;
DROP INDEX relations_by_subject_cover; DROP INDEX relations_by_object_cover;
CREATE INDEX relations_by_subject ON relations (subject_id); CREATE INDEX relations_by_object ON relations (object_id);
DROP INDEX relations_by_article_cover; CREATE INDEX relations_by_article ON relations (article_id, start);
DROP TABLE row_counts;
DROP TRIGGER issues_count_after_insert; DROP TRIGGER issues_count_after_delete;
DROP TRIGGER articles_count_after_insert; DROP TRIGGER articles_count_after_delete;
DROP TRIGGER entities_count_after_insert; DROP TRIGGER entities_count_after_delete;
DROP TRIGGER aliases_count_after_insert; DROP TRIGGER aliases_count_after_delete;
DROP TRIGGER entities_count_after_kind_update;
DELETE FROM grdb_migrations WHERE identifier >= '020';
DROP TABLE person_votes;
CREATE TABLE person_sightings (name TEXT NOT NULL, region TEXT NOT NULL, first_date TEXT, last_date TEXT,
                               issues INTEGER NOT NULL, PRIMARY KEY (name, region));
PRAGMA application_id = 0;
