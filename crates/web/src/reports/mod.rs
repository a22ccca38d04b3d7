//! Reports for coordinators: where help is missing (`gaps`), drawn as a map without a
//! tile server (`map`). The services are read from the store once per change of the
//! directory (the search index's generation, which follows the change log) and kept in
//! [`Cache`];
//! the figures are computed from them on request, in milliseconds for a state.

pub mod gaps;
pub mod map;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::get;
use beratungsnetz_core::reports::coverage::Supply;

use crate::AppState;
use crate::chrome::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new().route("/verwaltung/berichte/luecken", get(gaps::page))
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
