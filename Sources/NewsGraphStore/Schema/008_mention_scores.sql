-- 008: the confidence of a mention found by a statistical rule (the entity tagger's margin for
-- `person.model`); NULL for mentions found by grammar.
ALTER TABLE mentions ADD COLUMN score REAL;
