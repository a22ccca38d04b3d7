//! Where the services lived before the HSDS API had a base path, kept for clients:
//! `/services` and `/api/v1/services`, each with `/{id}`, answer as `/hsds/services`.

use axum::extract::State;

use super::params::{HsdsResult, IdPath, ListQuery};
use super::query::{
    Full, InTaxonomy, Minimal, Paging, RecordId, ServiceFilters, ServicesNear, Term, Text,
};
use super::services::{self, LIST_DESCRIPTION};
use crate::AppState;

#[utoipa::path(
    get,
    path = "/api/v1/services",
    tag = "directory",
    operation_id = "listServices",
    summary = "List services (HSDS)",
    description = LIST_DESCRIPTION,
    params(Text, Term, InTaxonomy, ServiceFilters, Minimal, Full, ServicesNear, Paging),
    responses((status = 200, description = "One page of services. Kept as an alias of /hsds/services.", content_type = "application/json", body = ref("#/components/schemas/ServicePage"))),
)]
pub async fn list_v1(state: State<AppState>, query: ListQuery) -> HsdsResult {
    services::list(state, query).await
}

#[utoipa::path(
    get,
    path = "/api/v1/services/{id}",
    tag = "directory",
    operation_id = "getService",
    summary = "One fully nested service (HSDS)",
    description = "Kept as an alias of /hsds/services/{id}.",
    params(RecordId),
    responses((status = 200, description = "The service.", content_type = "application/json", body = ref("#/components/schemas/Service"))),
)]
pub async fn one_v1(state: State<AppState>, path: IdPath) -> HsdsResult {
    services::one(state, path).await
}

#[utoipa::path(
    get,
    path = "/services",
    tag = "hsds",
    operation_id = "hsdsListServices",
    summary = "List services (HSDS)",
    description = LIST_DESCRIPTION,
    params(Text, Term, InTaxonomy, ServiceFilters, Minimal, Full, ServicesNear, Paging),
    responses((status = 200, description = "One page of services. Kept as an alias of /hsds/services.", content_type = "application/json", body = ref("#/components/schemas/ServicePage"))),
)]
pub async fn list_root(state: State<AppState>, query: ListQuery) -> HsdsResult {
    services::list(state, query).await
}

#[utoipa::path(
    get,
    path = "/services/{id}",
    tag = "hsds",
    operation_id = "hsdsGetService",
    summary = "One fully nested service (HSDS)",
    description = "Kept as an alias of /hsds/services/{id}.",
    params(RecordId),
    responses((status = 200, description = "The service.", content_type = "application/json", body = ref("#/components/schemas/Service"))),
)]
pub async fn one_root(state: State<AppState>, path: IdPath) -> HsdsResult {
    services::one(state, path).await
}
