//! Prometheus metrics at `/metrics`: requests by route pattern and status with their
//! latency, search latency, background job runs and failures, and — read when scraped —
//! this node's search index lag behind the change log and the records per table.
//!
//! The recorder belongs to the application state rather than being the process-wide
//! one, so every server (and every test) counts only its own. Labels hold route
//! patterns, job names and table names only: never a path value, id or query.
//! `/metrics` answers 404 until a token is configured (`--metrics-token`), then wants it
//! as a bearer token; `--metrics-bind` serves it on a listener of its own instead.

use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{MatchedPath, State};
use axum::http::{HeaderMap, Request, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use beratungsnetz_core::hsds::Entity;
use metrics::{Key, Label, Level, Metadata, Recorder, Unit};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle, PrometheusRecorder};

use crate::AppState;

/// Upper bounds of the latency buckets, in seconds: from a cached answer (well below a
/// millisecond) to the request timeout.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0, 30.0,
];

const METADATA: Metadata<'static> = Metadata::new("beratungsnetz", Level::INFO, None);

const REQUESTS: &str = "beratungsnetz_http_requests_total";
const REQUEST_SECONDS: &str = "beratungsnetz_http_request_duration_seconds";
const SEARCH_SECONDS: &str = "beratungsnetz_search_duration_seconds";
const JOB_RUNS: &str = "beratungsnetz_job_runs_total";
const JOB_SECONDS: &str = "beratungsnetz_job_duration_seconds";
const INDEX_LAG: &str = "beratungsnetz_search_index_lag";
const INDEX_POSITION: &str = "beratungsnetz_search_index_position";
const CHANGE_LOG_POSITION: &str = "beratungsnetz_change_log_position";
const INDEX_DOCUMENTS: &str = "beratungsnetz_search_index_documents";
const RECORDS: &str = "beratungsnetz_directory_records";

/// This server's metrics.
pub struct Metrics {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        // Histograms with buckets (summaries cannot be added up across nodes); the
        // bucket list is not empty, so the builder does not refuse it.
        let builder = PrometheusBuilder::new()
            .set_buckets(&BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        let m = Metrics { recorder, handle };
        m.describe();
        m
    }

    fn describe(&self) {
        let r = &self.recorder;
        let count = Some(Unit::Count);
        let secs = Some(Unit::Seconds);
        r.describe_counter(
            REQUESTS.into(),
            count,
            "HTTP requests by method, route pattern and status.".into(),
        );
        r.describe_histogram(
            REQUEST_SECONDS.into(),
            secs,
            "Time to answer an HTTP request, by method and route pattern.".into(),
        );
        r.describe_histogram(
            SEARCH_SECONDS.into(),
            secs,
            "Time of one search in this node's index (results page, search API, district pages)."
                .into(),
        );
        r.describe_counter(
            JOB_RUNS.into(),
            count,
            "Background job runs by job and outcome (ok, failed, or skipped: another node held the lease).".into(),
        );
        r.describe_histogram(
            JOB_SECONDS.into(),
            secs,
            "Time of one background job run.".into(),
        );
        r.describe_gauge(
            INDEX_LAG.into(),
            count,
            "Change-log entries this node's search index has not applied yet.".into(),
        );
        r.describe_gauge(
            INDEX_POSITION.into(),
            count,
            "The change-log position this node's search index reflects.".into(),
        );
        r.describe_gauge(
            CHANGE_LOG_POSITION.into(),
            count,
            "The newest change-log position in the database.".into(),
        );
        r.describe_gauge(
            INDEX_DOCUMENTS.into(),
            count,
            "Services in this node's search index.".into(),
        );
        r.describe_gauge(
            RECORDS.into(),
            count,
            "Records per HSDS table in the database (what imports and edits have written).".into(),
        );
    }

    /// Counts one answered request under its route pattern.
    pub fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let labels = vec![
            Label::new("method", method.to_string()),
            Label::new("route", route.to_string()),
        ];
        let mut with_status = labels.clone();
        with_status.push(Label::new("status", status.to_string()));
        self.recorder
            .register_counter(&Key::from_parts(REQUESTS, with_status), &METADATA)
            .increment(1);
        self.recorder
            .register_histogram(&Key::from_parts(REQUEST_SECONDS, labels), &METADATA)
            .record(seconds);
    }

    pub fn search(&self, seconds: f64) {
        self.recorder
            .register_histogram(&Key::from_static_name(SEARCH_SECONDS), &METADATA)
            .record(seconds);
    }

    /// One run of a background job: `outcome` is `ok`, `failed` or `skipped`.
    pub fn job(&self, job: &'static str, outcome: &'static str, seconds: f64) {
        let name = Label::from_static_parts("job", job);
        self.recorder
            .register_counter(
                &Key::from_parts(
                    JOB_RUNS,
                    vec![name.clone(), Label::from_static_parts("outcome", outcome)],
                ),
                &METADATA,
            )
            .increment(1);
        if outcome != "skipped" {
            self.recorder
                .register_histogram(&Key::from_parts(JOB_SECONDS, vec![name]), &METADATA)
                .record(seconds);
        }
    }

    fn gauge(&self, key: Key, value: f64) {
        self.recorder.register_gauge(&key, &METADATA).set(value);
    }

    /// Folds recorded histogram samples into their buckets; without it they pile up
    /// between scrapes (a job runs it every few seconds).
    pub fn upkeep(&self) {
        self.handle.run_upkeep();
    }

    /// Reads the gauges that come from the database and the index, then renders all.
    async fn render(&self, state: &AppState) -> Result<String, beratungsnetz_store::StoreError> {
        let latest = state.store.latest_change().await?;
        let position = state.search.position();
        self.gauge(Key::from_static_name(CHANGE_LOG_POSITION), latest as f64);
        self.gauge(Key::from_static_name(INDEX_POSITION), position as f64);
        self.gauge(
            Key::from_static_name(INDEX_LAG),
            latest.saturating_sub(position).max(0) as f64,
        );
        self.gauge(
            Key::from_static_name(INDEX_DOCUMENTS),
            state.search.num_docs() as f64,
        );
        for entity in Entity::ALL {
            let n = state.store.count(entity).await?;
            let table = Label::from_static_parts("table", entity.table());
            self.gauge(Key::from_parts(RECORDS, vec![table]), n as f64);
        }
        Ok(self.handle.render())
    }
}

/// Middleware: counts every answer under the pattern of the route that matched
/// (`unmatched` for unknown paths), never the path itself.
pub async fn track(State(state): State<AppState>, req: Request<Body>, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let response = next.run(req).await;
    state.metrics.request(
        method.as_str(),
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// The `/metrics` route of the public listener: behind the configured token.
pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(guarded))
}

/// A listener of its own (`--metrics-bind`), which only answers `/metrics`; whoever can
/// reach it may read it, so it belongs on loopback or an internal network.
pub fn standalone(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(state)
}

async fn guarded(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let Some(token) = state.config.metrics_token.as_deref() else {
        return crate::not_found(uri, headers).await;
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if !crate::accounts::token::same(given.trim(), token) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\"")],
            "a bearer token is required\n",
        )
            .into_response();
    }
    scrape(State(state)).await
}

async fn scrape(State(state): State<AppState>) -> Response {
    match state.metrics.render(&state).await {
        Ok(body) => (
            [
                (
                    header::CONTENT_TYPE,
                    "text/plain; version=0.0.4; charset=utf-8",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "metrics: the database did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}
