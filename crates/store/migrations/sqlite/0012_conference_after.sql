-- After the Fachtag: certificates of attendance, anonymous feedback, the reminder mail,
-- and the organisations counted before attendee data is deleted.

-- A certificate of attendance, issued once to a person who was checked in. Its code is
-- printed on it and confirmed by a public page; the name is emptied with the attendee's
-- personal data, the rest stays so old certificates still verify.
CREATE TABLE conference_certificate (
    code TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    -- JSON array of the sessions attended: {title, starts, ends}.
    sessions TEXT NOT NULL,
    issued_at BIGINT NOT NULL
);

-- Feedback: no registration, no time of day, so it cannot be traced to a person; the
-- registration only marks that it gave feedback (once).
CREATE TABLE conference_feedback (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    overall BIGINT NOT NULL,
    useful BIGINT NOT NULL,
    comment TEXT NOT NULL,
    wishes TEXT NOT NULL
);
CREATE INDEX conference_feedback_event_idx ON conference_feedback (event_id);

ALTER TABLE conference_registration ADD COLUMN feedback_given BIGINT NOT NULL DEFAULT 0;
ALTER TABLE conference_registration ADD COLUMN reminded BIGINT NOT NULL DEFAULT 0;
-- How many organisations took part, counted when the attendee data is deleted.
ALTER TABLE conference_event ADD COLUMN organisations BIGINT;

-- Workshop results: the notes of a workshop, the interface sheets (by service kind) it
-- revised, and files (minutes, photos of the flip charts, presentations).
CREATE TABLE conference_result (
    session_id TEXT PRIMARY KEY,
    notes TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE conference_result_sheet (
    session_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (session_id, kind)
);
CREATE INDEX conference_result_sheet_kind_idx ON conference_result_sheet (kind);
CREATE TABLE conference_file (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    body BLOB NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX conference_file_session_idx ON conference_file (session_id);
