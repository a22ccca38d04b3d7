//! `/services` and `/services/{id}` of the HSDS API.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::Record;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::{Near, SearchRequest, Sort};
use beratungsnetz_store::{Filter, service_graph, services_graph};
use serde_json::{Map, Value};

use super::params::{HsdsResult, IdPath, ListQuery, Params, offset, page, path_id};
use super::query::{
    Full, InTaxonomy, Minimal, Paging, RecordId, ServiceFilters, ServicesNear, Term, Text,
};
use crate::AppState;
use crate::chrome::error::AppError;
use crate::directory::{Window, search};

/// The query parameters `list` reads (the description's, and `postcode`/`proximity` as on
/// `/service_at_locations`).
pub const PARAMS: [&str; 12] = [
    "search",
    "page",
    "per_page",
    "format",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimal",
    "full",
    "postcode",
    "proximity",
];

/// What each item of a list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// The one-to-one fields (`service_list`), with the organization.
    List,
    /// Fully nested, as `/services/{id}` answers.
    Full,
    /// `minimal`: the id and the time of the last change, with the fields `service_list`
    /// requires (name, status), so that the description's own schema still holds.
    Minimal,
}

impl Shape {
    fn of(p: &Params) -> Result<Shape, AppError> {
        match (p.flag("full")?, p.flag("minimal")?) {
            (true, true) => Err(AppError::bad_request(
                "minimal",
                "cannot be combined with `full`",
            )),
            (true, false) => Ok(Shape::Full),
            (false, true) => Ok(Shape::Minimal),
            (false, false) => Ok(Shape::List),
        }
    }
}

/// What a list of services answers, for the document.
pub const LIST_DESCRIPTION: &str = "An HSDS `Page` of services ordered by name. With `search` or `postcode` the page is answered from the search index, in its order (there `taxonomy_term_id` and `taxonomy_id` know our vocabulary only); otherwise all filters are answered by the database. Filters add up (AND).";

/// GET `/hsds/services` (also `/services`, `/api/v1/services`): an HSDS `Page` of
/// services. Text and place go to the search index; the other filters to the store.
#[utoipa::path(
    get,
    path = "/hsds/services",
    tag = "hsds",
    operation_id = "hsdsServices",
    summary = "List services",
    description = LIST_DESCRIPTION,
    params(Text, Term, InTaxonomy, ServiceFilters, Minimal, Full, ServicesNear, Paging),
    responses((status = 200, description = "One page of services.", content_type = "application/json", body = ref("#/components/schemas/ServicePage"))),
)]
pub async fn list(State(state): State<AppState>, query: ListQuery) -> HsdsResult {
    let p = Params::parse(query)?;
    let window = p.window()?;
    let shape = Shape::of(&p)?;
    let text = p.text("search")?;
    let place = p.place()?;
    let terms = p.ids("taxonomy_term_id")?;
    let taxonomies = p.ids("taxonomy_id")?;
    let organizations = p.ids("organization_id")?;
    let after = p.modified_after()?;
    if text.is_some() || place.is_some() {
        // The index knows text, places and the vocabulary, not organizations or dates.
        let store_only = [
            ("organization_id", !organizations.is_empty()),
            ("modified_after", after.is_some()),
        ];
        if let Some((name, _)) = store_only.iter().find(|(_, set)| *set) {
            return Err(AppError::bad_request(
                *name,
                "cannot be combined with `search`, `postcode` or `proximity`",
            ));
        }
        let (total, records) = searched(&state, text, place, &terms, &taxonomies, window).await?;
        let contents = items(&state, shape, records).await?;
        return Ok(Json(page(total, window, contents)));
    }
    let mut filters = Vec::new();
    if !organizations.is_empty() {
        filters.push(Filter::In("organization_id", organizations));
    }
    if let Some(after) = after {
        filters.push(Filter::AtLeast("last_modified", after));
    }
    if !terms.is_empty() {
        filters.push(Filter::tagged(Filter::In("id", terms)));
    }
    if !taxonomies.is_empty() {
        filters.push(Filter::tagged(Filter::In("taxonomy_id", taxonomies)));
    }
    let (total, records) = state
        .store
        .records_page(Entity::Service, &filters, offset(window), window.per_page)
        .await?;
    let contents = items(&state, shape, records).await?;
    Ok(Json(page(total, window, contents)))
}

/// The services of one page in the shape asked for, in their order.
pub async fn items(
    state: &AppState,
    shape: Shape,
    services: Vec<Record>,
) -> Result<Vec<Value>, AppError> {
    match shape {
        Shape::Minimal => Ok(services
            .into_iter()
            .map(|s| {
                let keep = ["id", "name", "status", "last_modified"];
                let fields: Map<String, Value> = s
                    .fields
                    .into_iter()
                    .filter(|(k, _)| keep.contains(&k.as_str()))
                    .collect();
                Value::Object(fields)
            })
            .collect()),
        Shape::Full => {
            let ids: Vec<String> = services.iter().map(|s| s.id.clone()).collect();
            let ds = services_graph(state.store.as_ref(), &ids).await?;
            let nester = Nester::new(&ds);
            let mut seen = Seen::default();
            Ok(ids
                .iter()
                .filter_map(|id| nester.service(id, &mut seen))
                .collect())
        }
        Shape::List => {
            let mut org_ids: Vec<String> = services
                .iter()
                .filter_map(|s| s.str("organization_id").map(str::to_string))
                .collect();
            org_ids.sort();
            org_ids.dedup();
            let orgs: HashMap<String, Record> = state
                .store
                .fetch_by(Entity::Organization, "id", &org_ids)
                .await?
                .into_iter()
                .map(|o| (o.id.clone(), o))
                .collect();
            Ok(services
                .into_iter()
                .map(|s| {
                    let org = s.str("organization_id").and_then(|o| orgs.get(o)).cloned();
                    let mut obj = s.fields;
                    if let Some(org) = org {
                        obj.insert("organization".into(), Value::Object(org.fields));
                    }
                    Value::Object(obj)
                })
                .collect())
        }
    }
}

/// The vocabulary filters as a search request; None when nothing can match (a term or
/// taxonomy of another vocabulary: none of the indexed services carries it).
fn request(
    text: Option<String>,
    near: Option<Near>,
    terms: &[String],
    taxonomies: &[String],
    today: i64,
) -> Option<SearchRequest> {
    if !taxonomies.is_empty()
        && !taxonomies
            .iter()
            .any(|t| t.eq_ignore_ascii_case(taxonomy::TAXONOMY_ID))
    {
        return None;
    }
    let mut req = SearchRequest {
        q: text.unwrap_or_default(),
        near,
        today,
        ..SearchRequest::default()
    };
    for id in terms {
        let term = taxonomy::terms()
            .iter()
            .find(|t| t.id().eq_ignore_ascii_case(id))?;
        let list = match term.facet {
            Facet::Need => &mut req.needs,
            Facet::ServiceKind => &mut req.kinds,
            Facet::TargetGroup => &mut req.targets,
        };
        list.push(term.code.to_string());
    }
    if req.q.is_empty() && req.near.is_none() {
        req.sort = Sort::Name;
    }
    Some(req)
}

/// Text and place answered from the search index, the services read from the store in
/// the order of the hits.
async fn searched(
    state: &AppState,
    text: Option<String>,
    near: Option<Near>,
    terms: &[String],
    taxonomies: &[String],
    window: Window,
) -> Result<(u64, Vec<Record>), AppError> {
    let today = state.clock.now().today();
    let Some(req) = request(text, near, terms, taxonomies, today) else {
        return Ok((0, Vec::new()));
    };
    let resp = search::run(state, req, window.page, window.per_page)?;
    let ids: Vec<String> = resp.hits.iter().map(|h| h.summary.id.clone()).collect();
    let mut by_id: HashMap<String, Record> = state
        .store
        .fetch_by(Entity::Service, "id", &ids)
        .await?
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    // A service deleted since the index saw it is left out.
    let records = ids.iter().filter_map(|id| by_id.remove(id)).collect();
    Ok((resp.total, records))
}

/// POST `/hsds/services`, as the HSDS description also lists it: the same as GET.
#[utoipa::path(
    post,
    path = "/hsds/services",
    tag = "hsds",
    operation_id = "hsdsServicesPost",
    summary = "List services (POST, as the HSDS description also lists it; parameters in the query string)",
    description = LIST_DESCRIPTION,
    params(Text, Term, InTaxonomy, ServiceFilters, Minimal, Full, ServicesNear, Paging),
    responses((status = 200, description = "One page of services.", content_type = "application/json", body = ref("#/components/schemas/ServicePage"))),
)]
pub async fn list_post(state: State<AppState>, query: ListQuery) -> HsdsResult {
    list(state, query).await
}

/// GET `/hsds/services/{id}` (also `/services/{id}`, `/api/v1/services/{id}`): the fully
/// nested service.
#[utoipa::path(
    get,
    path = "/hsds/services/{id}",
    tag = "hsds",
    operation_id = "hsdsService",
    summary = "One fully nested service",
    params(RecordId),
    responses((status = 200, description = "The service.", content_type = "application/json", body = ref("#/components/schemas/Service"))),
)]
pub async fn one(State(state): State<AppState>, path: IdPath) -> HsdsResult {
    let id = path_id(path)?;
    let ds = service_graph(state.store.as_ref(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let service = Nester::new(&ds)
        .service(&id, &mut Seen::default())
        .ok_or(AppError::NotFound)?;
    Ok(Json(service))
}
