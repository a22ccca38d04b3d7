//! The JSON API of the directory, in the HSDS 3 API shapes.

use std::collections::HashMap;

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_store::{ServiceRow, service_graph};
use serde_json::{Value, json};

use super::{Window, load};
use crate::AppState;
use crate::error::AppError;

/// HSDS filters not implemented yet: ignoring them would return unfiltered results.
const UNSUPPORTED: [&str; 10] = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimal",
    "full",
    "postcode",
    "proximity",
    "full_service",
];

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
    let window = Window::from_query(&params, true)?;
    let (total, rows) = load(state.store.as_ref(), window).await?;
    let total_pages = window.total_pages(total);
    let contents: Vec<Value> = rows.into_iter().map(list_item).collect();
    Ok(Json(json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": window.page,
        "size": contents.len(),
        "first_page": window.page == 1,
        "last_page": window.page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })))
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
