//! Every JSON answer of the API matches what the OpenAPI document says of it: the
//! responses of real requests (hits, empty results, errors) are validated against the
//! schema the document gives for that path and status.

#![allow(clippy::unwrap_used)]

use axum::Router;
use axum::http::{StatusCode, header};
use serde_json::{Value, json};

mod common;

async fn get(app: &Router, uri: &str) -> (StatusCode, Option<String>, Vec<u8>) {
    let a = common::get(app, uri).await;
    (a.status, a.header(header::CONTENT_TYPE), a.bytes)
}

/// Follows a `$ref` into the document.
fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v["$ref"].as_str() {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap(),
        None => v,
    }
}

/// The JSON schema the document gives for a path's answer with `status`, able to
/// resolve references into the document's components.
fn schema_for(doc: &Value, path: &str, status: StatusCode) -> Value {
    let responses = &doc["paths"][path]["get"]["responses"];
    let response = responses
        .get(status.as_str())
        .unwrap_or_else(|| panic!("{path} does not document status {status}"));
    let response = resolve(doc, response);
    let mut schema = response["content"]["application/json"]["schema"].clone();
    assert!(schema.is_object(), "{path} {status}: no JSON schema");
    schema["components"] = doc["components"].clone();
    schema
}

#[tokio::test]
async fn api_answers_match_the_document() {
    let mut items = beratungsnetz_demo::demo_services();
    let id = items[0]["id"].as_str().unwrap().to_string();
    items.extend(beratungsnetz_core::taxonomy::all_terms_json());
    let (_dir, app) = common::app_with(&Value::Array(items)).await;
    let (_, _, raw) = get(&app, "/api/v1/openapi.json").await;
    let doc: Value = serde_json::from_slice(&raw).unwrap();

    let requests = [
        (
            "/api/v1/search",
            "/api/v1/search?q=Schulden&near=06108&radius_km=30",
        ),
        (
            "/api/v1/search",
            "/api/v1/search?q=%D8%AF%D9%8A%D9%88%D9%86&lang=ar",
        ),
        ("/api/v1/search", "/api/v1/search?q=zzzzqqq"),
        (
            "/api/v1/search",
            "/api/v1/search?need=need:debts&free=true&sort=name&page=2&per_page=5",
        ),
        ("/api/v1/search", "/api/v1/search?radius_km=lots"),
        ("/api/v1/search", "/api/v1/search?unknown=1"),
        ("/api/v1/suggest", "/api/v1/suggest?field=q&q=Schul"),
        ("/api/v1/suggest", "/api/v1/suggest?field=near&q=Hal"),
        ("/api/v1/suggest", "/api/v1/suggest?field=x&q=a"),
        ("/api/v1/services", "/api/v1/services?per_page=3"),
        ("/api/v1/services", "/api/v1/services?per_page=1000"),
        ("/services", "/services?search=Schulden&per_page=2"),
        ("/services", "/services?organization_id=x"),
        ("/api/v1/services/{id}", &format!("/api/v1/services/{id}")),
        (
            "/services/{id}",
            "/services/00000000-0000-4000-8000-00000000dead",
        ),
        ("/services/{id}", "/services/not-a-uuid"),
        (
            "/api/v1/matching",
            "/api/v1/matching?need=trauma&need=debts&near=06108&age=20&language=ar",
        ),
        (
            "/api/v1/matching",
            "/api/v1/matching?need=trauma&near=Salzwedel&radius_km=10",
        ),
        ("/api/v1/matching", "/api/v1/matching?need=debts"),
        ("/api/v1/referrals", "/api/v1/referrals"),
        ("/api/v1/reports/gaps", "/api/v1/reports/gaps"),
        ("/api/v1/reports/referrals", "/api/v1/reports/referrals"),
        ("/api/v1/reports/network", "/api/v1/reports/network"),
    ];
    let mut statuses = std::collections::BTreeSet::new();
    for (path, uri) in requests {
        let (status, kind, body) = get(&app, uri).await;
        statuses.insert(status.as_u16());
        assert_eq!(kind.as_deref(), Some("application/json"), "{uri}");
        let answer: Value = serde_json::from_slice(&body).unwrap();
        let schema = schema_for(&doc, path, status);
        let validator = jsonschema::validator_for(&schema).unwrap();
        let problems: Vec<String> = validator
            .iter_errors(&answer)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(problems.is_empty(), "{uri} ({status}): {problems:?}");
    }
    // Answers of every kind were checked: hits, errors and missing records.
    assert_eq!(
        statuses.into_iter().collect::<Vec<_>>(),
        [200, 400, 401, 404],
        "statuses seen"
    );
    // A schema that cannot be met is noticed (the check is not vacuous).
    let schema = schema_for(&doc, "/api/v1/search", StatusCode::OK);
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(!validator.is_valid(&json!({"contents": "none"})));
}
