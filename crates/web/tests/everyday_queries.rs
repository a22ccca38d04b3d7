//! Issue 19: the routing table's everyday queries (`core/src/taxonomy/routes.tsv`, at
//! least 15 per language, transliterations included) run through the search API over the
//! sample data: each is understood as its term, and the first hit offers help with it.

#![allow(clippy::unwrap_used)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

const ROUTES: &str = include_str!("../../core/src/taxonomy/routes.tsv");

fn codes_of(hit: &Value, key: &str) -> Vec<String> {
    hit[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["code"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn everyday_queries_find_the_right_help_in_the_sample_data() {
    let mut items = beratungsnetz_demo::demo_services();
    items.extend(beratungsnetz_core::taxonomy::all_terms_json());
    let (_dir, app) = common::app_with(&Value::Array(items)).await;
    let mut wrong = Vec::new();
    let mut rows = 0;
    for line in ROUTES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut it = line.split('\t');
        let (Some(lang), Some(query), Some(code)) = (it.next(), it.next(), it.next()) else {
            panic!("a row of three columns: {line:?}");
        };
        rows += 1;
        let q: String = form_urlencoded::byte_serialize(query.as_bytes()).collect();
        let uri = format!("/api/v1/search?q={q}&lang={lang}&per_page=5");
        let resp = app
            .clone()
            .oneshot(Request::get(&uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{uri}");
        let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        let understood: Vec<String> = codes_of(&v, "understood");
        let first = &v["contents"][0];
        let offered: Vec<String> = ["needs", "kinds", "targets"]
            .iter()
            .flat_map(|k| codes_of(first, k))
            .collect();
        if !understood.iter().any(|c| c == code) {
            wrong.push(format!(
                "{lang} {query:?}: understood {understood:?}, want {code}"
            ));
        } else if !offered.iter().any(|c| c == code) {
            wrong.push(format!(
                "{lang} {query:?}: first hit {:?} offers {offered:?}, want {code}",
                first["name"]
            ));
        }
    }
    assert!(rows >= 105, "{rows} rows");
    assert!(
        wrong.is_empty(),
        "{} of {rows}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
