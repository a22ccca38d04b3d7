//! The public HTML pages through the router: home, results, detail, organization, region,
//! in German and Arabic, with the language from the URL, a cookie or Accept-Language.
// Helpers outside `#[test]` functions are test code too; clippy.toml cannot see that.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use beratungsnetz_core::clock::FixedClock;
use beratungsnetz_web::router;
use serde_json::{Value, json};
use tower::ServiceExt;

mod common;
use common::{app_with, attributes, state_with};

const ORG: &str = "0b1e3f4a-5c6d-4e7f-8a9b-0c1d2e3f4a5b";
const DEBT: &str = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const MIGRATION: &str = "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
const UNKNOWN: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

fn service(id: &str, n: u32, name: &str, codes: &[&str], langs: &[&str]) -> Value {
    let sub = |k: u32| format!("00000000-0000-4000-8000-{n:06}{k:06}");
    let languages: Vec<Value> = langs
        .iter()
        .enumerate()
        .map(|(i, code)| json!({"id": sub(10 + i as u32), "service_id": id, "code": code}))
        .collect();
    json!({
        "id": id, "name": name, "status": "active",
        "description": "Beispieldaten: Hilfe bei Schulden und Mahnungen.",
        "assured_date": "2025-01-15",
        "organization": {"id": ORG, "name": "AWO Musterverband", "description": "Träger der Wohlfahrtspflege"},
        "attributes": attributes(id, codes),
        "languages": languages,
        "cost_options": [{"id": sub(20), "service_id": id, "option": "Kostenlos", "amount": 0}],
        "phones": [{"id": sub(30), "service_id": id, "number": "0345 123456"}],
        "schedules": [{"id": sub(40), "service_id": id, "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00"}],
        "service_at_locations": [{
            "id": sub(1),
            "location": {
                "id": sub(2), "location_type": "physical", "name": "Beratungsstelle Halle",
                "latitude": 51.48, "longitude": 11.97,
                "addresses": [{
                    "id": sub(3), "address_1": "Musterstraße 1", "city": "Halle (Saale)",
                    "region": "Sachsen-Anhalt", "state_province": "ST",
                    "postal_code": "06108", "country": "DE", "address_type": "physical"
                }]
            }
        }]
    })
}

async fn app() -> (tempfile::TempDir, Router) {
    let doc = json!([
        service(
            DEBT,
            1,
            "Schuldnerberatung Halle",
            &["kind:debt", "need:debts", "target:women"],
            &["de", "ar"]
        ),
        service(
            MIGRATION,
            2,
            "Migrationsberatung Halle",
            &["kind:mbe", "need:residence"],
            &["de", "uk"]
        ),
    ]);
    app_with(&doc).await
}

struct Page {
    status: StatusCode,
    cookie: Option<String>,
    body: String,
}

async fn get_with(app: &Router, uri: &str, headers: &[(header::HeaderName, &str)]) -> Page {
    let mut req = Request::builder().uri(uri);
    for (k, v) in headers {
        req = req.header(k, *v);
    }
    let a = common::send(app, req.body(Body::empty()).unwrap()).await;
    if a.status == StatusCode::OK {
        assert!(a.headers.get(header::VARY).is_some(), "{uri}");
    }
    Page {
        status: a.status,
        cookie: a.header(header::SET_COOKIE),
        body: String::from_utf8(a.bytes).unwrap(),
    }
}

async fn get(app: &Router, uri: &str) -> Page {
    get_with(app, uri, &[]).await
}

fn has(page: &Page, needles: &[&str]) {
    for n in needles {
        assert!(page.body.contains(n), "missing {n:?} in:\n{}", page.body);
    }
}

#[tokio::test]
async fn home_has_a_search_form_and_needs_in_german_and_arabic() {
    let (_dir, app) = app().await;
    let de = get(&app, "/").await;
    assert_eq!(de.status, StatusCode::OK);
    has(
        &de,
        &[
            r#"<html lang="de" dir="ltr">"#,
            r#"action="/suche""#,
            r#"<label for="q">Was brauchen Sie?</label>"#,
            r#"<label for="near">Wo? (PLZ oder Ort)</label>"#,
            "/suche?need=need:debts",
            r#"aria-hidden="true""#,
            "Beispieldaten",
            r##"href="#main""##,
            "/static/style.css?v=",
        ],
    );
    // Issue 12: a "near me" button, shown by the script where the browser can locate.
    has(&de, &[r#"data-near-me="near" hidden"#, "In meiner Nähe"]);
    let ar = get(&app, "/?lang=ar").await;
    assert_eq!(ar.status, StatusCode::OK);
    has(
        &ar,
        &[r#"<html lang="ar" dir="rtl">"#, "بماذا يمكننا مساعدتك؟"],
    );
    assert!(ar.cookie.unwrap().starts_with("lang=ar"));
    // Every language is offered on every page.
    for code in ["de", "en", "ar", "fa", "uk", "ru", "tr"] {
        assert!(ar.body.contains(&format!("lang={code}\"")), "{code}");
    }
}

#[tokio::test]
async fn language_from_cookie_then_accept_language() {
    let (_dir, app) = app().await;
    let fa = get_with(&app, "/", &[(header::COOKIE, "lang=fa")]).await;
    has(&fa, &[r#"<html lang="fa" dir="rtl">"#]);
    assert!(fa.cookie.is_none());
    let uk = get_with(
        &app,
        "/",
        &[(header::ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,en;q=0.5")],
    )
    .await;
    has(&uk, &[r#"<html lang="uk" dir="ltr">"#]);
    // The cookie wins over the header, the URL over both.
    let both = get_with(
        &app,
        "/suche?lang=tr",
        &[(header::COOKIE, "lang=fa"), (header::ACCEPT_LANGUAGE, "en")],
    )
    .await;
    has(&both, &[r#"<html lang="tr" dir="ltr">"#]);
}

#[tokio::test]
async fn results_show_hits_filters_and_distance() {
    let (_dir, app) = app().await;
    let de = get(&app, "/suche?q=Schulden&near=06108").await;
    assert_eq!(de.status, StatusCode::OK);
    has(
        &de,
        &[
            "Schuldnerberatung Halle",
            &format!("/angebot/{DEBT}"),
            "AWO Musterverband",
            " km",
            "kostenlos",
            "Filter anwenden",
            "<legend>Hilfe bei</legend>",
            r#"name="need" value="need:debts""#,
            "Arabisch",
        ],
    );
    let ar = get(&app, "/suche?need=need:residence&lang=ar").await;
    assert_eq!(ar.status, StatusCode::OK);
    has(
        &ar,
        &[
            r#"dir="rtl""#,
            "Migrationsberatung Halle",
            r#"<div lang="de" dir="ltr">"#,
            "النص باللغة الألمانية",
            r#"value="need:residence" checked"#,
        ],
    );
    assert!(!ar.body.contains("Schuldnerberatung Halle"));
}

#[tokio::test]
async fn bad_parameters_give_a_400_page_naming_them() {
    let (_dir, app) = app().await;
    let p = get(&app, "/suche?radius_km=abc&near=06108").await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    has(&p, &[r#"id="bad-param""#, "radius_km"]);
    let p = get(&app, "/suche?need=martians&lang=ar").await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    has(&p, &[r#"dir="rtl""#, "need"]);
    let p = get(&app, "/angebot/not-a-uuid").await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
}

/// Issue 12/13: a results link shared through a messenger carries `fbclid`, `utm_…`; it
/// answered 400. Pages ignore what they do not know (the JSON API stays strict), and a
/// repeated parameter is not copied into every language link.
#[tokio::test]
async fn shared_links_with_tracking_and_repeated_parameters_open() {
    let (_dir, app) = app().await;
    let p = get(
        &app,
        "/suche?q=Schulden&fbclid=IwAR0abc&utm_source=whatsapp&utm_medium=social",
    )
    .await;
    assert_eq!(p.status, StatusCode::OK);
    has(&p, &["Schuldnerberatung"]);
    assert!(!p.body.contains("fbclid"), "not carried into links");
    let p = get(&app, &format!("/handzettel?id={DEBT}&utm_campaign=x")).await;
    assert_eq!(p.status, StatusCode::OK);
    let api = get(&app, "/api/v1/search?q=Schulden&fbclid=x").await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST, "the API names it");

    let small = get(&app, "/suche?q=Schulden&need=debts").await.body.len();
    let repeated = "&need=debts".repeat(2000);
    let p = get(&app, &format!("/suche?q=Schulden{repeated}")).await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(
        p.body.len() < small + 2000,
        "{} bytes against {small}",
        p.body.len()
    );
    let many: String = (0..300).map(|i| format!("&utm_{i}=x")).collect();
    assert_eq!(
        get(&app, &format!("/suche?q=a{many}")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn detail_page_in_german_and_arabic() {
    let (_dir, app) = app().await;
    let de = get(&app, &format!("/angebot/{DEBT}")).await;
    assert_eq!(de.status, StatusCode::OK);
    has(
        &de,
        &[
            "<bdi lang=\"de\">Schuldnerberatung Halle</bdi></h1>",
            "Montag",
            "09:00–12:00",
            "tel:0345123456",
            "geo:51.48,11.97?q=",
            "https://www.openstreetmap.org/?mlat=51.48",
            "Musterstraße 1",
            "15.01.2025",
            &format!("/traeger/{ORG}"),
            "Frauen",
        ],
    );
    let ar = get(&app, &format!("/angebot/{DEBT}?lang=ar")).await;
    assert_eq!(ar.status, StatusCode::OK);
    has(
        &ar,
        &[
            r#"<html lang="ar" dir="rtl">"#,
            "الاثنين",
            "العربية",
            r#"<div lang="de" dir="ltr">"#,
            "النص باللغة الألمانية",
        ],
    );
    let missing = get(&app, &format!("/angebot/{UNKNOWN}")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn organization_and_region_pages() {
    let (_dir, app) = app().await;
    let org = get(&app, &format!("/traeger/{ORG}")).await;
    assert_eq!(org.status, StatusCode::OK);
    has(
        &org,
        &[
            "<h1>AWO Musterverband</h1>",
            "Schuldnerberatung Halle",
            "Migrationsberatung Halle",
        ],
    );
    let org_ar = get(&app, &format!("/traeger/{ORG}?lang=ar")).await;
    has(&org_ar, &[r#"dir="rtl""#, "خدمات هذه الجهة"]);
    assert_eq!(
        get(&app, &format!("/traeger/{UNKNOWN}")).await.status,
        StatusCode::NOT_FOUND
    );
    let halle = get(&app, "/region/15002").await;
    assert_eq!(halle.status, StatusCode::OK);
    has(&halle, &["Halle (Saale)", "Schuldnerberatung Halle"]);
    let salz = get(&app, "/region/15089?lang=ar").await;
    assert_eq!(salz.status, StatusCode::OK);
    has(&salz, &[r#"dir="rtl""#, "Salzlandkreis"]);
    assert_eq!(
        get(&app, "/region/99999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(get(&app, "/region/abc").await.status, StatusCode::NOT_FOUND);
    // Issue 12: a district page says what is covered there and what is missing, searches
    // within itself, and is reached by name too; the organisation page has an address.
    has(
        &halle,
        &[
            r#"name="district" value="15002""#,
            r#"id="covered""#,
            "need=debts",
            r#"id="missing""#,
        ],
    );
    let by_name = get(&app, "/region/salzlandkreis").await;
    assert_eq!(by_name.status, StatusCode::PERMANENT_REDIRECT);
    has(&org, &["Musterstraße 1", "06108 Halle (Saale)"]);
    let home = get(&app, "/").await;
    has(
        &home,
        &[r#"id="regions""#, "/region/15089", "Salzlandkreis"],
    );
    let detail = get(&app, &format!("/angebot/{DEBT}")).await;
    has(&detail, &[r#"id="districts""#, "/region/15002"]);
}

#[tokio::test]
async fn stylesheet_is_cached_for_a_year() {
    let (_dir, app) = app().await;
    let resp = app
        .oneshot(
            Request::builder()
                .uri("/static/style.css")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let cc = resp
        .headers()
        .get(header::CACHE_CONTROL)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(cc.contains("immutable") && cc.contains("max-age=31536000"));
}

#[tokio::test]
async fn handout_in_two_languages() {
    let (_dir, app) = app().await;
    let ar = get(
        &app,
        &format!("/handzettel?id={DEBT}&id={MIGRATION}&lang=ar"),
    )
    .await;
    assert_eq!(ar.status, StatusCode::OK);
    has(
        &ar,
        &[
            r#"<html lang="ar" dir="rtl">"#,
            "ورقة معلومات",
            "Handzettel",
            "Schuldnerberatung Halle",
            "Migrationsberatung Halle",
            "الاثنين",
            "Montag",
            "tel:0345123456",
            r#"class="col" lang="de" dir="ltr""#,
        ],
    );
    let de = get(&app, &format!("/handzettel?id={DEBT}")).await;
    assert_eq!(de.status, StatusCode::OK);
    assert_eq!(de.body.matches(r#"class="col""#).count(), 1);
    // Issue 12: a handout to be proud of: the date, the live entry's address and its QR
    // code, a line for the appointment, a print button; numbers that do not break.
    has(
        &de,
        &[
            r#"id="handout-date""#,
            &format!("http://127.0.0.1:8080/angebot/{DEBT}"),
            "<svg",
            r#"class="appointment""#,
            r#"id="print""#,
            r#"class="nowrap">0345 123456"#,
        ],
    );
    assert_eq!(
        get(&app, "/handzettel").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&app, "/handzettel?id=x").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&app, &format!("/handzettel?id={UNKNOWN}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Results and detail pages link to it.
    let results = get(&app, "/suche?q=Schulden").await;
    has(&results, &[&format!("/handzettel?id={DEBT}")]);
    let detail = get(&app, &format!("/angebot/{DEBT}")).await;
    has(
        &detail,
        &[&format!("/handzettel?id={DEBT}"), "Handzettel drucken"],
    );
}

#[tokio::test]
async fn results_page_is_small() {
    let (_dir, app) = app().await;
    let p = get(&app, "/suche?near=06108&lang=ar").await;
    assert!(p.body.len() < 60_000, "{}", p.body.len());
    assert!(beratungsnetz_web_css_len() < 20_000);
}

fn beratungsnetz_web_css_len() -> usize {
    include_str!("../static/style.css").len()
}

/// Every hit says whether it is open now, from its weekly hours (Europe/Berlin).
#[tokio::test]
async fn hits_say_whether_they_are_open_now() {
    let mut always = service(DEBT, 1, "Schuldnerberatung Halle", &["need:debts"], &["de"]);
    always["schedules"] = json!([{
        "id": "00000000-0000-4000-8000-000001000040", "service_id": DEBT,
        "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"
    }]);
    let mut never = service(
        MIGRATION,
        2,
        "Schuldnerhilfe Magdeburg",
        &["need:debts"],
        &["de"],
    );
    never["schedules"] = json!([]);
    let (_dir, mut state) = state_with(&json!([always, never])).await;
    // 23:59 is the one minute the first service's slot does not cover: the check runs just
    // before it, at a time the test sets, whatever the wall clock says.
    state.clock = Arc::new(FixedClock::at_berlin("2026-03-10T23:58").unwrap());
    let app = router(state);
    let api = get(&app, "/api/v1/search?q=Schulden").await;
    let v: Value = serde_json::from_str(&api.body).unwrap();
    let open: Vec<(String, bool)> = v["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_string(),
                h["open_now"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(
        open.contains(&("Schuldnerberatung Halle".into(), true)),
        "{open:?}"
    );
    assert!(
        open.contains(&("Schuldnerhilfe Magdeburg".into(), false)),
        "{open:?}"
    );
    let page = get(&app, "/suche?q=Schulden").await;
    // The open-now badge ("badge ok") stands at the one open hit only.
    assert_eq!(page.body.matches("class=\"badge ok\"").count(), 1);
}

/// The handout also comes as a PDF to download, in the client's language beside German.
#[tokio::test]
async fn the_handout_downloads_as_pdf() {
    let (_dir, app) = app().await;
    let resp = app
        .clone()
        .oneshot(
            Request::get(format!("/handzettel.pdf?id={DEBT}&id={MIGRATION}&lang=ar"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()[header::CONTENT_TYPE], "application/pdf");
    assert!(
        resp.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    std::fs::write(
        std::env::temp_dir().join("beratungsnetz-handout-ar.pdf"),
        &bytes,
    )
    .unwrap();
    let page = get(&app, &format!("/handzettel?id={DEBT}&lang=ar")).await;
    assert!(
        page.body.contains("href=\"/handzettel.pdf?id="),
        "the page links to its PDF: {}",
        page.body
    );
    let bad = get(&app, "/handzettel.pdf?id=kaputt").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

/// With tiles configured, the results page carries an optional map of its hits, and the
/// tile server (only it) may serve images.
#[tokio::test]
async fn results_offer_a_map_when_tiles_are_configured() {
    let doc = json!([service(
        DEBT,
        1,
        "Schuldnerberatung Halle",
        &["need:debts"],
        &["de"]
    )]);
    let (_dir, mut state) = common::state_with(&doc).await;
    let plain = beratungsnetz_web::router(state.clone());
    let page = get(&plain, "/suche?q=Schulden").await;
    assert!(!page.body.contains("id=\"map\""), "no map without tiles");
    let mut config = (*state.config).clone();
    config.map_tiles = Some("https://tiles.example.org/{z}/{x}/{y}.png".into());
    state.config = std::sync::Arc::new(config);
    let app = beratungsnetz_web::router(state);
    let resp = app
        .clone()
        .oneshot(
            Request::get("/suche?q=Schulden")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let csp = resp.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("img-src 'self' data: https://tiles.example.org;"),
        "{csp}"
    );
    let page = get(&app, "/suche?q=Schulden").await;
    assert!(page.body.contains("id=\"map\""));
    assert!(
        page.body.contains("&#34;lat&#34;:51.48") || page.body.contains("&quot;lat&quot;:51.48"),
        "the hit's place"
    );
    for (uri, status) in [
        ("/static/leaflet/leaflet.js", StatusCode::OK),
        ("/static/leaflet/map.js", StatusCode::OK),
        ("/static/leaflet/images/marker-icon.png", StatusCode::OK),
        ("/static/leaflet/nothing.js", StatusCode::NOT_FOUND),
    ] {
        let r = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(r.status(), status, "{uri}");
    }
}

/// Issue 12: a misspelt or unknown town, or one typed in Cyrillic or Arabic script, was a
/// 400 page without the form. Now the search runs, the form keeps what was typed, and the
/// page offers the town it probably means; Cyrillic and Arabic spellings are understood.
#[tokio::test]
async fn unknown_and_foreign_script_places_are_not_dead_ends() {
    let (_dir, app) = app().await;
    let p = get(&app, "/suche?q=Schulden&near=Hale").await;
    assert_eq!(p.status, StatusCode::OK);
    has(
        &p,
        &[
            r#"id="place-unknown""#,
            "Hale",
            r#"name="near""#,
            "Halle (Saale)</bdi></a>",
        ],
    );
    assert!(
        p.body.contains("value=\"Hale\""),
        "the form keeps the place"
    );
    let p = get(&app, "/suche?near=Xyzzyq&lang=ar").await;
    assert_eq!(p.status, StatusCode::OK);
    has(&p, &[r#"id="place-unknown""#, r#"dir="rtl""#]);
    for place in ["Галле", "هاله"] {
        let uri = format!(
            "/suche?q=Schulden&near={}",
            form_urlencoded::byte_serialize(place.as_bytes()).collect::<String>()
        );
        let p = get(&app, &uri).await;
        assert_eq!(p.status, StatusCode::OK, "{place}");
        assert!(!p.body.contains("place-unknown"), "{place} is understood");
        has(&p, &["Schuldnerberatung Halle", "km"]);
    }
    // The JSON API stays strict, and names the parameter.
    let api = get(&app, "/api/v1/search?near=Hale").await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST);
}

/// Issue 12: a search that finds nothing offers ways forward that do find something, and
/// filters that would find nothing are not offered.
#[tokio::test]
async fn no_results_offer_ways_forward_with_counts() {
    let (_dir, app) = app().await;
    // Both services are in Halle; from Magdeburg (about 75 km) within 25 km: nothing.
    let p = get(&app, "/suche?need=debts&near=Magdeburg").await;
    assert_eq!(p.status, StatusCode::OK);
    has(&p, &[r#"id="offers""#, "100 km", "radius_km=100"]);
    let p = get(&app, "/suche?q=Zahnarzt&need=debts").await;
    has(&p, &[r#"id="offers""#, "Ohne Suchwörter"]);
    // No facet option with nothing behind it.
    let p = get(&app, "/suche?q=Schulden").await;
    assert!(
        !p.body.contains("(0)"),
        "a zero count is offered:\n{}",
        p.body
    );
}

/// Issue 12: the filters in force are listed, each removable with one click, with
/// "reset all"; a group of several options says that any one is enough.
#[tokio::test]
async fn active_filters_are_listed_and_removable() {
    let (_dir, app) = app().await;
    let p = get(&app, "/suche?q=Beratung&need=debts,residence&free=true").await;
    assert_eq!(p.status, StatusCode::OK);
    has(&p, &[r#"id="active-filters""#, r#"id="reset-filters""#]);
    let block = &p.body[p.body.find("id=\"active-filters\"").unwrap()..];
    let block = &block[..block.find("</div>").unwrap()];
    // Removing "debts" keeps "residence" and the rest.
    assert!(block.contains("need=residence&#38;free=true"), "{block}");
    assert!(
        block.contains(r#"href="/suche?q=Beratung""#),
        "reset keeps the words: {block}"
    );
    let plain = get(&app, "/suche?q=Beratung").await;
    assert!(!plain.body.contains("active-filters"));
}

/// Issue 12: a card an Arabic reader can read: what the service is in Arabic first, the
/// German name beneath, a phone number; languages by their names (Dari included).
#[tokio::test]
async fn cards_say_what_a_service_is_in_the_readers_language() {
    let (_dir, app) = app().await;
    let p = get(&app, "/suche?q=Schulden&lang=ar").await;
    assert_eq!(p.status, StatusCode::OK);
    let kind = beratungsnetz_core::taxonomy::term("kind:debt")
        .unwrap()
        .label("ar");
    let card = &p.body[p.body.find(r#"<ul class="services">"#).unwrap()..];
    let heading = &card[card.find("<h2>").unwrap()..card.find("</h2>").unwrap()];
    assert!(heading.contains(kind), "{heading}");
    assert!(card.contains(r#"<p class="de-name"><bdi lang="de">Schuldnerberatung Halle</bdi>"#));
    assert!(
        card.contains(r#"href="tel:0345123456""#),
        "a phone number on the card"
    );
    let de = get(&app, "/suche?q=Schulden").await;
    assert!(
        de.body
            .contains("<bdi lang=\"de\">Schuldnerberatung Halle</bdi></a></h2>")
    );
    assert_eq!(
        beratungsnetz_core::geo::district_label("15002"),
        "Halle (Saale)"
    );
}

/// A page's title block holds text only: markup there shows as text in the browser's
/// tab (the account page once had a whole form in it).
#[test]
fn title_blocks_hold_no_markup() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(at) = text.find("{% block title %}") else {
            continue;
        };
        let rest = &text[at + "{% block title %}".len()..];
        let title = &rest[..rest.find("{% endblock %}").unwrap()];
        assert!(!title.contains('<'), "{}: {title}", path.display());
        checked += 1;
    }
    assert!(checked > 20, "{checked} templates with a title");
}
