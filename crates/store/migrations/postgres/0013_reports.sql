-- Reports: the population figures a coordinator uploaded in place of the shipped ones
-- (none: the shipped figures count). Replaced as a whole, in one transaction.
CREATE TABLE report_population (
    district_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    population BIGINT NOT NULL,
    -- Foreign population; NULL where the figures do not give it.
    foreign_population BIGINT
);

-- Where the uploaded figures come from: one row while there are any.
CREATE TABLE report_population_source (
    id BIGINT PRIMARY KEY,
    source TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL
);

-- The referral figures: the kind and district of the service a referral went to, as
-- they were when it was written (they describe the service, not the client; its need
-- stays sealed in the details).
ALTER TABLE referral ADD COLUMN service_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN service_district TEXT NOT NULL DEFAULT '';

-- What survives of a deleted referral for the figures: counts by month of sending,
-- needs, service kind and district, route, state and days to first contact (-1: none).
-- No organisation, service or person.
CREATE TABLE referral_fact_tally (
    month TEXT NOT NULL,
    needs TEXT NOT NULL,
    service_kind TEXT NOT NULL,
    service_district TEXT NOT NULL,
    route TEXT NOT NULL,
    state TEXT NOT NULL,
    contact_days BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (month, needs, service_kind, service_district, route, state, contact_days)
);
