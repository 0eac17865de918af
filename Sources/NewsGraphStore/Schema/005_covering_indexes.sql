-- 005: entity resolution reads where and when each mention was seen; these covering indexes answer
-- that without reading the wide issue and article rows (their texts).
CREATE INDEX articles_issue_cover ON articles (id, issue_id);
CREATE INDEX issues_region_date_cover ON issues (id, region, issue_date);
