-- 003: a policy issued twice (5月12日 and 6月10日) in one sentence is two relations: the date joins
-- the identity of a relation.
DROP INDEX relations_identity;
CREATE UNIQUE INDEX relations_identity
    ON relations (kind, IFNULL(subject_id, 0), object_id, article_id, start, IFNULL(date, ''));
