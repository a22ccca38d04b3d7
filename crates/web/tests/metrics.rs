//! `/metrics`: closed without configuration, behind a bearer token with it, and what it
//! answers parses as the Prometheus text format with the series operators rely on.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use beratungsnetz_web::{AppState, Config, router};
use prometheus_parse::{Sample, Scrape, Value};

mod common;

const TOKEN: &str = "0123456789abcdef-metrics";

async fn sample_state() -> (tempfile::TempDir, AppState) {
    let mut items = beratungsnetz_demo::demo_services();
    items.truncate(20);
    common::state_with(&serde_json::Value::Array(items)).await
}

fn with_token(mut state: AppState) -> AppState {
    state.config = Arc::new(Config {
        metrics_token: Some(TOKEN.into()),
        ..Config::default()
    });
    state
}

async fn get(app: &Router, uri: &str, token: Option<&str>) -> (StatusCode, String) {
    let mut req = Request::get(uri);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let a = common::send(app, req.body(Body::empty()).unwrap()).await;
    (a.status, a.text())
}

fn parse(text: &str) -> Scrape {
    Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).unwrap()
}

fn find<'a>(scrape: &'a Scrape, metric: &str, labels: &[(&str, &str)]) -> Option<&'a Sample> {
    scrape.samples.iter().find(|s| {
        s.metric == metric
            && labels
                .iter()
                .all(|(k, v)| s.labels.get(k).is_some_and(|x| x == *v))
    })
}

#[tokio::test]
async fn metrics_are_closed_without_configuration() {
    let (_dir, state) = sample_state().await;
    let app = router(state);
    let (status, _) = get(&app, "/metrics", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn metrics_want_the_configured_token() {
    let (_dir, state) = sample_state().await;
    let app = router(with_token(state));
    let (status, body) = get(&app, "/metrics", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(!body.contains("beratungsnetz_"), "{body}");
    let (status, _) = get(&app, "/metrics", Some("0123456789abcdef-wrong!!")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_scrape_parses_and_counts_routes_searches_jobs_and_records() {
    let (_dir, state) = sample_state().await;
    let state = with_token(state);
    let app = router(state.clone());
    for _ in 0..3 {
        let (status, _) = get(&app, "/api/v1/search?q=Schulden", None).await;
        assert_eq!(status, StatusCode::OK);
    }
    let services: serde_json::Value =
        serde_json::from_str(&get(&app, "/api/v1/services?per_page=1", None).await.1).unwrap();
    let id = services["contents"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        get(&app, &format!("/api/v1/services/{id}"), None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        get(&app, "/gibt-es-nicht/4711", None).await.0,
        StatusCode::NOT_FOUND
    );
    for job in beratungsnetz_web::jobs::standard(state.search.position()) {
        if job.name == "search-follow" {
            job.run_once(&state, "node-a").await.unwrap();
        }
    }

    let (status, text) = get(&app, "/metrics", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    let scrape = parse(&text);

    let searches = find(
        &scrape,
        "beratungsnetz_http_requests_total",
        &[
            ("route", "/api/v1/search"),
            ("status", "200"),
            ("method", "GET"),
        ],
    )
    .unwrap_or_else(|| panic!("no request counter for the search route:\n{text}"));
    assert_eq!(searches.value, Value::Counter(3.0));
    // The route pattern, never the id (checked in the text: prometheus-parse 0.2 cuts
    // label values at a brace, which Prometheus itself reads fine).
    assert!(
        text.contains(r#"route="/api/v1/services/{id}",status="200"} 1"#),
        "{text}"
    );
    assert!(!text.contains(&id), "an id in the labels:\n{text}");
    assert!(!text.contains("gibt-es-nicht"), "a raw path in the labels");
    assert!(
        find(
            &scrape,
            "beratungsnetz_http_requests_total",
            &[("route", "unmatched"), ("status", "404")]
        )
        .is_some()
    );

    let latency = find(
        &scrape,
        "beratungsnetz_http_request_duration_seconds",
        &[("route", "/api/v1/search")],
    )
    .unwrap();
    let Value::Histogram(buckets) = &latency.value else {
        panic!("latency is not a histogram: {latency:?}");
    };
    assert!(buckets.len() >= 10);
    assert_eq!(buckets.last().unwrap().count, 3.0, "{buckets:?}");

    // The cache answers the repeats: one search ran through the index.
    let search = find(&scrape, "beratungsnetz_search_duration_seconds", &[]).unwrap();
    assert!(matches!(&search.value, Value::Histogram(b) if b.last().unwrap().count >= 1.0));

    let runs = find(
        &scrape,
        "beratungsnetz_job_runs_total",
        &[("job", "search-follow"), ("outcome", "ok")],
    )
    .unwrap();
    assert_eq!(runs.value, Value::Counter(1.0));

    let lag = find(&scrape, "beratungsnetz_search_index_lag", &[]).unwrap();
    assert_eq!(lag.value, Value::Gauge(0.0));
    let services = find(
        &scrape,
        "beratungsnetz_directory_records",
        &[("table", "service")],
    )
    .unwrap();
    assert_eq!(services.value, Value::Gauge(20.0));
    let docs = find(&scrape, "beratungsnetz_search_index_documents", &[]).unwrap();
    assert_eq!(docs.value, Value::Gauge(20.0));
}

#[tokio::test]
async fn the_index_lag_shows_changes_not_yet_applied() {
    let (_dir, state) = sample_state().await;
    let state = with_token(state);
    let app = router(state.clone());
    // Another process's write: the change log moves on, this index has not followed yet.
    let mut more = beratungsnetz_demo::demo_services();
    let extra: Vec<_> = more.drain(20..22).collect();
    beratungsnetz_testkit::import_json(
        state.store.as_ref(),
        &serde_json::Value::Array(extra),
        beratungsnetz_store::ImportMode::Merge,
    )
    .await;
    let (_, text) = get(&app, "/metrics", Some(TOKEN)).await;
    let scrape = parse(&text);
    let Value::Gauge(lag) = find(&scrape, "beratungsnetz_search_index_lag", &[])
        .unwrap()
        .value
    else {
        panic!("lag is not a gauge");
    };
    assert!(lag >= 2.0, "lag {lag}");
    beratungsnetz_search::sync::catch_up(
        state.store.as_ref(),
        &state.search,
        state.search.position(),
    )
    .await
    .unwrap();
    let (_, text) = get(&app, "/metrics", Some(TOKEN)).await;
    let lag = find(&parse(&text), "beratungsnetz_search_index_lag", &[])
        .unwrap()
        .value
        .clone();
    assert_eq!(lag, Value::Gauge(0.0));
}
