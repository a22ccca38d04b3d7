-- Sign-in attempts are reserved before they are checked (so parallel ones count) and
-- released by id when they succeed.
ALTER TABLE login_failure ADD COLUMN attempt TEXT;
CREATE INDEX login_failure_attempt_idx ON login_failure (attempt);

-- The change log answers "which version of this record" for the edit forms' conflict check.
CREATE INDEX change_log_entity_idx ON change_log (entity, entity_id, seq);

-- Sessions end after a while without use, not only at their fixed end.
ALTER TABLE session ADD COLUMN last_seen BIGINT NOT NULL DEFAULT 0;

-- Mail kept in the outbox holds no working link: the link's token is replaced by a mark
-- and only its hash is kept, so a copy of the database opens nothing.
ALTER TABLE mail_outbox ADD COLUMN link_token_hash TEXT;

-- The language a person reads mail in: chosen at invitation, kept with the account.
ALTER TABLE account ADD COLUMN lang TEXT;
ALTER TABLE one_time_token ADD COLUMN lang TEXT;
