-- The last `reset` of the change log, found without reading the log: a record's version
-- is its last entry or the last reset, whichever is newer (an import that replaces the
-- directory logs one reset instead of an entry per record).
CREATE INDEX change_log_reset_idx ON change_log (seq) WHERE op = 'reset';
