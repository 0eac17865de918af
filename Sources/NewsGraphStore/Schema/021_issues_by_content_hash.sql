-- 021_issues_by_content_hash: a page is identified by its path and its content hash; the same
-- content under another path is a duplicate, found by this index.
CREATE INDEX issues_by_content_hash ON issues (content_hash);
