//! The HSDS API under /hsds over the sample data: each endpoint's shape (checked against
//! the official HSDS 3.1 schemas where they stand alone), paging, a filter, 404 and 400 as
//! JSON.
#![allow(clippy::unwrap_used)]

mod common;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use beratungsnetz_core::taxonomy;
use serde_json::Value;

const NOWHERE: &str = "00000000-0000-4000-8000-00000000dead";
const SCHEMAS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/hsds-3.1/schema/compiled"
);

async fn app() -> (tempfile::TempDir, Router) {
    let mut items = beratungsnetz_demo::demo_services();
    items.extend(taxonomy::all_terms_json());
    common::app_with(&Value::Array(items)).await
}

/// Status and JSON body; anything but JSON fails the test.
async fn call(app: &Router, method: &str, uri: &str) -> (StatusCode, Value) {
    let req = Request::builder().method(method).uri(uri);
    let a = common::send(app, req.body(Body::empty()).unwrap()).await;
    (a.status, a.json(uri))
}

async fn ok(app: &Router, uri: &str) -> Value {
    let (status, body) = call(app, "GET", uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    body
}

/// A 400 naming `param`.
async fn bad(app: &Router, uri: &str, param: &str) {
    let (status, body) = call(app, "GET", uri).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
    assert_eq!(body["error"]["parameter"], param, "{uri}");
}

async fn not_found(app: &Router, uri: &str) {
    let (status, body) = call(app, "GET", uri).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{uri}: {body}");
    assert_eq!(body["error"]["status"], 404);
}

fn items(page: &Value) -> &Vec<Value> {
    page["contents"].as_array().unwrap()
}

fn ids(page: &Value) -> Vec<&str> {
    items(page)
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect()
}

/// Every item valid against the official schema `compiled/{name}.json`.
fn conforms(name: &str, values: &[Value]) {
    let path = format!("{SCHEMAS}/{name}.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(!values.is_empty(), "{name}: nothing to check");
    for v in values {
        let errors: Vec<String> = validator.iter_errors(v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?} in {v}");
    }
}

/// The `Page` fields for page `number` of `per_page` items out of `total`.
fn paged(page: &Value, total: u64, number: u64, per_page: u64) {
    let pages = total.div_ceil(per_page);
    let size = per_page.min(total.saturating_sub((number - 1) * per_page));
    assert_eq!(page["total_items"], total, "{page}");
    assert_eq!(page["total_pages"], pages);
    assert_eq!(page["page_number"], number);
    assert_eq!(page["size"], size);
    assert_eq!(page["first_page"], number == 1);
    assert_eq!(page["last_page"], number >= pages);
    assert_eq!(page["empty"], size == 0);
    assert_eq!(items(page).len() as u64, size);
}

#[tokio::test]
async fn the_base_path_says_what_the_api_is() {
    let (_dir, app) = app().await;
    for uri in ["/hsds", "/hsds/"] {
        let meta = ok(&app, uri).await;
        assert_eq!(meta["version"], "3.1");
        assert!(meta["profile"].as_str().unwrap().starts_with("https://"));
        assert!(
            meta["openapi_url"]
                .as_str()
                .unwrap()
                .ends_with("/api/v1/openapi.json")
        );
    }
    // Never a page under /hsds.
    not_found(&app, "/hsds/nothing").await;
    not_found(&app, "/hsds/services/x/y").await;
}

#[tokio::test]
async fn services_page_filter_and_nest() {
    let (_dir, app) = app().await;
    let all = ok(&app, "/hsds/services?per_page=100").await;
    let total = all["total_items"].as_u64().unwrap();
    assert!(total > 100, "{total}");
    conforms("service_list", items(&all));
    assert!(items(&all)[0]["organization"]["name"].is_string());
    // Paging: the second page of seven follows the first, by name.
    let second = ok(&app, "/hsds/services?page=2&per_page=7").await;
    paged(&second, total, 2, 7);
    assert_eq!(ids(&second), ids(&all)[7..14]);
    let past = ok(&app, "/hsds/services?page=99999&per_page=7").await;
    paged(&past, total, 99999, 7);
    // POST, as the description lists it too, answers the same.
    let (status, posted) = call(&app, "POST", "/hsds/services?page=2&per_page=7").await;
    assert_eq!((status, ids(&posted)), (StatusCode::OK, ids(&second)));

    // A filter: one organization's services, and the filters add up.
    let org = items(&all)[0]["organization_id"].as_str().unwrap();
    let of_org = ok(&app, &format!("/hsds/services?organization_id={org}")).await;
    let n = of_org["total_items"].as_u64().unwrap();
    assert!(n >= 1 && n < total);
    assert!(items(&of_org).iter().all(|s| s["organization_id"] == org));
    let later = ok(
        &app,
        &format!("/hsds/services?organization_id={org}&modified_after=2999-01-01"),
    )
    .await;
    assert_eq!(later["total_items"], 0);
    let kind = taxonomy::term("kind:debt").unwrap().id();
    let tagged = ok(&app, &format!("/hsds/services?taxonomy_term_id={kind}")).await;
    let n = tagged["total_items"].as_u64().unwrap();
    assert!(n >= 1 && n < total, "{n}");

    // Shapes: minimal and full.
    let minimal = ok(&app, "/hsds/services?minimal=true&per_page=5").await;
    for s in items(&minimal) {
        let keys: Vec<&String> = s.as_object().unwrap().keys().collect();
        assert!(keys.len() <= 4, "{keys:?}");
    }
    conforms("service_list", items(&minimal));
    let full = ok(&app, "/hsds/services?full=true&per_page=5").await;
    assert_eq!(ids(&full), ids(&all)[..5]);
    assert!(
        items(&full)
            .iter()
            .any(|s| s["service_at_locations"].is_array())
    );
    conforms("service", items(&full));

    let id = ids(&all)[0];
    let one = ok(&app, &format!("/hsds/services/{id}")).await;
    assert_eq!(one["id"], id);
    conforms("service", &[one]);
    not_found(&app, &format!("/hsds/services/{NOWHERE}")).await;
    bad(&app, "/hsds/services/not-a-uuid", "id").await;
    bad(&app, "/hsds/services?per_page=0", "per_page").await;
    bad(&app, "/hsds/services?full=maybe", "full").await;
    bad(&app, "/hsds/services?full=true&minimal=true", "minimal").await;
    bad(
        &app,
        "/hsds/services?modified_after=yesterday",
        "modified_after",
    )
    .await;
    bad(
        &app,
        "/hsds/services?organization_id=awo",
        "organization_id",
    )
    .await;
    bad(
        &app,
        &format!("/hsds/services?search=Schulden&organization_id={org}"),
        "organization_id",
    )
    .await;
}

#[tokio::test]
async fn organizations_page_filter_and_nest() {
    let (_dir, app) = app().await;
    let all = ok(&app, "/hsds/organizations?per_page=100").await;
    let total = all["total_items"].as_u64().unwrap();
    assert!(total > 50, "{total}");
    conforms("organization_list", items(&all));
    assert!(items(&all)[0].get("services").is_none());
    let second = ok(&app, "/hsds/organizations?page=2&per_page=10").await;
    paged(&second, total, 2, 10);
    assert_eq!(ids(&second), ids(&all)[10..20]);

    let name = items(&all)[3]["name"].as_str().unwrap().to_string();
    let word: String = form_urlencoded::byte_serialize(name.to_uppercase().as_bytes()).collect();
    let found = ok(&app, &format!("/hsds/organizations?search={word}")).await;
    assert!(ids(&found).contains(&ids(&all)[3]), "{found}");
    let none = ok(&app, "/hsds/organizations?search=zzzzqqq").await;
    paged(&none, 0, 1, 25);
    // Terms reach organizations through their services.
    let kind = taxonomy::term("kind:debt").unwrap().id();
    let tagged = ok(
        &app,
        &format!("/hsds/organizations?taxonomy_term_id={kind}"),
    )
    .await;
    let n = tagged["total_items"].as_u64().unwrap();
    assert!(n >= 1 && n < total, "{n}");

    let full = ok(&app, "/hsds/organizations?full=true&per_page=5").await;
    assert_eq!(ids(&full), ids(&all)[..5]);
    conforms("organization", items(&full));
    let id = ids(&all)[0];
    let one = ok(&app, &format!("/hsds/organizations/{id}")).await;
    let services = one["services"].as_array().unwrap();
    assert!(!services.is_empty());
    assert!(services.iter().all(|s| s["organization_id"] == id));
    assert!(
        services
            .iter()
            .all(|s| s.get("service_at_locations").is_none())
    );
    let deep = ok(&app, &format!("/hsds/organizations/{id}?full_service=true")).await;
    conforms("organization", std::slice::from_ref(&deep));
    conforms("service", deep["services"].as_array().unwrap());
    not_found(&app, &format!("/hsds/organizations/{NOWHERE}")).await;
    bad(
        &app,
        &format!("/hsds/organizations/{id}?full_service=1x"),
        "full_service",
    )
    .await;
    bad(&app, "/hsds/organizations?page=0", "page").await;
    bad(&app, "/hsds/organizations?taxonomy_id=nope", "taxonomy_id").await;
}

#[tokio::test]
async fn taxonomies_and_terms() {
    let (_dir, app) = app().await;
    let list = ok(&app, "/hsds/taxonomies").await;
    paged(&list, 1, 1, 25);
    assert_eq!(ids(&list), [taxonomy::TAXONOMY_ID]);
    let one = ok(&app, &format!("/hsds/taxonomies/{}", taxonomy::TAXONOMY_ID)).await;
    assert!(one["name"].is_string() && one["description"].is_string());
    let none = ok(&app, "/hsds/taxonomies?search=zzzzqqq").await;
    paged(&none, 0, 1, 25);
    not_found(&app, &format!("/hsds/taxonomies/{NOWHERE}")).await;
    bad(&app, "/hsds/taxonomies?format=ndjson", "format").await;

    let count = taxonomy::all_terms_json().len() as u64;
    let terms = ok(&app, "/hsds/taxonomy_terms?per_page=10&page=2").await;
    paged(&terms, count, 2, 10);
    let mine = ok(
        &app,
        &format!("/hsds/taxonomy_terms?taxonomy_id={}", taxonomy::TAXONOMY_ID),
    )
    .await;
    assert_eq!(mine["total_items"], count);
    // Needs sit below their areas; service kinds, target groups and the areas on top.
    let needs = taxonomy::terms_of(taxonomy::Facet::Need).count() as u64;
    let top = ok(&app, "/hsds/taxonomy_terms?top_only=true").await;
    assert_eq!(top["total_items"], count - needs);
    let area = taxonomy::area("area:existence").unwrap();
    let children = ok(
        &app,
        &format!("/hsds/taxonomy_terms?parent_id={}", area.id()),
    )
    .await;
    assert_eq!(children["total_items"], area.needs().count() as u64);
    let child_codes: Vec<&str> = children["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["code"].as_str().unwrap())
        .collect();
    assert!(child_codes.contains(&"need:debts"), "{child_codes:?}");
    let children = ok(&app, &format!("/hsds/taxonomy_terms?parent_id={NOWHERE}")).await;
    assert_eq!(children["total_items"], 0);
    let debt = taxonomy::term("kind:debt").unwrap();
    let term = ok(&app, &format!("/hsds/taxonomy_terms/{}", debt.id())).await;
    assert_eq!(term["code"], "kind:debt");
    assert_eq!(term["taxonomy_detail"]["id"], taxonomy::TAXONOMY_ID);
    not_found(&app, &format!("/hsds/taxonomy_terms/{NOWHERE}")).await;
    bad(&app, "/hsds/taxonomy_terms?top_only=yes", "top_only").await;
    bad(&app, "/hsds/taxonomy_terms?parent_id=1", "parent_id").await;
}

#[tokio::test]
async fn services_at_locations_page_filter_and_nest() {
    let (_dir, app) = app().await;
    let all = ok(&app, "/hsds/service_at_locations?per_page=100").await;
    let total = all["total_items"].as_u64().unwrap();
    assert!(total > 100, "{total}");
    conforms("service_at_location_list", items(&all));
    let first = &items(&all)[0];
    assert!(first["location"]["id"].is_string() && first["service"]["name"].is_string());
    let second = ok(&app, "/hsds/service_at_locations?page=3&per_page=4").await;
    paged(&second, total, 3, 4);
    assert_eq!(ids(&second), ids(&all)[8..12]);

    // Near Halle: every location within the radius (10 km ≈ 0.09° of latitude).
    let near = ok(
        &app,
        "/hsds/service_at_locations?postcode=06108&proximity=10000&per_page=100",
    )
    .await;
    let n = near["total_items"].as_u64().unwrap();
    assert!(n >= 1 && n < total, "{n}");
    for sal in items(&near) {
        let lat = sal["location"]["latitude"].as_f64().unwrap();
        assert!((lat - 51.48).abs() < 0.1, "{lat}");
    }
    let org = first["service"]["organization_id"].as_str().unwrap();
    let of_org = ok(
        &app,
        &format!("/hsds/service_at_locations?organization_id={org}"),
    )
    .await;
    assert!(
        items(&of_org)
            .iter()
            .all(|s| s["service"]["organization_id"] == org)
    );

    let full = ok(&app, "/hsds/service_at_locations?full=true&per_page=3").await;
    assert_eq!(ids(&full), ids(&all)[..3]);
    assert!(items(&full)[0]["location"]["addresses"].is_array());
    conforms("service_at_location", items(&full));
    let id = ids(&all)[0];
    let one = ok(&app, &format!("/hsds/service_at_locations/{id}")).await;
    assert_eq!(one["id"], id);
    assert!(one["service"]["name"].is_string());
    conforms("service_at_location", &[one]);
    not_found(&app, &format!("/hsds/service_at_locations/{NOWHERE}")).await;
    bad(
        &app,
        "/hsds/service_at_locations?proximity=1000",
        "proximity",
    )
    .await;
    bad(
        &app,
        "/hsds/service_at_locations?postcode=99999",
        "postcode",
    )
    .await;
    bad(&app, "/hsds/service_at_locations/%27", "id").await;
}
