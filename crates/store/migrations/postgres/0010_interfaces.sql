-- Interface sheets (Schnittstellenblätter): per service kind, versions that are written
-- once and never changed; the newest is the one in force.
CREATE TABLE interface_sheet (
    kind TEXT NOT NULL,
    version BIGINT NOT NULL,
    year BIGINT NOT NULL,
    source TEXT NOT NULL,
    -- 1 for the sample sheets, shown as examples.
    example BIGINT NOT NULL DEFAULT 0,
    when_to_refer TEXT NOT NULL,
    clarify_first TEXT NOT NULL,
    documents TEXT NOT NULL,
    consent TEXT NOT NULL,
    waiting_time TEXT NOT NULL,
    contact TEXT NOT NULL,
    reports_back TEXT NOT NULL,
    -- Who wrote it (None for the sample data), and whose comment it took up.
    author_account TEXT,
    from_comment TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (kind, version)
);

-- Counsellors' comments on a version, with an optional new wording of one section that a
-- coordinator accepts (a new version) or rejects.
CREATE TABLE interface_comment (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version BIGINT NOT NULL,
    section TEXT,
    body TEXT NOT NULL,
    proposal TEXT,
    account_id TEXT NOT NULL,
    state TEXT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX interface_comment_kind_idx ON interface_comment (kind, created_at);

-- Which needs a service kind usually serves, as coordinators curated it (the matrix of
-- kinds and needs). A kind without rows has the vocabulary's default; a row with an empty
-- need marks a kind curated to serve none.
CREATE TABLE kind_need (
    kind TEXT NOT NULL,
    need TEXT NOT NULL,
    PRIMARY KEY (kind, need)
);
