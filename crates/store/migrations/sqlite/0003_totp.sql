-- Optional second factor (TOTP, RFC 6238): the confirmed secret, and one being set up.
ALTER TABLE account ADD COLUMN totp_secret TEXT;
ALTER TABLE account ADD COLUMN totp_pending TEXT;
