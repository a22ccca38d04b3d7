//! Liveness and readiness probes for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get};

use crate::AppState;

/// The process answers: always 200.
pub async fn healthz() -> &'static str {
    "ok"
}

/// The database answers too: 200, else 503 so traffic goes elsewhere.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "not ready")
        }
    }
}

pub fn api_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![("/healthz", get(healthz)), ("/readyz", get(readyz))]
}
