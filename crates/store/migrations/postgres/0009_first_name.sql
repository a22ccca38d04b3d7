-- The first name a counsellor is shown by on a referral's timeline (optional).
ALTER TABLE account ADD COLUMN first_name TEXT;
