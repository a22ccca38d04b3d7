-- Referrals: one need of a client handed over to a service. Who and where stay plain
-- (work lists, the check that only the two organisations see a referral); what is said
-- about the client and the consent are sealed (store/src/sealing.rs: XChaCha20-Poly1305,
-- each value bound to its row and column), so a copy of the database reveals neither.
CREATE TABLE referral (
    id TEXT PRIMARY KEY,
    sender_org TEXT NOT NULL,
    sender_account TEXT NOT NULL,
    service_id TEXT NOT NULL,
    receiver_org TEXT NOT NULL,
    state TEXT NOT NULL,
    urgency TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    details BYTEA NOT NULL,
    consent BYTEA NOT NULL,
    consent_valid_until BIGINT NOT NULL,
    consent_withdrawn_at BIGINT,
    -- The slip's code, hashed: the receiving service enters it when the person arrives.
    slip_code_hash TEXT,
    -- When the side it waits for was last reminded (None: not since its last change).
    reminded_at BIGINT
);
CREATE INDEX referral_sender_idx ON referral (sender_org, updated_at);
CREATE INDEX referral_receiver_idx ON referral (receiver_org, updated_at);
CREATE UNIQUE INDEX referral_slip_idx ON referral (slip_code_hash);

-- One timeline both sides see: who moved the referral on, when, to what.
CREATE TABLE referral_event (
    seq BIGSERIAL PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    account_id TEXT,
    party TEXT NOT NULL,
    event TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, seq);

-- What survives the retention purge: how many referrals ended how, per month. No
-- organisation, service or need: counts for the reports, nothing to trace back.
CREATE TABLE referral_tally (
    month TEXT NOT NULL,
    state TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (month, state)
);
