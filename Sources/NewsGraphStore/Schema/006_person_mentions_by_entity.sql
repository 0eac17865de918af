-- 006: whether a person's mentions all point at one entity is answered from this index alone.
CREATE INDEX mentions_by_kind_name_entity ON mentions (kind, name, entity_id);
