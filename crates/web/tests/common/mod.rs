//! What the HTTP test files share: an app over a real SQLite store and a search index
//! rebuilt from it, and vocabulary tags for hand-written services.

#![allow(clippy::unwrap_used, dead_code)]

pub mod signed_in;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use beratungsnetz_core::taxonomy;
use beratungsnetz_store::{ImportMode, SqliteStore, Store};
use beratungsnetz_web::{AppState, router};
use serde_json::Value;
use tower::ServiceExt;

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

/// What the app answered a request: status, headers and the whole body.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl Answer {
    /// A header's value as text.
    pub fn header(&self, name: header::HeaderName) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The body as JSON; an answer of another type fails the test.
    pub fn json(&self, uri: &str) -> Value {
        let kind = self.header(header::CONTENT_TYPE).unwrap_or_default();
        assert!(kind.starts_with("application/json"), "{uri}: {kind}");
        serde_json::from_slice(&self.bytes).unwrap()
    }
}

/// Sends `req` to `app` and reads the answer to the end.
pub async fn send(app: &Router, req: Request<Body>) -> Answer {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec();
    Answer {
        status,
        headers,
        bytes,
    }
}

/// GET `uri` of `app`.
pub async fn get(app: &Router, uri: &str) -> Answer {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}
