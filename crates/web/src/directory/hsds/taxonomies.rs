//! `/taxonomies` and `/taxonomy_terms`, each with `/{id}`, of the HSDS API.

use axum::Json;
use axum::extract::State;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::Filter;
use serde_json::Value;

use super::params::{HsdsResult, IdPath, ListQuery, Params, offset, page, path_id};
use super::query::{InTaxonomy, Paging, RecordId, Text, Tree};
use crate::AppState;
use crate::chrome::error::AppError;

/// The query parameters `taxonomies` reads.
pub const TAXONOMY_PARAMS: [&str; 4] = ["search", "page", "per_page", "format"];
/// The query parameters `terms` reads.
pub const TERM_PARAMS: [&str; 7] = [
    "search",
    "page",
    "per_page",
    "format",
    "taxonomy_id",
    "top_only",
    "parent_id",
];

/// POST `/hsds/taxonomies`, as the HSDS description also lists it: the same as GET.
#[utoipa::path(
    post,
    path = "/hsds/taxonomies",
    tag = "hsds",
    operation_id = "hsdsTaxonomiesPost",
    summary = "List taxonomies (POST, as the HSDS description also lists it; parameters in the query string)",
    description = "An HSDS `Page` of taxonomies ordered by name.",
    params(Text, Paging),
    responses((status = 200, description = "One page of taxonomies.", content_type = "application/json", body = ref("#/components/schemas/TaxonomyPage"))),
)]
pub async fn taxonomies_post(state: State<AppState>, query: ListQuery) -> HsdsResult {
    taxonomies(state, query).await
}

/// GET `/hsds/taxonomies`: an HSDS `Page` of taxonomies.
#[utoipa::path(
    get,
    path = "/hsds/taxonomies",
    tag = "hsds",
    operation_id = "hsdsTaxonomies",
    summary = "List taxonomies",
    description = "An HSDS `Page` of taxonomies ordered by name.",
    params(Text, Paging),
    responses((status = 200, description = "One page of taxonomies.", content_type = "application/json", body = ref("#/components/schemas/TaxonomyPage"))),
)]
pub async fn taxonomies(State(state): State<AppState>, query: ListQuery) -> HsdsResult {
    let p = Params::parse(query)?;
    let filters: Vec<Filter> = p
        .text("search")?
        .map(Filter::NameContains)
        .into_iter()
        .collect();
    listed(&state, Entity::Taxonomy, &filters, &p).await
}

/// POST `/hsds/taxonomy_terms`, as the HSDS description also lists it: the same as GET.
#[utoipa::path(
    post,
    path = "/hsds/taxonomy_terms",
    tag = "hsds",
    operation_id = "hsdsTaxonomyTermsPost",
    summary = "List taxonomy terms (POST, as the HSDS description also lists it; parameters in the query string)",
    description = "An HSDS `Page` of taxonomy terms ordered by name.",
    params(Text, InTaxonomy, Tree, Paging),
    responses((status = 200, description = "One page of taxonomy terms.", content_type = "application/json", body = ref("#/components/schemas/TaxonomyTermPage"))),
)]
pub async fn terms_post(state: State<AppState>, query: ListQuery) -> HsdsResult {
    terms(state, query).await
}

/// GET `/hsds/taxonomy_terms`: an HSDS `Page` of taxonomy terms. `top_only` keeps the
/// terms without a parent (the top of each tree), `parent_id` the children of one.
#[utoipa::path(
    get,
    path = "/hsds/taxonomy_terms",
    tag = "hsds",
    operation_id = "hsdsTaxonomyTerms",
    summary = "List taxonomy terms",
    description = "An HSDS `Page` of taxonomy terms ordered by name.",
    params(Text, InTaxonomy, Tree, Paging),
    responses((status = 200, description = "One page of taxonomy terms.", content_type = "application/json", body = ref("#/components/schemas/TaxonomyTermPage"))),
)]
pub async fn terms(State(state): State<AppState>, query: ListQuery) -> HsdsResult {
    let p = Params::parse(query)?;
    let mut filters = Vec::new();
    if let Some(text) = p.text("search")? {
        filters.push(Filter::NameContains(text));
    }
    let taxonomies = p.ids("taxonomy_id")?;
    if !taxonomies.is_empty() {
        filters.push(Filter::In("taxonomy_id", taxonomies));
    }
    let parents = p.ids("parent_id")?;
    if !parents.is_empty() {
        filters.push(Filter::In("parent_id", parents));
    }
    if p.flag("top_only")? {
        filters.push(Filter::Missing("parent_id"));
    }
    listed(&state, Entity::TaxonomyTerm, &filters, &p).await
}

/// One page of `entity`'s records as they are.
async fn listed(state: &AppState, entity: Entity, filters: &[Filter], p: &Params) -> HsdsResult {
    let window = p.window()?;
    let (total, records) = state
        .store
        .records_page(entity, filters, offset(window), window.per_page)
        .await?;
    let contents = records
        .into_iter()
        .map(|r| Value::Object(r.fields))
        .collect();
    Ok(Json(page(total, window, contents)))
}

/// One record of `entity` as it is.
async fn record(state: &AppState, entity: Entity, id: &str) -> Result<Value, AppError> {
    state
        .store
        .fetch_by(entity, "id", &[id.to_string()])
        .await?
        .pop()
        .map(|r| Value::Object(r.fields))
        .ok_or(AppError::NotFound)
}

/// GET `/hsds/taxonomies/{id}`.
#[utoipa::path(
    get,
    path = "/hsds/taxonomies/{id}",
    tag = "hsds",
    operation_id = "hsdsTaxonomy",
    summary = "One taxonomy",
    params(RecordId),
    responses((status = 200, description = "The taxonomy.", content_type = "application/json", body = ref("#/components/schemas/Taxonomy"))),
)]
pub async fn taxonomy(State(state): State<AppState>, path: IdPath) -> HsdsResult {
    let id = path_id(path)?;
    record(&state, Entity::Taxonomy, &id).await.map(Json)
}

/// GET `/hsds/taxonomy_terms/{id}`: the term with its taxonomy (`taxonomy_detail`).
#[utoipa::path(
    get,
    path = "/hsds/taxonomy_terms/{id}",
    tag = "hsds",
    operation_id = "hsdsTaxonomyTerm",
    summary = "One taxonomy term with its taxonomy",
    params(RecordId),
    responses((status = 200, description = "The term.", content_type = "application/json", body = ref("#/components/schemas/TaxonomyTerm"))),
)]
pub async fn term(State(state): State<AppState>, path: IdPath) -> HsdsResult {
    let id = path_id(path)?;
    let mut term = record(&state, Entity::TaxonomyTerm, &id).await?;
    let taxonomy_id = term
        .get("taxonomy_id")
        .and_then(Value::as_str)
        .map(str::to_string);
    if let (Some(taxonomy_id), Value::Object(obj)) = (taxonomy_id, &mut term) {
        match record(&state, Entity::Taxonomy, &taxonomy_id).await {
            Ok(detail) => {
                obj.insert("taxonomy_detail".into(), detail);
            }
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Json(term))
}
