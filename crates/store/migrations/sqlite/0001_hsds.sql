-- HSDS 3.0 tables: real columns for what features query or join on; the whole
-- record (extension fields included) in `data`, so import and export are lossless.

CREATE TABLE taxonomy (
    id TEXT PRIMARY KEY,
    name TEXT,
    data TEXT NOT NULL
);

CREATE TABLE taxonomy_term (
    id TEXT PRIMARY KEY,
    taxonomy_id TEXT,
    parent_id TEXT,
    code TEXT,
    name TEXT,
    data TEXT NOT NULL
);
CREATE INDEX taxonomy_term_taxonomy_id_idx ON taxonomy_term (taxonomy_id);
CREATE INDEX taxonomy_term_parent_id_idx ON taxonomy_term (parent_id);
CREATE INDEX taxonomy_term_code_idx ON taxonomy_term (code);
CREATE INDEX taxonomy_term_name_idx ON taxonomy_term (name);

CREATE TABLE organization (
    id TEXT PRIMARY KEY,
    name TEXT,
    parent_organization_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX organization_name_idx ON organization (name);
CREATE INDEX organization_parent_organization_id_idx ON organization (parent_organization_id);

CREATE TABLE program (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    name TEXT,
    data TEXT NOT NULL
);
CREATE INDEX program_organization_id_idx ON program (organization_id);
CREATE INDEX program_name_idx ON program (name);

CREATE TABLE service (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    program_id TEXT,
    name TEXT,
    status TEXT,
    last_modified TEXT,
    data TEXT NOT NULL
);
CREATE INDEX service_organization_id_idx ON service (organization_id);
CREATE INDEX service_program_id_idx ON service (program_id);
CREATE INDEX service_name_idx ON service (name);

CREATE TABLE location (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    name TEXT,
    latitude REAL,
    longitude REAL,
    data TEXT NOT NULL
);
CREATE INDEX location_organization_id_idx ON location (organization_id);
CREATE INDEX location_name_idx ON location (name);

CREATE TABLE service_at_location (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    location_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX service_at_location_service_id_idx ON service_at_location (service_id);
CREATE INDEX service_at_location_location_id_idx ON service_at_location (location_id);

CREATE TABLE address (
    id TEXT PRIMARY KEY,
    location_id TEXT,
    postal_code TEXT,
    city TEXT,
    data TEXT NOT NULL
);
CREATE INDEX address_location_id_idx ON address (location_id);
CREATE INDEX address_postal_code_idx ON address (postal_code);

CREATE TABLE contact (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    service_id TEXT,
    service_at_location_id TEXT,
    location_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX contact_organization_id_idx ON contact (organization_id);
CREATE INDEX contact_service_id_idx ON contact (service_id);
CREATE INDEX contact_service_at_location_id_idx ON contact (service_at_location_id);
CREATE INDEX contact_location_id_idx ON contact (location_id);

CREATE TABLE phone (
    id TEXT PRIMARY KEY,
    location_id TEXT,
    service_id TEXT,
    organization_id TEXT,
    contact_id TEXT,
    service_at_location_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX phone_location_id_idx ON phone (location_id);
CREATE INDEX phone_service_id_idx ON phone (service_id);
CREATE INDEX phone_organization_id_idx ON phone (organization_id);
CREATE INDEX phone_contact_id_idx ON phone (contact_id);
CREATE INDEX phone_service_at_location_id_idx ON phone (service_at_location_id);

CREATE TABLE schedule (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    location_id TEXT,
    service_at_location_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX schedule_service_id_idx ON schedule (service_id);
CREATE INDEX schedule_location_id_idx ON schedule (location_id);
CREATE INDEX schedule_service_at_location_id_idx ON schedule (service_at_location_id);

CREATE TABLE language (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    location_id TEXT,
    phone_id TEXT,
    code TEXT,
    data TEXT NOT NULL
);
CREATE INDEX language_service_id_idx ON language (service_id);
CREATE INDEX language_location_id_idx ON language (location_id);
CREATE INDEX language_phone_id_idx ON language (phone_id);
CREATE INDEX language_code_idx ON language (code);

CREATE TABLE accessibility (
    id TEXT PRIMARY KEY,
    location_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX accessibility_location_id_idx ON accessibility (location_id);

CREATE TABLE cost_option (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX cost_option_service_id_idx ON cost_option (service_id);

CREATE TABLE service_area (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX service_area_service_id_idx ON service_area (service_id);

CREATE TABLE funding (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    service_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX funding_organization_id_idx ON funding (organization_id);
CREATE INDEX funding_service_id_idx ON funding (service_id);

CREATE TABLE required_document (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX required_document_service_id_idx ON required_document (service_id);

CREATE TABLE organization_identifier (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX organization_identifier_organization_id_idx ON organization_identifier (organization_id);

CREATE TABLE attribute (
    id TEXT PRIMARY KEY,
    link_id TEXT,
    link_entity TEXT,
    taxonomy_term_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX attribute_link_id_idx ON attribute (link_id);
CREATE INDEX attribute_taxonomy_term_id_idx ON attribute (taxonomy_term_id);

CREATE TABLE metadata (
    id TEXT PRIMARY KEY,
    resource_id TEXT,
    resource_type TEXT,
    data TEXT NOT NULL
);
CREATE INDEX metadata_resource_id_idx ON metadata (resource_id);

CREATE TABLE meta_table_description (
    id TEXT PRIMARY KEY,
    name TEXT,
    data TEXT NOT NULL
);
CREATE INDEX meta_table_description_name_idx ON meta_table_description (name);

CREATE INDEX location_geo_idx ON location (latitude, longitude);

-- Every write appends here; each app node follows it to keep its search index current.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
