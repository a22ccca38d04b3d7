-- The annual Fachtag: events by year, their rooms and their sessions (talks, panels,
-- workshops, breaks). Registrations come in a later migration.
CREATE TABLE conference_event (
    id TEXT PRIMARY KEY,
    year BIGINT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    -- The day it takes place and the last day of registration (days since 1970-01-01).
    day BIGINT NOT NULL,
    venue TEXT NOT NULL,
    address TEXT NOT NULL,
    description TEXT NOT NULL,
    -- Places in all; 0 for no limit beyond the rooms.
    capacity BIGINT NOT NULL,
    registration_until BIGINT NOT NULL,
    consent TEXT NOT NULL,
    offer_hours BIGINT NOT NULL,
    delete_after_days BIGINT NOT NULL,
    -- The number the next new session gets: numbers are never reused, even after a
    -- deletion, so conference apps that keep a session by its id never mix two up.
    next_number BIGINT NOT NULL DEFAULT 1,
    -- 1 for the sample events.
    example BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE conference_room (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    accessible BIGINT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX conference_room_event_idx ON conference_room (event_id, position);

CREATE TABLE conference_session (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    -- 1, 2, … within the event, never reused: the schedule export's id.
    number BIGINT NOT NULL,
    room_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Minutes after local midnight of the event's day.
    starts BIGINT NOT NULL,
    ends BIGINT NOT NULL,
    description TEXT NOT NULL,
    -- JSON array of {name, role, organisation}.
    speakers TEXT NOT NULL,
    -- Places of a workshop; NULL: the room's.
    capacity BIGINT,
    UNIQUE (event_id, number)
);

-- Registrations: one row per person. People registered together share a group and wait
-- together. Personal data (name, organisation, e-mail, answers) is deleted a set time
-- after the event; the row stays, emptied, so the year's counts remain.
CREATE TABLE conference_registration (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    -- confirmed, waiting, offered, cancelled, expired
    state TEXT NOT NULL,
    -- Order of arrival: the waiting list is served by it.
    position BIGINT NOT NULL,
    offer_until BIGINT,
    -- SHA-256 of the token of the link that accepts or declines an offered place.
    offer_token_hash TEXT,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    organisation TEXT NOT NULL,
    role TEXT NOT NULL,
    dietary TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    interpreting TEXT NOT NULL,
    -- The language mails are written in.
    lang TEXT NOT NULL,
    -- SHA-256 of the personal link's token.
    token_hash TEXT NOT NULL UNIQUE,
    -- The code of the QR code shown at check-in.
    checkin_code TEXT NOT NULL UNIQUE,
    checked_in_at BIGINT,
    -- The district of the organisation's postal code, kept after deletion for the counts.
    district TEXT NOT NULL DEFAULT '',
    personal_deleted BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX conference_registration_event_idx ON conference_registration (event_id, state, position);
-- One active registration per address and event: a second one is refused.
CREATE UNIQUE INDEX conference_registration_email_idx ON conference_registration (event_id, email)
    WHERE state IN ('confirmed', 'waiting', 'offered') AND personal_deleted = 0;

-- Workshop choices: a place in a workshop, or a place on its waiting list.
CREATE TABLE conference_choice (
    registration_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    state TEXT NOT NULL,
    position BIGINT NOT NULL,
    offer_until BIGINT,
    offer_token_hash TEXT,
    PRIMARY KEY (registration_id, session_id)
);
CREATE INDEX conference_registration_offer_idx ON conference_registration (offer_token_hash);
CREATE INDEX conference_choice_offer_idx ON conference_choice (offer_token_hash);
CREATE INDEX conference_choice_session_idx ON conference_choice (session_id, state, position);
