-- 004: entity resolution looks persons up by the name their mentions give (fast re-decisions).
UPDATE mentions SET name = (SELECT e.name FROM entities e WHERE e.id = mentions.entity_id) WHERE name IS NULL AND entity_id IS NOT NULL;
CREATE INDEX mentions_by_kind_name ON mentions (kind, name);
