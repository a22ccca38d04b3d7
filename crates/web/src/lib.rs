//! HTTP: server-rendered pages and the JSON API.
//!
//! Modules follow the feature areas (`directory`, …), each split by action.

mod clock;
mod directory;
mod error;
mod health;
mod i18n;
mod layout;
mod openapi;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{MatchedPath, Query};
use axum::http::{Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use beratungsnetz_store::Store;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::{Level, Span};

pub use error::{AppError, HtmlError};

/// Largest request body accepted.
const BODY_LIMIT: usize = 1024 * 1024;
/// Requests taking longer are answered with 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What handlers share.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// This node's search index, kept current from the change log by `serve`.
    pub search: Arc<beratungsnetz_search::SearchIndex>,
}

/// All routes with their middleware.
pub fn router(state: AppState) -> Router {
    let middleware = ServiceBuilder::new()
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT));
    Router::new()
        .route("/", get(directory::home::page))
        .route("/suche", get(directory::results::page))
        .route("/angebot/{id}", get(directory::detail::page))
        .route("/handzettel", get(directory::handout::page))
        .route("/traeger/{id}", get(directory::places::organization))
        .route("/region/{district}", get(directory::places::region))
        .route("/static/style.css", get(layout::stylesheet))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/api/v1/services", get(directory::api::list))
        .route("/api/v1/services/{id}", get(directory::api::one))
        .route("/api/v1/search", get(directory::search::search))
        .route("/api/v1/openapi.json", get(openapi::document))
        // The same handlers where the HSDS API specification puts them.
        .route("/services", get(directory::api::list))
        .route("/services/{id}", get(directory::api::one))
        .fallback(not_found)
        .layer(middleware)
        .with_state(state)
}

/// Serves until Ctrl-C or SIGTERM, then lets running requests finish.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// The route pattern, not the URI: query strings and path values stay out of logs.
fn request_span(req: &Request<Body>) -> Span {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str);
    tracing::info_span!("request", method = %req.method(), route)
}

/// The panic message may hold data, so it is not logged.
fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("handler panicked");
    AppError::internal("handler panicked").into_response()
}

/// Unknown paths: JSON under the API prefixes, a page elsewhere.
async fn not_found(uri: Uri, headers: axum::http::HeaderMap) -> Response {
    let path = uri.path();
    let api = ["/api/", "/services/"]
        .iter()
        .any(|p| path.starts_with(p) || path == p.trim_end_matches('/'));
    if api {
        return AppError::NotFound.into_response();
    }
    let query = Query::<HashMap<String, String>>::try_from_uri(&uri)
        .ok()
        .and_then(|Query(params)| params.get("lang").cloned());
    let (lang, _) = i18n::Lang::choose(query.as_deref(), &headers);
    HtmlError {
        error: AppError::NotFound,
        lang,
    }
    .into_response()
}
