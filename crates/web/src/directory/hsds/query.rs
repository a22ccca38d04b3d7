//! The HSDS API's parameters as the OpenAPI document states them, in groups that the
//! operations combine. The handlers read the raw query ([`super::params::Params`] refuses
//! unknown names and repeats), so these types only describe; a test holds each
//! operation's documented names to the `PARAMS` list its handler reads.
#![allow(dead_code)] // The fields describe parameters; nothing reads them.

use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Paging, and the answer's format.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// HSDS: page number, from 1. Pages past the end are empty.
    #[param(minimum = 1, default = 1)]
    page: Option<u64>,
    /// HSDS: items per page.
    #[param(minimum = 1, maximum = 100, default = 25)]
    per_page: Option<u64>,
    /// HSDS: only `json` is supported.
    #[param(value_type = Option<Format>, inline)]
    format: Option<String>,
}

/// The formats an answer can take.
#[derive(ToSchema)]
#[schema(rename_all = "lowercase", default = "json")]
pub enum Format {
    Json,
}

/// Full text.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Text {
    /// HSDS: full text. On services answered from the search index (synonyms in all UI
    /// languages), ordered by relevance; on other lists: the name contains the text (case
    /// ignored).
    #[param(max_length = 200)]
    search: Option<String>,
}

/// Records carrying a taxonomy term.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Term {
    /// HSDS: records carrying this taxonomy term (its `id`; comma-separate up to 100 to
    /// allow any of them). Not a UUID: 400; a term nothing carries: an empty page.
    /// Organizations carry the terms of their services, services at locations those of
    /// their service.
    taxonomy_term_id: Option<String>,
}

/// Records carrying a term of a taxonomy.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InTaxonomy {
    /// HSDS: records carrying any term of this taxonomy (comma-separate several). On
    /// taxonomy terms: the terms of this taxonomy.
    taxonomy_id: Option<String>,
}

/// Services of organizations, changed since.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ServiceFilters {
    /// HSDS: the services of this organization (comma-separate up to 100). Cannot be
    /// combined with `search` or `postcode` on /services (400).
    organization_id: Option<String>,
    /// HSDS: services whose `last_modified` is at or after this instant: a date
    /// (2025-01-15, from midnight UTC) or a date-time with offset
    /// (2025-01-15T09:00:00+01:00). Cannot be combined with `search` or `postcode` on
    /// /services (400).
    modified_after: Option<String>,
}

/// Fully nested items.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Full {
    /// HSDS: `true` gives fully nested items, as the `/{id}` path answers.
    #[param(default = false)]
    full: Option<bool>,
}

/// Minimal service items.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Minimal {
    /// HSDS: `true` gives each service with only `id`, `name`, `status` and
    /// `last_modified` (the last is what the description asks for; the others its schema
    /// requires). Not with `full`.
    #[param(default = false)]
    minimal: Option<bool>,
}

/// Services around a postcode.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ServicesNear {
    /// German postcode: services within `proximity` of its centroid (25 km without
    /// `proximity`), and statewide services. Defined by HSDS for /service_at_locations;
    /// offered here for services too.
    #[param(pattern = "^[0-9]{5}$")]
    postcode: Option<String>,
    /// Distance in metres from the centroid of `postcode`. Only with `postcode`.
    #[param(exclusive_minimum = 0, maximum = 500000)]
    proximity: Option<f64>,
}

/// Services at locations around a postcode.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LocationsNear {
    /// German postcode: services at locations within `proximity` of its centroid (25 km
    /// without `proximity`).
    #[param(pattern = "^[0-9]{5}$")]
    postcode: Option<String>,
    /// Distance in metres from the centroid of `postcode`. Only with `postcode`.
    #[param(exclusive_minimum = 0, maximum = 500000)]
    proximity: Option<f64>,
}

/// An organization's services in full.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FullService {
    /// HSDS: `true` nests the services of an organization in full (on the list, implies
    /// `full`).
    #[param(default = false)]
    full_service: Option<bool>,
}

/// Where a term sits in its tree.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Tree {
    /// HSDS: `true` keeps the terms without a parent (the top of each tree).
    #[param(default = false)]
    top_only: Option<bool>,
    /// HSDS: the terms whose parent is this term (comma-separate several).
    parent_id: Option<String>,
}

/// One record.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct RecordId {
    /// The record id (a UUID in hyphenated form).
    #[param(format = "uuid")]
    id: String,
}
