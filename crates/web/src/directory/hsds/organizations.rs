//! `/organizations` and `/organizations/{id}` of the HSDS API.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_store::{Filter, organizations_graph};
use serde_json::Value;

use super::params::{HsdsResult, IdPath, ListQuery, Params, offset, page, path_id};
use super::query::{Full, FullService, InTaxonomy, Paging, RecordId, Term, Text};
use super::services::{self, Shape};
use crate::AppState;
use crate::chrome::error::AppError;

/// The query parameters `list` reads.
pub const PARAMS: [&str; 8] = [
    "search",
    "full_service",
    "full",
    "taxonomy_term_id",
    "taxonomy_id",
    "page",
    "per_page",
    "format",
];

/// POST `/hsds/organizations`, as the HSDS description also lists it: the same as GET.
#[utoipa::path(
    post,
    path = "/hsds/organizations",
    tag = "hsds",
    operation_id = "hsdsOrganizationsPost",
    summary = "List organizations (POST, as the HSDS description also lists it; parameters in the query string)",
    description = "An HSDS `Page` of organizations ordered by name.",
    params(Text, FullService, Full, Term, InTaxonomy, Paging),
    responses((status = 200, description = "One page of organizations.", content_type = "application/json", body = ref("#/components/schemas/OrganizationPage"))),
)]
pub async fn list_post(state: State<AppState>, query: ListQuery) -> HsdsResult {
    list(state, query).await
}

/// GET `/hsds/organizations`: an HSDS `Page` of organizations (`organization_list`), or
/// fully nested ones with `full` (their services in full with `full_service`).
#[utoipa::path(
    get,
    path = "/hsds/organizations",
    tag = "hsds",
    operation_id = "hsdsOrganizations",
    summary = "List organizations",
    description = "An HSDS `Page` of organizations ordered by name.",
    params(Text, FullService, Full, Term, InTaxonomy, Paging),
    responses((status = 200, description = "One page of organizations.", content_type = "application/json", body = ref("#/components/schemas/OrganizationPage"))),
)]
pub async fn list(State(state): State<AppState>, query: ListQuery) -> HsdsResult {
    let p = Params::parse(query)?;
    let window = p.window()?;
    let full_service = p.flag("full_service")?;
    let full = p.flag("full")? || full_service;
    let mut filters = Vec::new();
    if let Some(text) = p.text("search")? {
        filters.push(Filter::NameContains(text));
    }
    // Terms are mostly given to services: an organization carries a term itself or
    // through one of its services.
    let tagged = |term: Filter| {
        Filter::Any(vec![
            Filter::tagged(term.clone()),
            Filter::Has {
                entity: Entity::Service,
                fk: "organization_id",
                filter: Box::new(Filter::tagged(term)),
            },
        ])
    };
    filters.extend(p.term_filters(tagged)?);
    let (total, records) = state
        .store
        .records_page(
            Entity::Organization,
            &filters,
            offset(window),
            window.per_page,
        )
        .await?;
    let contents = if full {
        let ids: Vec<String> = records.into_iter().map(|r| r.id).collect();
        nested(&state, &ids, full_service).await?
    } else {
        records
            .into_iter()
            .map(|r| Value::Object(r.fields))
            .collect()
    };
    Ok(Json(page(total, window, contents)))
}

/// GET `/hsds/organizations/{id}`: the fully nested organization with its services (their
/// one-to-one fields; in full with `full_service`).
#[utoipa::path(
    get,
    path = "/hsds/organizations/{id}",
    tag = "hsds",
    operation_id = "hsdsOrganization",
    summary = "One fully nested organization with its services",
    params(RecordId, FullService),
    responses((status = 200, description = "The organization.", content_type = "application/json", body = ref("#/components/schemas/Organization"))),
)]
pub async fn one(State(state): State<AppState>, path: IdPath, query: ListQuery) -> HsdsResult {
    let id = path_id(path)?;
    let full_service = Params::parse(query)?.flag("full_service")?;
    nested(&state, std::slice::from_ref(&id), full_service)
        .await?
        .pop()
        .map(Json)
        .ok_or(AppError::NotFound)
}

/// The organizations `ids` fully nested, in that order, each with a `services` array.
async fn nested(
    state: &AppState,
    ids: &[String],
    full_service: bool,
) -> Result<Vec<Value>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let ds = organizations_graph(state.store.as_ref(), ids).await?;
    let services = state
        .store
        .fetch_by(Entity::Service, "organization_id", ids)
        .await?;
    // Nested in its organization, a service need not repeat that organization.
    let items = if full_service {
        services::items(state, Shape::Full, services).await?
    } else {
        services
            .into_iter()
            .map(|s| Value::Object(s.fields))
            .collect()
    };
    let mut items_by_org: HashMap<String, Vec<Value>> = HashMap::new();
    for item in items {
        if let Some(org) = item.get("organization_id").and_then(Value::as_str) {
            items_by_org.entry(org.to_string()).or_default().push(item);
        }
    }
    let nester = Nester::new(&ds);
    let mut seen = Seen::default();
    Ok(ids
        .iter()
        .filter_map(|id| {
            let mut org = nester.organization(id, &mut seen)?;
            if let Value::Object(obj) = &mut org {
                let services = items_by_org.remove(id).unwrap_or_default();
                obj.insert("services".into(), Value::Array(services));
            }
            Some(org)
        })
        .collect())
}
