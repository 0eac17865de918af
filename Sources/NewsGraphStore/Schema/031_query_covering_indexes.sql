-- 031_query_covering_indexes: the query commands (person, meetings, attendees, trace) read what
-- they print of an article and its issue for each relation; an article's row or an issue's row
-- fills about a page (their texts), so each relation cost a page read. These indexes hold only
-- what is printed and ordered by, and the queries name them (INDEXED BY: SQLite prefers the row
-- id over an index on it).
CREATE INDEX articles_ref_cover ON articles (id, issue_id, ordinal, headline, dateline_text, dateline_date);
CREATE INDEX issues_ref_cover ON issues (id, issue_date, source_path, content_hash, paper, page);

-- Where each person was placed (drawings, entity resolution) is read from the index alone, not
-- from the rows it points at, in no useful order.
DROP INDEX person_votes_by_name;
CREATE INDEX person_votes_by_name_cover ON person_votes (name, region, date, article_id, evidence, post);
