//! The HSDS API (Open Referral HSDS 3.1 API description) under a base path of its own,
//! [`BASE`]: every read endpoint of the description with the query parameters it defines,
//! in its shapes (`Page` objects; list and full items). Lists are paged in the store.
//! Answers are JSON only, errors included (404 for an unknown id, 400 naming a bad
//! parameter); `tests/api/hsds_conformance.sh` checks them with the official description.

pub mod aliases;
pub mod organizations;
pub mod params;
pub mod query;
pub mod service_at_locations;
pub mod services;
pub mod taxonomies;

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

/// Where the HSDS API lives.
pub const BASE: &str = "/hsds";
/// The HSDS version the API states.
pub const HSDS_VERSION: &str = beratungsnetz_core::hsds::VERSION;
pub use beratungsnetz_core::hsds::PROFILE;

/// What this API is (HSDS `/`).
#[derive(Serialize, ToSchema)]
pub struct Meta {
    /// The HSDS version.
    #[schema(example = "3.1")]
    pub version: String,
    /// The HSDS profile: the specification itself.
    #[schema(format = "uri")]
    pub profile: String,
    /// This document.
    #[schema(format = "uri")]
    pub openapi_url: String,
}

/// What this API is (HSDS `/`)
#[utoipa::path(
    get,
    path = "/hsds",
    tag = "hsds",
    operation_id = "hsdsMeta",
    responses((status = 200, description = "Version, profile and this document.", body = Meta)),
)]
pub async fn meta(State(state): State<AppState>) -> Json<Meta> {
    Json(Meta {
        version: HSDS_VERSION.to_string(),
        profile: PROFILE.to_string(),
        // Our own document describes these paths as this server serves them.
        openapi_url: format!("{}/api/v1/openapi.json", state.config.public_url),
    })
}

/// What this API is (HSDS `/`) (with the trailing slash the HSDS description implies)
#[utoipa::path(
    get,
    path = "/hsds/",
    tag = "hsds",
    operation_id = "hsdsMetaSlash",
    responses((status = 200, description = "Version, profile and this document.", body = Meta)),
)]
pub async fn meta_slash(state: State<AppState>) -> Json<Meta> {
    meta(state).await
}

/// The HSDS API's routes, each with its operation in the OpenAPI document. The description
/// also lists the lists as POST (same parameters, in the query string), so they answer both.
pub fn api() -> OpenApiRouter<AppState> {
    use organizations as org;
    use service_at_locations as sal;
    OpenApiRouter::default()
        .routes(routes!(meta))
        .routes(routes!(meta_slash))
        .routes(routes!(services::list, services::list_post))
        .routes(routes!(services::one))
        .routes(routes!(org::list, org::list_post))
        .routes(routes!(org::one))
        .routes(routes!(taxonomies::taxonomies, taxonomies::taxonomies_post))
        .routes(routes!(taxonomies::taxonomy))
        .routes(routes!(taxonomies::terms, taxonomies::terms_post))
        .routes(routes!(taxonomies::term))
        .routes(routes!(sal::list, sal::list_post))
        .routes(routes!(sal::one))
}
