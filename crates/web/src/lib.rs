//! HTTP: server-rendered pages and the JSON API.
//!
//! One folder per feature (`directory`, `accounts`, `audit`, `outbox`), the same names as
//! in the core and store crates; each has its own router, merged here. What every page
//! shares sits in `chrome`; background work in `jobs`.

mod accounts;
mod audit;
mod chrome;
pub mod conference;
pub mod directory;
mod health;
pub mod interfaces;
pub mod jobs;
pub mod matching;
mod openapi;
pub mod outbox;
pub mod referrals;
pub mod reports;
pub mod server;
pub mod telemetry;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{MatchedPath, Query};
use axum::http::{Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::clock::{Clock, SystemClock};
use beratungsnetz_store::Store;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::{Level, Span};
use utoipa_axum::router::OpenApiRouter;

pub use accounts::token::hash_token;
pub use accounts::totp::code_at as totp_code;
pub use chrome::error::{AppError, HtmlError};

/// A new random token (for invitation links made outside the web server).
pub fn accounts_token() -> String {
    accounts::token::random_token()
}

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
    pub mailer: Arc<outbox::Mailer>,
    pub config: Arc<Config>,
    /// Answers of the search API for the rest of the minute (see `directory::cache`).
    pub search_cache: Arc<directory::cache::ResponseCache>,
    /// Where every handler and job reads the time from (tests set it).
    pub clock: Arc<dyn Clock>,
    /// Tasks requests leave running after their answer (see `jobs::Background`).
    pub background: Arc<jobs::Background>,
    /// What `/metrics` reports (see `telemetry`).
    pub metrics: Arc<telemetry::Metrics>,
    /// The keys that seal case data at rest; without them referrals answer 503.
    pub keys: Option<Arc<beratungsnetz_store::sealing::Keyring>>,
    /// The services as the coverage reports weigh them (see `reports`).
    pub reports: Arc<reports::Cache>,
}

impl AppState {
    /// A state with mail kept in the outbox and the default configuration.
    pub fn new(store: Arc<dyn Store>, search: Arc<beratungsnetz_search::SearchIndex>) -> AppState {
        AppState {
            store,
            search,
            mailer: Arc::new(outbox::Mailer::Outbox),
            config: Arc::new(Config::default()),
            search_cache: Arc::default(),
            clock: Arc::new(SystemClock),
            background: Arc::default(),
            metrics: Arc::default(),
            keys: None,
            reports: Arc::default(),
        }
    }
}

/// Settings of the web application.
#[derive(Clone, Debug)]
pub struct Config {
    /// The address people open, for links in e-mails (no trailing slash).
    pub public_url: String,
    /// Mark cookies `Secure` (off only for plain HTTP on this machine).
    pub secure_cookies: bool,
    /// Behind a reverse proxy: take the client's address from `X-Forwarded-For`.
    pub trust_proxy: bool,
    /// Tile URL template of the optional map (`https://…/{z}/{x}/{y}.png`); None: no map.
    pub map_tiles: Option<String>,
    /// Attribution the tile server asks for.
    pub map_attribution: String,
    /// Keep search API answers for the rest of the minute (off: every request searches).
    pub search_cache: bool,
    /// Days the audit log keeps its entries.
    pub audit_retention_days: u32,
    /// How long referrals wait for an answer and are kept once ended.
    pub referral_periods: referrals::upkeep::Periods,
    /// The bearer token `/metrics` wants; None: `/metrics` answers 404 here.
    pub metrics_token: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            public_url: "http://127.0.0.1:8080".into(),
            secure_cookies: false,
            trust_proxy: false,
            map_tiles: None,
            map_attribution: "© OpenStreetMap contributors".into(),
            search_cache: true,
            audit_retention_days: 730,
            referral_periods: referrals::upkeep::Periods::default(),
            metrics_token: None,
        }
    }
}

/// The JSON API: every route with its operation in the OpenAPI document. The document's
/// own router comes first: it holds the document's title, tags and shared schemas.
pub fn api() -> OpenApiRouter<AppState> {
    openapi::api()
        .merge(directory::api())
        .merge(referrals::api::api())
        .merge(matching::api::api())
        .merge(interfaces::api::api())
        .merge(reports::api::api())
        .merge(health::api())
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
        .layer(CatchPanicLayer::custom(panic_response));
    let (api, _) = api().split_for_parts();
    api.merge(directory::router())
        .merge(accounts::router())
        .merge(audit::router())
        .merge(referrals::router())
        .merge(matching::router())
        .merge(interfaces::router())
        .merge(conference::router())
        .merge(reports::router())
        .merge(outbox::router())
        .merge(chrome::router())
        .merge(telemetry::router())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        // File uploads take more than forms; only their route does.
        .merge(conference::upload_router())
        .fallback(not_found)
        .layer(axum::middleware::map_response(chrome::security::headers(
            state.config.map_tiles.as_deref(),
            state.config.public_url.starts_with("https://"),
        )))
        .layer(middleware)
        // Outermost, so timeouts and panics are counted with the status they answer.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            telemetry::track,
        ))
        .with_state(state)
}

/// Serves until Ctrl-C or SIGTERM, then lets running requests finish.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    server::serve_with(
        listener,
        state,
        server::Limits::default(),
        shutdown_signal(),
    )
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
pub(crate) async fn not_found(uri: Uri, headers: axum::http::HeaderMap) -> Response {
    let path = uri.path();
    let api = ["/api/", "/services/", "/hsds/"]
        .iter()
        .any(|p| path.starts_with(p) || path == p.trim_end_matches('/'));
    if api {
        return AppError::NotFound.into_response();
    }
    let query = Query::<HashMap<String, String>>::try_from_uri(&uri)
        .ok()
        .and_then(|Query(params)| params.get("lang").cloned());
    let (lang, _) = chrome::i18n::Lang::choose(query.as_deref(), &headers);
    HtmlError {
        error: AppError::NotFound,
        lang,
    }
    .into_response()
}
