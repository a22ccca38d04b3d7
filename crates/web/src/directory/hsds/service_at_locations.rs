//! `/service_at_locations` and `/service_at_locations/{id}` of the HSDS API.

use std::collections::{BTreeSet, HashMap};

use axum::Json;
use axum::extract::State;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::hsds::{Entity, Record};
use beratungsnetz_store::{Filter, services_graph};
use serde_json::Value;

use super::params::{HsdsResult, IdPath, ListQuery, Params, offset, page, path_id};
use super::query::{Full, InTaxonomy, LocationsNear, Paging, RecordId, ServiceFilters, Term, Text};
use crate::AppState;
use crate::chrome::error::AppError;

/// The query parameters `list` reads.
pub const PARAMS: [&str; 11] = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "full",
    "page",
    "per_page",
    "format",
    "postcode",
    "proximity",
];

/// POST `/hsds/service_at_locations`, as the HSDS description also lists it: the same as GET.
#[utoipa::path(
    post,
    path = "/hsds/service_at_locations",
    tag = "hsds",
    operation_id = "hsdsServiceAtLocationsPost",
    summary = "List services at locations (POST, as the HSDS description also lists it; parameters in the query string)",
    description = "An HSDS `Page` of services at locations ordered by id. `search` looks in the names of the service and the location; `organization_id`, `modified_after` and terms apply through the service.",
    params(Text, Term, InTaxonomy, ServiceFilters, Full, LocationsNear, Paging),
    responses((status = 200, description = "One page of services at locations.", content_type = "application/json", body = ref("#/components/schemas/ServiceAtLocationPage"))),
)]
pub async fn list_post(state: State<AppState>, query: ListQuery) -> HsdsResult {
    list(state, query).await
}

/// GET `/hsds/service_at_locations`: an HSDS `Page` of services at locations, each with
/// its location and service (their one-to-one fields), or fully nested with `full`.
/// Filters on the service (organization, last change, name) apply through it.
#[utoipa::path(
    get,
    path = "/hsds/service_at_locations",
    tag = "hsds",
    operation_id = "hsdsServiceAtLocations",
    summary = "List services at locations",
    description = "An HSDS `Page` of services at locations ordered by id. `search` looks in the names of the service and the location; `organization_id`, `modified_after` and terms apply through the service.",
    params(Text, Term, InTaxonomy, ServiceFilters, Full, LocationsNear, Paging),
    responses((status = 200, description = "One page of services at locations.", content_type = "application/json", body = ref("#/components/schemas/ServiceAtLocationPage"))),
)]
pub async fn list(State(state): State<AppState>, query: ListQuery) -> HsdsResult {
    let p = Params::parse(query)?;
    let window = p.window()?;
    let full = p.flag("full")?;
    let service = |f: Filter| Filter::via("service_id", Entity::Service, f);
    let location = |f: Filter| Filter::via("location_id", Entity::Location, f);
    let mut filters = Vec::new();
    if let Some(text) = p.text("search")? {
        filters.push(Filter::Any(vec![
            service(Filter::NameContains(text.clone())),
            location(Filter::NameContains(text)),
        ]));
    }
    // A term given to the service at this location, or to the service itself.
    let tagged = |term: Filter| {
        Filter::Any(vec![
            Filter::tagged(term.clone()),
            service(Filter::tagged(term)),
        ])
    };
    filters.extend(p.term_filters(tagged)?);
    let organizations = p.ids("organization_id")?;
    if !organizations.is_empty() {
        filters.push(service(Filter::In("organization_id", organizations)));
    }
    if let Some(after) = p.modified_after()? {
        filters.push(service(Filter::AtLeast("last_modified", after)));
    }
    if let Some(near) = p.place()? {
        filters.push(location(Filter::Near {
            lat: near.lat,
            lon: near.lon,
            radius_km: near.radius_km,
        }));
    }
    let (total, records) = state
        .store
        .records_page(
            Entity::ServiceAtLocation,
            &filters,
            offset(window),
            window.per_page,
        )
        .await?;
    let contents = if full {
        nested(&state, &records).await?
    } else {
        listed(&state, records).await?
    };
    Ok(Json(page(total, window, contents)))
}

/// GET `/hsds/service_at_locations/{id}`: fully nested, with its service's one-to-one
/// fields.
#[utoipa::path(
    get,
    path = "/hsds/service_at_locations/{id}",
    tag = "hsds",
    operation_id = "hsdsServiceAtLocation",
    summary = "One fully nested service at a location",
    params(RecordId),
    responses((status = 200, description = "The service at the location.", content_type = "application/json", body = ref("#/components/schemas/ServiceAtLocation"))),
)]
pub async fn one(State(state): State<AppState>, path: IdPath) -> HsdsResult {
    let id = path_id(path)?;
    let records = state
        .store
        .fetch_by(Entity::ServiceAtLocation, "id", &[id])
        .await?;
    if records.is_empty() {
        return Err(AppError::NotFound);
    }
    nested(&state, &records)
        .await?
        .pop()
        .map(Json)
        .ok_or(AppError::NotFound)
}

/// The distinct values of `field` in `records`.
fn refs(records: &[Record], field: &str) -> Vec<String> {
    let set: BTreeSet<String> = records
        .iter()
        .filter_map(|r| r.str(field).map(str::to_string))
        .collect();
    set.into_iter().collect()
}

/// Each with its location and service as plain records.
async fn listed(state: &AppState, records: Vec<Record>) -> Result<Vec<Value>, AppError> {
    let by_id = |rows: Vec<Record>| -> HashMap<String, Record> {
        rows.into_iter().map(|r| (r.id.clone(), r)).collect()
    };
    let store = state.store.as_ref();
    let locations = by_id(
        store
            .fetch_by(Entity::Location, "id", &refs(&records, "location_id"))
            .await?,
    );
    let services = by_id(
        store
            .fetch_by(Entity::Service, "id", &refs(&records, "service_id"))
            .await?,
    );
    Ok(records
        .into_iter()
        .map(|r| {
            let location = r.str("location_id").and_then(|id| locations.get(id));
            let service = r.str("service_id").and_then(|id| services.get(id));
            let (location, service) = (location.cloned(), service.cloned());
            let mut obj = r.fields;
            if let Some(l) = location {
                obj.insert("location".into(), Value::Object(l.fields));
            }
            if let Some(s) = service {
                obj.insert("service".into(), Value::Object(s.fields));
            }
            Value::Object(obj)
        })
        .collect())
}

/// Each with everything nested below it, from the graphs of their services.
async fn nested(state: &AppState, records: &[Record]) -> Result<Vec<Value>, AppError> {
    let ds = services_graph(state.store.as_ref(), &refs(records, "service_id")).await?;
    let nester = Nester::new(&ds);
    let mut seen = Seen::default();
    Ok(records
        .iter()
        .map(|r| {
            // Read from the graph where it is there (its children came with it).
            let sal = ds.get(Entity::ServiceAtLocation, &r.id).unwrap_or(r);
            let mut value = nester.record(Entity::ServiceAtLocation, sal, &mut seen);
            let service = r
                .str("service_id")
                .and_then(|id| ds.get(Entity::Service, id));
            if let (Value::Object(obj), Some(s)) = (&mut value, service) {
                obj.insert("service".into(), Value::Object(s.fields.clone()));
            }
            value
        })
        .collect())
}
