//! Reports for coordinators: where help is missing (`gaps`), drawn as a map without a
//! tile server (`map`), its figures computed once for the page, the downloads
//! (`downloads`) and the JSON API (`api`) in `figures`; the population figures they count
//! (`population`), shipped or uploaded; the network in figures (`network`) with its bar
//! charts (`chart`); the referrals in anonymous figures (`referrals`);
//! all of it as one PDF for the LIGA (`annual`). The services are read from the store once per change of the
//! directory (the search index's generation, which follows the change log) and kept in
//! [`Cache`];
//! the figures are computed from them on request, in milliseconds for a state.

pub mod annual;
pub mod api;
pub mod chart;
pub mod downloads;
pub mod figures;
pub mod gaps;
pub mod map;
pub mod network;
pub mod population;
pub mod referrals;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::{get, post};
use beratungsnetz_core::reports::coverage::Supply;

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

/// The services as the reports weigh them, for one generation of the search index (it
/// changes with every change of the directory).
#[derive(Default)]
pub struct Cache(Mutex<Option<(u64, Arc<Vec<Supply>>)>>);

impl Cache {
    fn get(&self, generation: u64) -> Option<Arc<Vec<Supply>>> {
        let held = self.0.lock().ok()?;
        held.as_ref()
            .filter(|(at, _)| *at == generation)
            .map(|(_, s)| s.clone())
    }

    fn put(&self, generation: u64, supply: Arc<Vec<Supply>>) {
        if let Ok(mut held) = self.0.lock() {
            *held = Some((generation, supply));
        }
    }
}

/// Every service of the directory, read again only after a change.
pub async fn supply(state: &AppState) -> Result<Arc<Vec<Supply>>, AppError> {
    let generation = state.search.generation();
    if let Some(s) = state.reports.get(generation) {
        return Ok(s);
    }
    let docs = beratungsnetz_search::sync::all_docs(state.store.as_ref())
        .await
        .map_err(AppError::internal)?;
    let supply = Arc::new(docs.iter().map(Supply::of).collect::<Vec<_>>());
    state.reports.put(generation, supply.clone());
    Ok(supply)
}
