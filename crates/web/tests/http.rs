//! The router against a real SQLite store, request by request.
// Helpers outside `#[test]` functions are test code too; clippy.toml cannot see that.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use beratungsnetz_store::{SqliteStore, Store};
use beratungsnetz_web::AppState;
use serde_json::{Value, json};
use tower::ServiceExt;

mod common;
use common::app_with;

const ORG: &str = "0b1e3f4a-5c6d-4e7f-8a9b-0c1d2e3f4a5b";
const DEBT: &str = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const MIGRATION: &str = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
const PREGNANCY: &str = "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
const UNKNOWN: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

fn organization() -> Value {
    json!({"id": ORG, "name": "AWO Musterverband", "description": "Träger der Wohlfahrtspflege"})
}

/// Three services: one with location, address and phone, one marked as sample data.
fn dataset() -> Value {
    json!([
        {
            "id": DEBT, "name": "Schuldner- & Insolvenzberatung <Halle>", "status": "active",
            "description": "Beispieldaten: Hilfe bei Schulden und Insolvenz.",
            "organization": organization(),
            "phones": [{"id": "4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f8a", "number": "0345 000000"}],
            "service_at_locations": [{
                "id": "5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8a9b",
                "location": {
                    "id": "6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f8a9b0c",
                    "location_type": "physical",
                    "name": "Beratungsstelle Halle",
                    "addresses": [{
                        "id": "7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d",
                        "address_1": "Musterstraße 1", "city": "Halle (Saale)",
                        "region": "Sachsen-Anhalt", "state_province": "ST",
                        "postal_code": "06108", "country": "DE", "address_type": "physical"
                    }]
                }
            }]
        },
        {
            "id": MIGRATION, "name": "Migrationsberatung für Erwachsene", "status": "active",
            "description": "Beratung zu Aufenthalt, Sprache und Arbeit.",
            "organization": organization()
        },
        {
            "id": PREGNANCY, "name": "Schwangerschaftsberatung", "status": "active",
            "organization": organization()
        }
    ])
}

async fn app() -> (tempfile::TempDir, Router) {
    app_with(&dataset()).await
}

struct Reply {
    status: StatusCode,
    content_type: String,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        assert!(
            self.content_type.starts_with("application/json"),
            "{}",
            self.content_type
        );
        serde_json::from_str(&self.body).unwrap()
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    let a = common::get(app, uri).await;
    Reply {
        status: a.status,
        content_type: a.header(header::CONTENT_TYPE).unwrap_or_default(),
        body: String::from_utf8(a.bytes).unwrap(),
    }
}

#[tokio::test]
async fn health_and_readiness() {
    let (_dir, app) = app().await;
    let r = get(&app, "/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    let r = get(&app, "/readyz").await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ready"));
}

#[tokio::test]
async fn home_lists_services_in_german() {
    let (_dir, app) = app().await;
    let r = get(&app, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.content_type.starts_with("text/html"),
        "{}",
        r.content_type
    );
    let html = &r.body;
    assert!(html.contains(r#"<html lang="de""#), "{html}");
    assert!(html.contains("<h1>Beratungsangebote in Sachsen-Anhalt</h1>"));
    // Data is escaped.
    assert!(
        html.contains("Schuldner- &#38; Insolvenzberatung &#60;Halle&#62;"),
        "{html}"
    );
    assert!(!html.contains("<Halle>"));
    assert!(html.contains("Migrationsberatung für Erwachsene"));
    assert!(html.contains("Schwangerschaftsberatung"));
    assert!(html.contains("AWO Musterverband"));
    assert!(html.contains("Halle (Saale)"));
    assert!(html.contains("Beratung zu Aufenthalt, Sprache und Arbeit."));
    // Sorted by name.
    let pos = |s: &str| html.find(s).unwrap();
    assert!(pos("Migrationsberatung") < pos("Schuldner-"));
    assert!(pos("Schuldner-") < pos("Schwangerschaftsberatung"));
    assert!(html.contains("\u{2068}3\u{2069} Angebote"), "{html}");
    assert!(html.contains("Die Einträge sind Beispieldaten"));
    assert_eq!(
        html.matches(r#"<p class="badge">Beispieldaten</p>"#)
            .count(),
        1
    );
    assert!(html.contains(r##"<a class="skip" href="#main">"##));
    for landmark in ["<header>", "<main id=\"main\"", "<nav ", "<footer>"] {
        assert!(html.contains(landmark), "{landmark}");
    }
    assert!(html.contains("Postleitzahlen: GeoNames, CC BY 4.0"));
    assert!(
        html.contains(
            "Datenmodell: Human Services Data Specification (Open Referral), CC BY-SA 4.0"
        )
    );
    assert!(html.contains(r#"href="/?lang=en""#), "language switch");
    // One page only: no paging links.
    assert!(!html.contains("Weiter") && !html.contains("Zurück"));
    // Scripts only enhance, and only our own: no inline script, nothing from elsewhere.
    for tag in html.split("<script").skip(1) {
        let tag = &tag[..tag.find("</script>").unwrap()];
        assert!(
            tag.starts_with(" src=\"/static/") && tag.ends_with("defer>"),
            "{tag}"
        );
    }
}

#[tokio::test]
async fn home_speaks_english_on_request() {
    let (_dir, app) = app().await;
    let r = get(&app, "/?lang=en").await;
    assert_eq!(r.status, StatusCode::OK);
    let html = &r.body;
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("Counselling services in Saxony-Anhalt"));
    assert!(html.contains("\u{2068}3\u{2069} services"));
    assert!(html.contains("Postcodes: GeoNames, CC BY 4.0"));
    assert!(html.contains("these entries are sample data"));
    assert!(!html.contains("Beratungsangebote in Sachsen-Anhalt"));
    assert!(html.contains(r#"href="/?lang=de""#));
    // Data stays as entered.
    assert!(html.contains("Migrationsberatung für Erwachsene"));
}

#[tokio::test]
async fn home_pages_through_many_services() {
    let services: Vec<Value> = (1..=27)
        .map(|i| {
            json!({
                "id": format!("00000000-0000-4000-8000-{i:012}"),
                "name": format!("Angebot {i:02}"), "status": "active",
                "description": "x".repeat(300),
                "organization": organization()
            })
        })
        .collect();
    let (_dir, app) = app_with(&Value::Array(services)).await;

    let first = get(&app, "/").await.body;
    assert!(first.contains("Angebot 25") && !first.contains("Angebot 26"));
    // Issue 12: a long list waits, folded, under the needs and districts; page 2 opens it.
    assert!(
        first.contains(r#"id="all-services">"#),
        "folded on the first page"
    );
    assert!(
        first.contains(r#"<a href="/?page=2" rel="next""#),
        "{first}"
    );
    assert!(first.contains(">Weiter</a>") && !first.contains(">Zurück</a>"));
    assert!(first.contains("Seite \u{2068}1\u{2069} von \u{2068}2\u{2069}"));
    assert!(
        first.contains(r#"aria-label="Weiter zu Seite 2""#),
        "no isolation marks in attributes"
    );
    assert!(!first.contains("Beispieldaten"));
    // Descriptions are shortened.
    assert!(first.contains(&format!("{}…", "x".repeat(200))));
    assert!(!first.contains(&"x".repeat(201)));

    let second = get(&app, "/?page=2&lang=en").await.body;
    assert!(second.contains("Angebot 26") && second.contains("Angebot 27"));
    assert!(second.contains(r#"id="all-services" open>"#));
    assert!(!second.contains("Angebot 25"));
    assert!(
        second.contains(r#"<a href="/?page=1&#38;lang=en" rel="prev""#),
        "{second}"
    );
    assert!(second.contains(">Previous</a>") && !second.contains(">Next</a>"));
    assert!(
        second.contains(r#"href="/?page=2&#38;lang=de""#),
        "language switch keeps the page"
    );

    let past = get(&app, "/?page=9").await;
    assert_eq!(past.status, StatusCode::OK);
    assert!(
        past.body
            .contains("Auf dieser Seite gibt es keine Einträge.")
    );

    let bad = get(&app, "/?page=abc").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.content_type.starts_with("text/html"));
    assert!(bad.body.contains("Ungültige Anfrage"));
}

#[tokio::test]
async fn api_lists_services_in_an_hsds_page() {
    let (_dir, app) = app().await;
    for path in ["/api/v1/services", "/services"] {
        let page = get(&app, path).await.json();
        assert_eq!(page["total_items"], 3, "{path}");
        assert_eq!(page["total_pages"], 1);
        assert_eq!(page["page_number"], 1);
        assert_eq!(page["size"], 3);
        assert_eq!(page["first_page"], true);
        assert_eq!(page["last_page"], true);
        assert_eq!(page["empty"], false);
        let contents = page["contents"].as_array().unwrap();
        let names: Vec<&str> = contents
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "Migrationsberatung für Erwachsene",
                "Schuldner- & Insolvenzberatung <Halle>",
                "Schwangerschaftsberatung"
            ]
        );
        for s in contents {
            assert_eq!(s["organization"]["name"], "AWO Musterverband");
            assert_eq!(s["organization_id"], ORG);
            assert_eq!(s["status"], "active");
            // A list shows one-to-one fields only.
            assert!(s.get("phones").is_none() && s.get("service_at_locations").is_none());
        }
    }

    let page = get(&app, "/api/v1/services?page=2&per_page=2").await.json();
    assert_eq!(page["total_items"], 3);
    assert_eq!(page["total_pages"], 2);
    assert_eq!(page["page_number"], 2);
    assert_eq!(page["size"], 1);
    assert_eq!(page["first_page"], false);
    assert_eq!(page["last_page"], true);
    assert_eq!(page["contents"][0]["name"], "Schwangerschaftsberatung");

    let past = get(&app, "/api/v1/services?page=5").await.json();
    assert_eq!(past["empty"], true);
    assert_eq!(past["size"], 0);
    assert_eq!(past["contents"], json!([]));
}

#[tokio::test]
async fn api_rejects_bad_paging_naming_the_parameter() {
    let (_dir, app) = app().await;
    for (query, param) in [
        ("per_page=0", "per_page"),
        ("per_page=1000", "per_page"),
        ("per_page=101", "per_page"),
        ("per_page=ten", "per_page"),
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=99999999999999999999999", "page"),
        ("organization_id=x", "organization_id"),
        ("format=ndjson", "format"),
        ("taxonomy_term_id=nope", "taxonomy_term_id"),
    ] {
        for base in ["/api/v1/services", "/services"] {
            let r = get(&app, &format!("{base}?{query}")).await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{base}?{query}");
            let body = r.json();
            assert_eq!(body["error"]["status"], 400);
            assert_eq!(body["error"]["parameter"], param, "{query}");
            assert!(
                body["error"]["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty())
            );
        }
    }
    let r = get(&app, "/api/v1/services?per_page=100").await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn api_returns_one_fully_nested_service() {
    let (_dir, app) = app().await;
    for base in ["/api/v1/services", "/services"] {
        let r = get(&app, &format!("{base}/{DEBT}")).await;
        assert_eq!(r.status, StatusCode::OK);
        let s = r.json();
        assert_eq!(s["id"], DEBT);
        assert_eq!(s["organization"]["name"], "AWO Musterverband");
        assert_eq!(s["phones"][0]["number"], "0345 000000");
        let sal = &s["service_at_locations"][0];
        assert_eq!(sal["location"]["name"], "Beratungsstelle Halle");
        assert_eq!(sal["location"]["addresses"][0]["city"], "Halle (Saale)");
    }
    let r = get(&app, &format!("/api/v1/services/{UNKNOWN}")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let body = r.json();
    assert_eq!(body["error"]["status"], 404);
    assert!(body["error"].get("parameter").is_none());

    for bad in [
        "not-a-uuid",
        "1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d",
        "%27%20OR%201%3D1",
    ] {
        let r = get(&app, &format!("/services/{bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(r.json()["error"]["parameter"], "id");
    }
}

#[tokio::test]
async fn unknown_paths_are_404_in_the_right_format() {
    let (_dir, app) = app().await;
    let r = get(&app, "/api/v1/nothing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"]["status"], 404);
    let r = get(&app, "/nothing?lang=en").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.content_type.starts_with("text/html"));
    assert!(r.body.contains("Page not found"));
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    let (_dir, app) = app().await;
    let res = app
        .oneshot(
            Request::get("/")
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
}

#[tokio::test]
async fn serve_answers_over_tcp() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(&dir.path().join("t.db")).await.unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let search = Arc::new(beratungsnetz_search::SearchIndex::in_memory().unwrap());
    let server = tokio::spawn(beratungsnetz_web::serve(
        listener,
        AppState::new(store, search),
    ));
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    conn.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut reply = String::new();
    conn.read_to_string(&mut reply).await.unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.ends_with("ok"), "{reply}");
    server.abort();
}
