-- 020_application_id: mark the file as a NewsGraph database ('NwsG' = 0x4E777347 in the header's
-- application_id), so that a SQLite file of something else is recognised and left alone.
PRAGMA application_id = 1316451143;
