//! The JSON API of the directory, in the HSDS 3 API shapes.

use std::collections::HashMap;

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use beratungsnetz_core::geo;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::hsds::{Entity, Record};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::{Near, SearchRequest, Sort};
use beratungsnetz_store::{ServiceRow, service_graph};
use serde_json::Value;

use super::{Window, hsds_page, load, search};
use crate::AppState;
use crate::chrome::error::AppError;

/// HSDS filters answered from the search index.
pub const SEARCH_FILTERS: [&str; 5] = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "postcode",
    "proximity",
];

/// HSDS filters not implemented yet: ignoring them would return unfiltered results.
const UNSUPPORTED: [&str; 5] = [
    "organization_id",
    "modified_after",
    "minimal",
    "full",
    "full_service",
];

/// Largest `proximity` in metres.
const MAX_PROXIMITY_M: f64 = 500_000.0;

/// GET `/api/v1/services` and `/services`: an HSDS `Page` of `service_list` items.
pub async fn list(
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Json<Value>, AppError> {
    let Query(params) =
        query.map_err(|_| AppError::bad_request("query", "malformed query string"))?;
    if let Some(name) = UNSUPPORTED.iter().find(|p| params.contains_key(**p)) {
        return Err(AppError::bad_request(*name, "this filter is not supported"));
    }
    if let Some(format) = params.get("format")
        && format != "json"
    {
        return Err(AppError::bad_request("format", "only json is supported"));
    }
    let window = Window::from_query(&params, true)?;
    let filtered = SEARCH_FILTERS
        .iter()
        .any(|p| params.get(*p).is_some_and(|v| !v.trim().is_empty()));
    if filtered {
        return searched(&state, &params, window).await.map(Json);
    }
    let (total, rows) = load(state.store.as_ref(), window).await?;
    let contents: Vec<Value> = rows.into_iter().map(list_item).collect();
    Ok(Json(hsds_page(total, window, contents)))
}

/// The HSDS filters as a search request; None when nothing can match.
fn hsds_request(
    params: &HashMap<String, String>,
    today: i64,
) -> Result<Option<SearchRequest>, AppError> {
    let value = |name: &str| params.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut req = SearchRequest {
        q: search::check_text("search", value("search"))?,
        today,
        ..SearchRequest::default()
    };
    for id in value("taxonomy_term_id")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let term = taxonomy::terms()
            .iter()
            .find(|t| t.id().eq_ignore_ascii_case(id))
            .ok_or_else(|| {
                AppError::bad_request(
                    "taxonomy_term_id",
                    format!("unknown taxonomy term `{id}`; see /taxonomy_terms"),
                )
            })?;
        let list = match term.facet {
            Facet::Need => &mut req.needs,
            Facet::ServiceKind => &mut req.kinds,
            Facet::TargetGroup => &mut req.targets,
        };
        list.push(term.code.to_string());
    }
    let proximity = value("proximity")
        .map(|raw| {
            raw.parse::<f64>()
                .ok()
                .filter(|m| m.is_finite() && *m > 0.0 && *m <= MAX_PROXIMITY_M)
                .ok_or_else(|| {
                    AppError::bad_request(
                        "proximity",
                        format!(
                            "must be a distance in metres above 0 and at most {MAX_PROXIMITY_M}"
                        ),
                    )
                })
        })
        .transpose()?;
    match (value("postcode"), proximity) {
        (None, Some(_)) => {
            return Err(AppError::bad_request("proximity", "needs `postcode`"));
        }
        (None, None) => {}
        (Some(plz), proximity) => {
            let place = (plz.len() == 5 && plz.bytes().all(|b| b.is_ascii_digit()))
                .then(|| geo::gazetteer().by_plz(plz))
                .flatten()
                .ok_or_else(|| {
                    AppError::bad_request("postcode", format!("unknown German postcode `{plz}`"))
                })?;
            req.near = Some(Near {
                lat: place.lat,
                lon: place.lon,
                radius_km: proximity.map_or(search::DEFAULT_RADIUS_KM, |m| m / 1000.0),
            });
        }
    }
    // Other vocabularies: none of our services carries their terms.
    if let Some(id) = value("taxonomy_id")
        && !id.eq_ignore_ascii_case(taxonomy::TAXONOMY_ID)
    {
        return Ok(None);
    }
    // Without text or place, the same order as the unfiltered list.
    if req.q.is_empty() && req.near.is_none() {
        req.sort = Sort::Name;
    }
    Ok(Some(req))
}

/// The HSDS filters, answered from the search index, the items read from the store.
async fn searched(
    state: &AppState,
    params: &HashMap<String, String>,
    window: Window,
) -> Result<Value, AppError> {
    let Some(req) = hsds_request(params, state.clock.now().today())? else {
        return Ok(hsds_page(0, window, Vec::new()));
    };
    let resp = search::run(state, req, window.page, window.per_page)?;
    let ids: Vec<String> = resp.hits.iter().map(|h| h.summary.id.clone()).collect();
    if ids.is_empty() {
        return Ok(hsds_page(resp.total, window, Vec::new()));
    }
    let services = state.store.fetch_by(Entity::Service, "id", &ids).await?;
    let mut org_ids: Vec<String> = services
        .iter()
        .filter_map(|s| s.str("organization_id").map(str::to_string))
        .collect();
    org_ids.sort();
    org_ids.dedup();
    let orgs: HashMap<String, Record> = if org_ids.is_empty() {
        HashMap::new()
    } else {
        state
            .store
            .fetch_by(Entity::Organization, "id", &org_ids)
            .await?
            .into_iter()
            .map(|o| (o.id.clone(), o))
            .collect()
    };
    let mut by_id: HashMap<String, Record> =
        services.into_iter().map(|s| (s.id.clone(), s)).collect();
    // In the order of the hits; a service deleted since the index saw it is left out.
    let contents: Vec<Value> = ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .map(|service| {
            let organization = service
                .str("organization_id")
                .and_then(|o| orgs.get(o))
                .cloned();
            list_item(ServiceRow {
                service,
                organization,
                city: None,
            })
        })
        .collect();
    Ok(hsds_page(resp.total, window, contents))
}

/// A service's own fields with its organization's, as HSDS `service_list` has them.
fn list_item(row: ServiceRow) -> Value {
    let mut obj = row.service.fields;
    if let Some(org) = row.organization {
        obj.insert("organization".into(), Value::Object(org.fields));
    }
    Value::Object(obj)
}

/// GET `/api/v1/services/{id}` and `/services/{id}`: the fully nested service.
pub async fn one(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, AppError> {
    let not_uuid = || AppError::bad_request("id", "must be a UUID");
    let Path(id) = path.map_err(|_| not_uuid())?;
    // Only the hyphenated form, which is how HSDS writes ids.
    if id.len() != 36 || uuid::Uuid::parse_str(&id).is_err() {
        return Err(not_uuid());
    }
    let ds = service_graph(state.store.as_ref(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let service = Nester::new(&ds)
        .service(&id, &mut Seen::default())
        .ok_or(AppError::NotFound)?;
    Ok(Json(service))
}
