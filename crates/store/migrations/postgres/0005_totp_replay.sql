-- The last time step whose code signed in: a code is good once (RFC 6238, 5.2).
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
