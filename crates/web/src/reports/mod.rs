//! Reports for coordinators: where help is missing (`gaps`), drawn as a map without a
//! tile server (`map`), its figures computed once for the page, the downloads
//! (`downloads`) and the JSON API (`api`) in `figures`; the population figures they count
//! (`population`), shipped or uploaded; the network in figures (`network`) with its bar
//! charts (`chart`); the referrals in anonymous figures (`referrals`);
//! all of it as one PDF for the LIGA (`annual`). The services are read from the store
//! once per change of the directory (the search index's generation, which follows the
//! change log); the `reports-refresh` job computes the standard figures from them after
//! each change, and [`cache`] keeps them and any other question asked until the next.

pub mod annual;
pub mod api;
pub mod cache;
pub mod chart;
pub mod downloads;
pub mod figures;
pub mod gaps;
pub mod map;
pub mod network;
pub mod population;
pub mod referrals;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use beratungsnetz_core::reports::coverage::Supply;

pub use cache::Cache;

use crate::AppState;
use crate::chrome::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/verwaltung/berichte/luecken", get(gaps::page))
        .route("/verwaltung/berichte/luecken.csv", get(downloads::csv))
        .route(
            "/verwaltung/berichte/luecken.xlsx",
            get(downloads::spreadsheet),
        )
        .route("/verwaltung/berichte/bericht.pdf", get(annual::pdf))
        .route("/verwaltung/berichte/netz", get(network::page))
        .route("/verwaltung/berichte/verweisungen", get(referrals::page))
        .route(
            "/verwaltung/berichte/verweisungen.xlsx",
            get(referrals::spreadsheet),
        )
        .route("/verwaltung/berichte/netz.xlsx", get(network::spreadsheet))
        .route("/verwaltung/berichte/netz.csv", get(network::csv))
        .route("/verwaltung/berichte/verweisungen.csv", get(referrals::csv))
        .route(
            "/verwaltung/berichte/bevoelkerung",
            get(population::form).post(population::upload),
        )
        .route(
            "/verwaltung/berichte/bevoelkerung.csv",
            get(population::download),
        )
        .route(
            "/verwaltung/berichte/bevoelkerung/zuruecksetzen",
            post(population::reset),
        )
}

/// Every service of the directory as the reports weigh them, read again only after a
/// change; with the generation of the search index it was read at.
pub async fn supply(state: &AppState) -> Result<(u64, Arc<Vec<Supply>>), AppError> {
    let generation = state.search.generation();
    if let Some(s) = state.reports.supply(generation) {
        return Ok((generation, s));
    }
    let docs = beratungsnetz_search::sync::all_docs(state.store.as_ref())
        .await
        .map_err(AppError::internal)?;
    let supply = Arc::new(docs.iter().map(Supply::of).collect::<Vec<_>>());
    state.reports.put_supply(generation, supply.clone());
    Ok((generation, supply))
}
