//! `/api/v1/search`, the HSDS search filters and the OpenAPI document, against a real
//! SQLite store and a search index rebuilt from it.
// Helpers outside `#[test]` functions are test code too; clippy.toml cannot see that.
#![allow(clippy::unwrap_used)]

use axum::Router;
use axum::http::StatusCode;
use beratungsnetz_core::taxonomy;
use serde_json::{Value, json};

mod common;
use common::{app_with, attributes};

const ORG: &str = "0b1e3f4a-5c6d-4e7f-8a9b-0c1d2e3f4a5b";
const DEBT_HALLE: &str = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const DEBT_MAGDEBURG: &str = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
const MIGRATION_HALLE: &str = "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
const PREGNANCY_MAGDEBURG: &str = "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a";

struct Spec<'a> {
    id: &'a str,
    /// Keeps the ids of the service's records apart.
    n: u32,
    name: &'a str,
    description: &'a str,
    codes: &'a [&'a str],
    /// (postal code, city)
    place: (&'a str, &'a str),
    languages: &'a [&'a str],
    free: bool,
}

/// A service with one place.
fn service(spec: Spec) -> Value {
    let Spec {
        id,
        n,
        name,
        description,
        codes,
        place: (postal_code, city),
        languages,
        free,
    } = spec;
    let sub = |k: u32| format!("00000000-0000-4000-8000-{:06}{k:06}", n);
    let languages: Vec<Value> = languages
        .iter()
        .enumerate()
        .map(|(i, code)| json!({"id": sub(10 + i as u32), "service_id": id, "code": code}))
        .collect();
    let cost_options = if free {
        json!([{"id": sub(20), "service_id": id, "option": "Kostenlos", "amount": 0}])
    } else {
        json!([{"id": sub(20), "service_id": id, "option": "Beratungsgebühr", "amount": 30}])
    };
    json!({
        "id": id, "name": name, "status": "active", "description": description,
        "assured_date": "2025-01-15",
        "organization": {"id": ORG, "name": "AWO Musterverband", "description": "Träger der Wohlfahrtspflege"},
        "attributes": attributes(id, codes),
        "languages": languages,
        "cost_options": cost_options,
        "service_at_locations": [{
            "id": sub(1),
            "location": {
                "id": sub(2), "location_type": "physical", "name": format!("Beratungsstelle {city}"),
                "addresses": [{
                    "id": sub(3), "address_1": "Musterstraße 1", "city": city,
                    "region": "Sachsen-Anhalt", "state_province": "ST",
                    "postal_code": postal_code, "country": "DE", "address_type": "physical"
                }]
            }
        }]
    })
}

fn dataset() -> Value {
    let halle = ("06108", "Halle (Saale)");
    let magdeburg = ("39104", "Magdeburg");
    json!([
        service(Spec {
            id: DEBT_HALLE,
            n: 1,
            name: "Schuldner- und Insolvenzberatung Halle",
            description: "Hilfe bei Schulden, Mahnungen und Privatinsolvenz.",
            codes: &["kind:debt", "need:debts"],
            place: halle,
            languages: &["de", "ar"],
            free: true,
        }),
        service(Spec {
            id: DEBT_MAGDEBURG,
            n: 2,
            name: "Schuldnerberatung Magdeburg",
            description: "Beratung bei Überschuldung.",
            codes: &["kind:debt", "need:debts"],
            place: magdeburg,
            languages: &["de", "ru"],
            free: true,
        }),
        service(Spec {
            id: MIGRATION_HALLE,
            n: 3,
            name: "Migrationsberatung für Erwachsene",
            description: "Beratung zu Aufenthalt, Sprache und Arbeit.",
            codes: &["kind:mbe", "need:residence"],
            place: halle,
            languages: &["de", "uk", "ru"],
            free: true,
        }),
        service(Spec {
            id: PREGNANCY_MAGDEBURG,
            n: 4,
            name: "Schwangerschaftsberatung",
            description: "Beratung in der Schwangerschaft.",
            codes: &["kind:pregnancy", "target:women"],
            place: magdeburg,
            languages: &["de"],
            free: false,
        }),
    ])
}

async fn app() -> (tempfile::TempDir, Router) {
    app_with(&dataset()).await
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let a = common::get(app, uri).await;
    (a.status, a.json(uri))
}

async fn ok(app: &Router, uri: &str) -> Value {
    let (status, body) = get(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    body
}

fn ids(page: &Value) -> Vec<&str> {
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect()
}

fn hit<'a>(page: &'a Value, id: &str) -> &'a Value {
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {page}"))
}

fn facet<'a>(page: &'a Value, name: &str, value: &str) -> &'a Value {
    page["facets"][name]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["value"] == value)
        .unwrap_or_else(|| panic!("{name}={value} not in {}", page["facets"]))
}

/// `q` is percent-encoded by the caller where it needs to be.
async fn search(app: &Router, query: &str) -> Value {
    ok(app, &format!("/api/v1/search?{query}")).await
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn finds_by_text_in_any_language() {
    let (_dir, app) = app().await;
    let page = search(&app, "q=Insolvenz").await;
    assert_eq!(ids(&page)[0], DEBT_HALLE, "{page}");
    let h = hit(&page, DEBT_HALLE);
    assert_eq!(h["name"], "Schuldner- und Insolvenzberatung Halle");
    assert_eq!(h["organization"], "AWO Musterverband");
    assert_eq!(h["city"], "Halle (Saale)");
    assert_eq!(h["free"], true);
    assert_eq!(h["statewide"], false);
    assert_eq!(h["distance_km"], Value::Null);
    assert_eq!(h["last_verified"], "2025-01-15");
    assert!(h["score"].as_f64().unwrap() > 0.0);
    assert_eq!(h["kinds"][0]["code"], "kind:debt");
    assert_eq!(
        h["kinds"][0]["label"],
        taxonomy::term("kind:debt").unwrap().label("de")
    );
    assert_eq!(h["needs"][0]["code"], "need:debts");
    assert_eq!(
        h["languages"],
        json!([
            {"code": "de", "label": "Deutsch"},
            {"code": "ar", "label": "Arabisch"}
        ])
    );
    assert_eq!(h["modes"][0]["code"], "in_person");
    assert_eq!(page["near"], Value::Null);

    for q in ["debts", "ديون", "Schulden"] {
        let page = search(&app, &format!("q={}", encode(q))).await;
        let found = ids(&page);
        assert!(found.contains(&DEBT_HALLE), "{q}: {page}");
        assert!(found.contains(&DEBT_MAGDEBURG), "{q}: {page}");
        assert!(!found.contains(&PREGNANCY_MAGDEBURG), "{q}: {page}");
        let understood = page["understood"].as_array().unwrap();
        assert!(
            understood.iter().any(|t| t["code"] == "need:debts"),
            "{q}: {understood:?}"
        );
    }
}

#[tokio::test]
async fn searches_around_a_place() {
    let (_dir, app) = app().await;
    let page = search(&app, "q=debts&near=06108&radius_km=10").await;
    assert_eq!(ids(&page), [DEBT_HALLE], "{page}");
    let d = hit(&page, DEBT_HALLE)["distance_km"].as_f64().unwrap();
    assert!((0.0..=10.0).contains(&d), "{d}");
    assert_eq!((d * 10.0).round() / 10.0, d, "rounded to 0.1");
    assert_eq!(page["near"]["radius_km"], 10.0);
    assert!(page["near"]["label"].as_str().unwrap().contains("Halle"));

    // By town name, sorted by distance: Halle first, Magdeburg (about 80 km) later.
    let page = search(
        &app,
        &format!(
            "near={}&radius_km=200&sort=distance",
            encode("Halle (Saale)")
        ),
    )
    .await;
    let found = ids(&page);
    assert_eq!(found.len(), 4, "{page}");
    assert!(
        found.iter().position(|i| *i == DEBT_HALLE)
            < found.iter().position(|i| *i == DEBT_MAGDEBURG)
    );
    let far = hit(&page, DEBT_MAGDEBURG)["distance_km"].as_f64().unwrap();
    assert!((60.0..100.0).contains(&far), "{far}");
}

#[tokio::test]
async fn filters_and_counts_facets() {
    let (_dir, app) = app().await;
    let page = search(&app, "").await;
    assert_eq!(page["total_items"], 4);
    assert_eq!(page["size"], 4);
    assert_eq!(facet(&page, "kind", "kind:debt")["count"], 2);
    assert_eq!(facet(&page, "need", "need:debts")["count"], 2);
    assert_eq!(facet(&page, "target", "target:women")["count"], 1);
    assert_eq!(facet(&page, "language", "ru")["count"], 2);
    assert_eq!(facet(&page, "language", "ru")["label"], "Russisch");
    let halle = facet(&page, "district", "15002");
    assert_eq!(
        (halle["label"].as_str(), halle["count"].as_u64()),
        (Some("Halle (Saale)"), Some(2))
    );
    assert_eq!(facet(&page, "district", "15003")["count"], 2);
    assert_eq!(facet(&page, "flag", "free")["count"], 3);
    assert_eq!(facet(&page, "mode", "in_person")["count"], 4);
    // Most frequent first.
    assert_eq!(page["facets"]["language"][0]["value"], "de");

    let page = search(&app, "need=debts&language=ru").await;
    assert_eq!(ids(&page), [DEBT_MAGDEBURG]);
    let page = search(&app, "kind=debt,pregnancy&district=Magdeburg&sort=name").await;
    assert_eq!(ids(&page), [DEBT_MAGDEBURG, PREGNANCY_MAGDEBURG]);
    let page = search(
        &app,
        "kind=kind:pregnancy&kind=debt&free=true&district=15003",
    )
    .await;
    assert_eq!(ids(&page), [DEBT_MAGDEBURG]);
    let page = search(&app, "target=women").await;
    assert_eq!(ids(&page), [PREGNANCY_MAGDEBURG]);

    // Paging.
    let page = search(&app, "sort=name&per_page=3&page=2").await;
    assert_eq!(page["total_items"], 4);
    assert_eq!(page["total_pages"], 2);
    assert_eq!(page["page_number"], 2);
    assert_eq!(page["size"], 1);
    assert_eq!(
        (page["first_page"].as_bool(), page["last_page"].as_bool()),
        (Some(false), Some(true))
    );
    let past = search(&app, "page=99").await;
    assert_eq!(
        (past["empty"].as_bool(), past["total_items"].as_u64()),
        (Some(true), Some(4))
    );
}

#[tokio::test]
async fn labels_follow_the_clients_language() {
    let (_dir, app) = app().await;
    let page = search(&app, "q=Insolvenz&lang=ar").await;
    let h = hit(&page, DEBT_HALLE);
    let debt = taxonomy::term("kind:debt").unwrap();
    assert_eq!(h["kinds"][0]["label"], debt.label("ar"));
    assert_ne!(debt.label("ar"), debt.label("de"));
    assert_eq!(h["languages"][1]["label"], "العربية");
    assert_eq!(facet(&page, "kind", "kind:debt")["label"], debt.label("ar"));
    assert_eq!(facet(&page, "flag", "free")["label"], "مجاني");
}

#[tokio::test]
async fn rejects_bad_parameters_naming_them() {
    let (_dir, app) = app().await;
    for (query, param) in [
        ("near=Nowhereville", "near"),
        ("need=unknown", "need"),
        ("per_page=0", "per_page"),
        ("colour=blue", "colour"),
        ("radius_km=5", "radius_km"),
        ("sort=distance", "sort"),
        ("lang=xx", "lang"),
    ] {
        let (status, body) = get(&app, &format!("/api/v1/search?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["error"]["status"], 400);
        assert_eq!(body["error"]["parameter"], param, "{query}");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
}

#[tokio::test]
async fn hsds_filters_search_too() {
    let (_dir, app) = app().await;
    for base in ["/services", "/api/v1/services"] {
        let page = ok(&app, &format!("{base}?search=Schulden")).await;
        let found = ids(&page);
        assert!(
            found.contains(&DEBT_HALLE) && found.contains(&DEBT_MAGDEBURG),
            "{page}"
        );
        assert!(!found.contains(&PREGNANCY_MAGDEBURG));
        let item = &page["contents"][0];
        assert_eq!(item["organization"]["name"], "AWO Musterverband");
        assert_eq!(item["status"], "active");
        assert!(item.get("service_at_locations").is_none());
    }
    let pregnancy = taxonomy::term("kind:pregnancy").unwrap().id();
    let page = ok(&app, &format!("/services?taxonomy_term_id={pregnancy}")).await;
    assert_eq!(ids(&page), [PREGNANCY_MAGDEBURG]);
    let page = ok(
        &app,
        &format!("/services?taxonomy_id={}", taxonomy::TAXONOMY_ID),
    )
    .await;
    assert_eq!(page["total_items"], 4);
    let page = ok(
        &app,
        "/services?taxonomy_id=00000000-0000-4000-8000-000000000000",
    )
    .await;
    assert_eq!(
        (page["total_items"].as_u64(), page["empty"].as_bool()),
        (Some(0), Some(true))
    );
    let page = ok(&app, "/services?postcode=06108&proximity=10000").await;
    let mut found = ids(&page);
    found.sort();
    assert_eq!(found, [DEBT_HALLE, MIGRATION_HALLE]);
    let page = ok(&app, "/services?search=Schulden&per_page=1&page=2").await;
    assert_eq!(
        (page["size"].as_u64(), page["total_items"].as_u64()),
        (Some(1), Some(2))
    );

    for (query, param) in [
        ("taxonomy_term_id=nope", "taxonomy_term_id"),
        ("postcode=00000", "postcode"),
        ("proximity=1000", "proximity"),
        ("postcode=06108&proximity=-1", "proximity"),
        ("organization_id=x", "organization_id"),
    ] {
        let (status, body) = get(&app, &format!("/services?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["error"]["parameter"], param, "{query}");
    }
}

#[tokio::test]
async fn serves_the_openapi_document() {
    let (_dir, app) = app().await;
    let doc = ok(&app, "/api/v1/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    assert!(doc["paths"]["/api/v1/search"]["get"].is_object());
    assert!(doc["paths"]["/services/{id}"]["get"].is_object());
}

/// Suggestions while typing: needs in the reader's language, towns; bad input named.
#[tokio::test]
async fn suggests_needs_and_places_while_typing() {
    let (_dir, app) = app().await;
    let v = ok(&app, "/api/v1/suggest?q=debt&lang=en").await;
    let s: Vec<&str> = v["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(s.iter().any(|x| x.to_lowercase().contains("debt")), "{s:?}");
    let v = ok(&app, "/api/v1/suggest?field=near&q=Halle").await;
    assert_eq!(v["suggestions"][0], "Halle (Saale)");
    for (uri, param) in [
        ("/api/v1/suggest?field=x&q=ab", "field"),
        ("/api/v1/suggest?lang=xx&q=ab", "lang"),
    ] {
        let (status, e) = get(&app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(e["error"]["parameter"], param);
    }
}

/// Answers are kept for the rest of the minute, but never past a change of the index: the
/// same URL right after an edit answers with the edit.
#[tokio::test]
async fn a_kept_answer_never_outlives_a_change() {
    let (_dir, state) = common::state_with(&dataset()).await;
    let app = beratungsnetz_web::router(state.clone());
    let uri = "/api/v1/search?q=Schuldnerberatung";
    let before = ok(&app, uri).await;
    assert_eq!(ok(&app, uri).await, before, "the same answer twice");
    let n = before["total_items"].as_u64().unwrap();
    assert!(n > 0);
    // Another service about debts, as an import through any node would bring it.
    let doc = beratungsnetz_search::ServiceDoc {
        id: "0a1b2c3d-0000-4000-8000-00000000beef".into(),
        name: "Schuldnerberatung am Markt".into(),
        ..Default::default()
    };
    state.search.apply(&[doc], &[], 999).unwrap();
    let after = ok(&app, uri).await;
    assert_eq!(after["total_items"].as_u64().unwrap(), n + 1, "{after}");
}
