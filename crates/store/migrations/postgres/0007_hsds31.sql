-- HSDS 3.1: service capacity with its units, additional URLs of services and
-- organizations, and service areas of a service at a location.

CREATE TABLE unit (
    id TEXT PRIMARY KEY,
    name TEXT,
    data JSON NOT NULL
);
CREATE INDEX unit_name_idx ON unit (name);

CREATE TABLE service_capacity (
    id TEXT PRIMARY KEY,
    service_id TEXT,
    unit_id TEXT,
    data JSON NOT NULL
);
CREATE INDEX service_capacity_service_id_idx ON service_capacity (service_id);
CREATE INDEX service_capacity_unit_id_idx ON service_capacity (unit_id);

CREATE TABLE url (
    id TEXT PRIMARY KEY,
    organization_id TEXT,
    service_id TEXT,
    data JSON NOT NULL
);
CREATE INDEX url_organization_id_idx ON url (organization_id);
CREATE INDEX url_service_id_idx ON url (service_id);

ALTER TABLE service_area ADD COLUMN service_at_location_id TEXT;
CREATE INDEX service_area_service_at_location_id_idx ON service_area (service_at_location_id);
UPDATE service_area SET service_at_location_id = data->>'service_at_location_id';
