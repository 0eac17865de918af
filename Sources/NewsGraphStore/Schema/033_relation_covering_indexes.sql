-- 033_relation_covering_indexes: the query commands read a person's relations by subject (posts,
-- organisations, meetings), a meeting's or a policy's by object (attendees, co-attendees,
-- traces), and the meetings an article reports by article (traces): thousands of rows for a busy
-- person or meeting, each on its own page of `relations`. These indexes hold every column those
-- reads use, so that one entity's (one article's) relations are a few neighbouring index pages.
-- They replace the indexes on the subject, the object and the article alone, which are their
-- prefixes (foreign-key checks and cascades use them as well).
DROP INDEX relations_by_subject;
DROP INDEX relations_by_object;
DROP INDEX relations_by_article;
CREATE INDEX relations_by_subject_cover
    ON relations (subject_id, kind, object_id, article_id, start, "end", ordinal, date, rule, detail);
CREATE INDEX relations_by_object_cover
    ON relations (object_id, kind, subject_id, article_id, start, "end", ordinal, date, rule, detail);
CREATE INDEX relations_by_article_cover ON relations (article_id, start, kind, object_id);
