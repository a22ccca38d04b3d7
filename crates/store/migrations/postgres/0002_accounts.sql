-- Accounts, sessions, one-time tokens, audit log, outgoing mail and job leases.
-- Times are Unix seconds (BIGINT), the same in both engines.

ALTER TABLE service ADD COLUMN assured_date TEXT;
UPDATE service SET assured_date = data->>'assured_date';
CREATE INDEX service_assured_date_idx ON service (assured_date);

CREATE TABLE account (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    created_at BIGINT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE
);

-- Coordinators hold their role for the whole network: organization_id = ''.
CREATE TABLE membership (
    account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    organization_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, role, organization_id)
);
CREATE INDEX membership_organization_id_idx ON membership (organization_id);

-- Only a hash of the cookie's token is stored.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX session_account_id_idx ON session (account_id);

-- Invitations and password resets: a hash of the link's token.
CREATE TABLE one_time_token (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT,
    organization_id TEXT,
    created_by TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE login_failure (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failure_key_idx ON login_failure (key, at);

CREATE TABLE audit_log (
    seq BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    account_id TEXT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    organization_id TEXT,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE TABLE mail_outbox (
    seq BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE job_lease (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until BIGINT NOT NULL
);

-- The verification date a reminder was sent for, so each is sent once.
CREATE TABLE freshness_reminder (
    service_id TEXT PRIMARY KEY,
    verified TEXT NOT NULL,
    sent_at BIGINT NOT NULL
);
