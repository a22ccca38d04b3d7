//! The HSDS API (Open Referral HSDS 3.1 API description) under a base path of its own,
//! [`BASE`]: every read endpoint of the description with the query parameters it defines,
//! in its shapes (`Page` objects; list and full items). Lists are paged in the store.
//! Answers are JSON only, errors included (404 for an unknown id, 400 naming a bad
//! parameter); `tests/api/hsds_conformance.sh` checks them with the official description.

pub mod organizations;
pub mod params;
pub mod service_at_locations;
pub mod services;
pub mod taxonomies;

use axum::Json;
use axum::extract::State;
use axum::routing::{MethodRouter, get};
use serde_json::{Value, json};

use crate::AppState;

/// Where the HSDS API lives.
pub const BASE: &str = "/hsds";
/// The HSDS version the API states.
pub const HSDS_VERSION: &str = beratungsnetz_core::hsds::VERSION;
pub use beratungsnetz_core::hsds::PROFILE;

/// GET `/hsds/`: what this API is (the description's `/`).
pub async fn meta(State(state): State<AppState>) -> Json<Value> {
    Json(json!({
        "version": HSDS_VERSION,
        "profile": PROFILE,
        // Our own document describes these paths as this server serves them.
        "openapi_url": format!("{}/api/v1/openapi.json", state.config.public_url),
    }))
}

/// The HSDS API's routes. The description also lists the lists as POST (same parameters,
/// in the query string), so they answer both.
pub fn api_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    use organizations as org;
    use service_at_locations as sal;
    vec![
        ("/hsds", get(meta)),
        ("/hsds/", get(meta)),
        ("/hsds/services", get(services::list).post(services::list)),
        ("/hsds/services/{id}", get(services::one)),
        ("/hsds/organizations", get(org::list).post(org::list)),
        ("/hsds/organizations/{id}", get(org::one)),
        (
            "/hsds/taxonomies",
            get(taxonomies::taxonomies).post(taxonomies::taxonomies),
        ),
        ("/hsds/taxonomies/{id}", get(taxonomies::taxonomy)),
        (
            "/hsds/taxonomy_terms",
            get(taxonomies::terms).post(taxonomies::terms),
        ),
        ("/hsds/taxonomy_terms/{id}", get(taxonomies::term)),
        ("/hsds/service_at_locations", get(sal::list).post(sal::list)),
        ("/hsds/service_at_locations/{id}", get(sal::one)),
    ]
}
