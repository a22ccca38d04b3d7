//! What the HTTP test files share: an app over a real SQLite store and a search index
//! rebuilt from it, and vocabulary tags for hand-written services.

#![allow(clippy::unwrap_used, dead_code)]

pub mod signed_in;

use std::sync::Arc;

use axum::Router;
use beratungsnetz_core::taxonomy;
use beratungsnetz_store::{ImportMode, SqliteStore, Store};
use beratungsnetz_web::{AppState, router};
use serde_json::Value;

/// The router over a fresh database holding `doc` (HSDS JSON); keep the directory alive.
pub async fn app_with(doc: &Value) -> (tempfile::TempDir, Router) {
    let (dir, state) = state_with(doc).await;
    (dir, router(state))
}

/// The application state over a fresh database holding `doc`, mail kept in the outbox.
pub async fn state_with(doc: &Value) -> (tempfile::TempDir, AppState) {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(&dir.path().join("t.db")).await.unwrap());
    (dir, state_on(store, doc).await)
}

/// The application state over `store`, which gets `doc`; mail kept in the outbox.
pub async fn state_on(store: Arc<dyn Store>, doc: &Value) -> AppState {
    beratungsnetz_testkit::import_json(store.as_ref(), doc, ImportMode::Replace).await;
    let search = Arc::new(beratungsnetz_search::SearchIndex::in_memory().unwrap());
    beratungsnetz_search::sync::rebuild(store.as_ref(), &search)
        .await
        .unwrap();
    AppState::new(store, search)
}

/// HSDS attributes tagging `service` with vocabulary codes.
pub fn attributes(service: &str, codes: &[&str]) -> Value {
    Value::Array(
        codes
            .iter()
            .map(|c| taxonomy::attribute_json("service", service, c).unwrap())
            .collect(),
    )
}
