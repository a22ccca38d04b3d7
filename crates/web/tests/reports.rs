//! Where help is missing, on the sample data: a district whose debt counselling is all
//! removed becomes a gap with the nearest alternative and its distance; removing the
//! Arabic-speaking debt counselling near a district makes a language gap; the
//! coordinators' page shows the worst gaps, the map and the table, and nobody else's;
//! uploaded population figures (with the foreign population) replace the shipped ones
//! whole or not at all; the figures download as CSV and XLSX and answer as JSON that
//! matches the API document; the network's figures count checked entries, kinds and
//! languages.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;

use axum::http::StatusCode;
use beratungsnetz_core::accounts::Role;
use beratungsnetz_core::geo::haversine_km;
use beratungsnetz_core::reports::coverage::{Params, Supply, coverage, demand_points};
use beratungsnetz_core::reports::population::shipped;
use common::signed_in::*;

fn population() -> BTreeMap<String, u64> {
    shipped()
        .iter()
        .map(|(k, d)| (k.clone(), d.population))
        .collect()
}

async fn sample_supply(w: &World) -> Vec<Supply> {
    beratungsnetz_search::sync::all_docs(w.state.store.as_ref())
        .await
        .unwrap()
        .iter()
        .map(Supply::of)
        .collect()
}

fn debt(s: &Supply) -> bool {
    s.tags.iter().any(|t| t == "need:debts")
}

fn in_person(s: &Supply) -> bool {
    !s.remote && !s.places.is_empty()
}

#[tokio::test]
async fn a_district_without_its_debt_counselling_is_a_gap_with_the_nearest_alternative() {
    let w = world().await;
    let supply = sample_supply(&w).await;
    let demand = demand_points("15", &population());
    let params = Params::new("need:debts", None);
    let before = coverage(&demand, &supply, &params);
    // A district with debt counselling of its own that is no gap today.
    let district = before
        .districts
        .iter()
        .find(|d| d.services_inside > 0 && !d.is_gap())
        .expect("a covered district in the sample data")
        .key
        .clone();
    let without: Vec<Supply> = supply
        .iter()
        .filter(|s| !(debt(s) && s.districts.contains(&district)))
        .cloned()
        .collect();
    let after = coverage(&demand, &without, &params);
    let gap = after
        .gaps()
        .into_iter()
        .find(|d| d.key == district)
        .expect("the district is a gap now");
    assert_eq!(gap.services_inside, 0);
    // The nearest alternative, worked out apart: from the district's population centre
    // to the nearest place of any debt counselling left.
    let points: Vec<_> = demand.iter().filter(|p| p.district == district).collect();
    let total: f64 = points.iter().map(|p| p.population).sum();
    let lat = points.iter().map(|p| p.population * p.lat).sum::<f64>() / total;
    let lon = points.iter().map(|p| p.population * p.lon).sum::<f64>() / total;
    let (want, km) = without
        .iter()
        .filter(|s| debt(s) && in_person(s))
        .flat_map(|s| {
            s.places
                .iter()
                .map(move |p| (s.id.clone(), haversine_km(lat, lon, p.0, p.1)))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap();
    let (j, got_km) = gap.nearest.unwrap();
    assert_eq!(without[j].id, want);
    assert!((got_km - km).abs() < 1e-9, "{got_km} vs {km}");
    assert!(!without[j].districts.contains(&district));
}

#[tokio::test]
async fn removing_the_arabic_speaking_debt_counselling_nearby_makes_a_language_gap() {
    let w = world().await;
    let supply = sample_supply(&w).await;
    let demand = demand_points("15", &population());
    let arabic = Params::new("need:debts", Some("ar"));
    let any = Params::new("need:debts", None);
    let before = coverage(&demand, &supply, &arabic);
    let mut found = false;
    for d in before.districts.iter().filter(|d| !d.is_gap()) {
        // Every Arabic-speaking debt service within reach of the district's places.
        let points: Vec<_> = demand.iter().filter(|p| p.district == d.key).collect();
        let near = |s: &Supply| {
            s.places.iter().any(|(lat, lon)| {
                points
                    .iter()
                    .any(|p| haversine_km(p.lat, p.lon, *lat, *lon) <= arabic.beyond_km)
            })
        };
        let without: Vec<Supply> = supply
            .iter()
            .filter(|s| !(debt(s) && s.languages.iter().any(|l| l == "ar") && near(s)))
            .cloned()
            .collect();
        let still = coverage(&demand, &without, &any);
        let german = still.districts.iter().find(|x| x.key == d.key).unwrap();
        if german.is_gap() {
            continue;
        }
        // Debt counselling is still there, but not in Arabic: a language gap.
        let after = coverage(&demand, &without, &arabic);
        let gap = after.districts.iter().find(|x| x.key == d.key).unwrap();
        assert!(gap.is_gap(), "{}", d.key);
        assert!(
            (gap.beyond - gap.population).abs() < 1e-6,
            "everyone beyond reach"
        );
        assert!(after.gaps().iter().any(|g| g.key == d.key));
        found = true;
        break;
    }
    assert!(
        found,
        "the sample data has a district to show a language gap"
    );
}

#[tokio::test]
async fn coordinators_see_the_worst_gaps_the_map_and_the_table() {
    let w = world().await;
    let mut c = w
        .person("koordination@example.org", Role::Coordinator, None)
        .await;
    let page = c.get("/verwaltung/berichte/luecken").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Wo Hilfe fehlt"));
    assert!(page.body.contains("<svg") && page.body.contains("<circle"));
    assert_eq!(
        page.body.matches("<th scope=\"row\"").count(),
        14,
        "every district"
    );
    assert!(page.body.contains("id=\"worst\"") || page.body.contains("id=\"no-gaps\""));
    let arabic = c
        .get("/verwaltung/berichte/luecken?need=kind%3Adebt&sprache=ar&km=20&lang=ar")
        .await;
    assert_eq!(arabic.status, StatusCode::OK);
    assert!(arabic.body.contains("dir=\"rtl\""));
    for bad in ["need=need%3Anope", "sprache=xx", "km=1000"] {
        let r = c.get(&format!("/verwaltung/berichte/luecken?{bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    let mut counsellor = w
        .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    assert_eq!(
        counsellor.get("/verwaltung/berichte/luecken").await.status,
        StatusCode::FORBIDDEN
    );
}

/// Runs the `reports-refresh` job once, as `serve` does every two seconds.
async fn refresh(w: &World) {
    let job = beratungsnetz_web::jobs::standard(0)
        .into_iter()
        .find(|j| j.name == "reports-refresh")
        .expect("the job is registered");
    assert!(job.run_once(&w.state, "node").await.unwrap());
}

#[tokio::test]
async fn the_refresh_job_computes_every_standard_question_again_after_a_change() {
    use beratungsnetz_core::reports::population::Figures;
    use beratungsnetz_core::taxonomy::{self, Facet};
    use beratungsnetz_web::reports::figures::{Asked, PAGE_PARAMS, compute};

    let w = world().await;
    let standard: Vec<Asked> = taxonomy::terms_of(Facet::Need)
        .chain(taxonomy::terms_of(Facet::ServiceKind))
        .map(|t| Asked::standard(t.code))
        .collect();
    let shipped = Figures::shipped();
    let kept = |w: &World| {
        let generation = w.state.search.generation();
        standard
            .iter()
            .filter(|a| w.state.reports.figures(generation, &shipped, a).is_some())
            .count()
    };
    assert_eq!(kept(&w), 0, "nothing computed before the job");
    refresh(&w).await;
    assert_eq!(kept(&w), standard.len(), "every need and kind");

    // A coordinator's page is answered with the job's figures, not computed anew.
    let generation = w.state.search.generation();
    let debts = Asked::standard("need:debts");
    let held = w
        .state
        .reports
        .figures(generation, &shipped, &debts)
        .unwrap();
    let answered = compute(&w.state, &debts, &PAGE_PARAMS).await.unwrap();
    assert!(std::sync::Arc::ptr_eq(&held, &answered));
    // A question off the standard is computed on request and kept; the worst gaps in
    // its language are shared by its other needs.
    let mut arabic = debts.clone();
    arabic.language = Some("ar".into());
    let first = compute(&w.state, &arabic, &PAGE_PARAMS).await.unwrap();
    assert!(!std::sync::Arc::ptr_eq(&first.worst, &held.worst));
    let again = compute(&w.state, &arabic, &PAGE_PARAMS).await.unwrap();
    assert!(std::sync::Arc::ptr_eq(&first, &again));
    let food = Asked {
        need: "need:food".into(),
        ..arabic.clone()
    };
    let food = compute(&w.state, &food, &PAGE_PARAMS).await.unwrap();
    assert!(std::sync::Arc::ptr_eq(&first.worst, &food.worst));

    // A change of the directory: the figures of the former state are not served.
    let record = w
        .state
        .store
        .fetch_by(
            beratungsnetz_core::hsds::Entity::Service,
            "id",
            std::slice::from_ref(&w.service),
        )
        .await
        .unwrap()
        .remove(0);
    w.state
        .store
        .apply_edit(&beratungsnetz_store::Edit {
            upserts: vec![(beratungsnetz_core::hsds::Entity::Service, record)],
            services: vec![w.service.clone()],
            ..Default::default()
        })
        .await
        .unwrap();
    beratungsnetz_search::sync::catch_up(w.state.store.as_ref(), &w.state.search, 0)
        .await
        .unwrap();
    assert!(w.state.search.generation() > generation);
    assert_eq!(kept(&w), 0, "the change makes the kept figures stale");
    let fresh = compute(&w.state, &debts, &PAGE_PARAMS).await.unwrap();
    assert!(!std::sync::Arc::ptr_eq(&fresh, &held));
    assert_eq!(
        fresh.coverage, held.coverage,
        "the same figures, computed again"
    );
    refresh(&w).await;
    assert_eq!(kept(&w), standard.len());

    // New population figures: computed again from them.
    let mut uploaded = shipped.clone();
    for d in uploaded.districts.values_mut() {
        d.population *= 2;
    }
    let districts: Vec<_> = uploaded.districts.values().cloned().collect();
    w.state
        .store
        .replace_population("Test 2026", &districts, 1, &Default::default())
        .await
        .unwrap();
    let doubled = compute(&w.state, &debts, &PAGE_PARAMS).await.unwrap();
    assert_eq!(doubled.population.source, "Test 2026");
    let d0 = &doubled.coverage.districts[0];
    let h0 = held
        .coverage
        .districts
        .iter()
        .find(|d| d.key == d0.key)
        .unwrap();
    assert!((d0.population - 2.0 * h0.population).abs() < 1e-6);
}

/// Asserts that a 200 answer of `path` matches what the API document says of it (and
/// that the check can fail).
async fn assert_matches_document(c: &mut Browser, path: &str, answer: &serde_json::Value) {
    let doc: serde_json::Value =
        serde_json::from_str(&c.get("/api/v1/openapi.json").await.body).unwrap();
    let mut schema =
        doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            .clone();
    schema["components"] = doc["components"].clone();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let problems: Vec<String> = validator
        .iter_errors(answer)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{path}: {problems:?}");
    assert!(
        !validator
            .is_valid(&serde_json::json!({"districts": "none", "tables": 1, "services": "x"}))
    );
}

/// A multipart upload of population figures with the form token and a source.
async fn upload(b: &mut Browser, csrf: &str, source: &str, csv: &str) -> Resp {
    let boundary = "----beratungsnetz-test";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n{source}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n"
    );
    b.send(
        axum::http::Request::post("/verwaltung/berichte/bevoelkerung").header(
            axum::http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        ),
        axum::body::Body::from(body),
    )
    .await
}

/// The shipped figures of Sachsen-Anhalt with a tenth of each district foreign.
fn figures_with_foreign(skip: Option<&str>) -> String {
    let mut csv = String::from("AGS;name;population;foreign\n");
    for d in shipped().values().filter(|d| d.key.starts_with("15")) {
        if Some(d.key.as_str()) == skip {
            continue;
        }
        csv.push_str(&format!(
            "{};{};{};{}\n",
            d.key,
            d.name,
            d.population,
            d.population / 10
        ));
    }
    csv
}

#[tokio::test]
async fn uploaded_population_figures_with_the_foreign_population_become_the_demand() {
    for w in worlds("reports_population_upload").await {
        let mut c = w
            .person("koordination@example.org", Role::Coordinator, None)
            .await;
        let page = c.get("/verwaltung/berichte/bevoelkerung").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("Destatis"));
        let token = csrf(&page.body);
        // Foreign figures cannot be asked for before any are uploaded.
        let early = c.get("/verwaltung/berichte/luecken?bezug=foreign").await;
        assert_eq!(early.status, StatusCode::BAD_REQUEST, "{}", w.engine);
        assert!(
            !c.get("/verwaltung/berichte/luecken")
                .await
                .body
                .contains("id=\"bezug\"")
        );

        let done = upload(
            &mut c,
            &token,
            "Testzahlen 2024",
            &figures_with_foreign(None),
        )
        .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        let page = c.get("/verwaltung/berichte/bevoelkerung").await;
        assert!(page.body.contains("Testzahlen 2024"));
        // Halle: 239.257 people in the shipped figures, a tenth of them foreign.
        let halle = &shipped()["15002"];
        let tenth = (halle.population / 10).to_string();
        let grouped = format!(
            "{}.{}",
            &tenth[..tenth.len() - 3],
            &tenth[tenth.len() - 3..]
        );
        assert!(page.body.contains(&grouped), "{grouped}");

        let gaps = c.get("/verwaltung/berichte/luecken?bezug=foreign").await;
        assert_eq!(gaps.status, StatusCode::OK, "{}", gaps.body);
        assert!(gaps.body.contains("id=\"bezug\""));
        assert!(
            gaps.body.contains(&grouped),
            "the foreign population is counted"
        );
        assert!(gaps.body.contains("Testzahlen 2024"), "the source is named");

        // A file without every district, or with a bad line, changes nothing.
        let missing = upload(
            &mut c,
            &token,
            "Lückenhaft",
            &figures_with_foreign(Some("15089")),
        )
        .await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            missing.body.contains("Es fehlen Kreise"),
            "{}",
            missing.body
        );
        assert!(missing.body.contains("Salzlandkreis"));
        let bad_line = figures_with_foreign(None).replacen("\n15", "\n1x5", 1);
        let bad = upload(&mut c, &token, "Kaputt", &bad_line).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("Zeile 2"), "{}", bad.body);
        let no_source = upload(&mut c, &token, " ", &figures_with_foreign(None)).await;
        assert_eq!(no_source.status, StatusCode::UNPROCESSABLE_ENTITY);
        let forged = upload(&mut c, "forged", "Gefälscht", &figures_with_foreign(None)).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let page = c.get("/verwaltung/berichte/bevoelkerung").await;
        assert!(page.body.contains("Testzahlen 2024"), "{}", w.engine);

        // The download is the form an upload takes: it reads back as the same figures.
        let csv = c.get("/verwaltung/berichte/bevoelkerung.csv").await;
        assert_eq!(csv.status, StatusCode::OK);
        let back = beratungsnetz_core::reports::population::parse(&csv.body).unwrap();
        assert_eq!(back.len(), 14);
        assert!(back.iter().all(|d| d.foreign == Some(d.population / 10)));

        let mut counsellor = w
            .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
            .await;
        let theirs = counsellor.get("/verwaltung/berichte/bevoelkerung").await;
        assert_eq!(theirs.status, StatusCode::FORBIDDEN);
        let other_token = csrf(&counsellor.get("/verwaltung/konto").await.body);
        let refused = upload(
            &mut counsellor,
            &other_token,
            "X",
            &figures_with_foreign(None),
        )
        .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let reset = c
            .post(
                "/verwaltung/berichte/bevoelkerung/zuruecksetzen",
                &[("csrf", token.as_str())],
            )
            .await;
        assert_eq!(reset.status, StatusCode::SEE_OTHER);
        assert!(
            c.get("/verwaltung/berichte/bevoelkerung")
                .await
                .body
                .contains("Destatis")
        );
        assert_eq!(
            c.get("/verwaltung/berichte/luecken?bezug=foreign")
                .await
                .status,
            StatusCode::BAD_REQUEST
        );
    }
}

#[tokio::test]
async fn the_gap_figures_download_as_csv_and_xlsx_and_answer_as_json() {
    let w = world().await;
    let mut c = w
        .person("koordination@example.org", Role::Coordinator, None)
        .await;
    let csv = c
        .get("/verwaltung/berichte/luecken.csv?need=need%3Adebts&sprache=ar")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers[axum::http::header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("luecken-need-debts-ar.csv")
    );
    assert!(csv.body.starts_with("\u{feff}AGS,Kreis,Einwohner,"));
    assert_eq!(csv.body.lines().count(), 15, "a heading and 14 districts");
    let xlsx = c.get("/verwaltung/berichte/luecken.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.bytes)).unwrap();
    let mut book = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut book).unwrap();
    for sheet in ["Kreise", "Orte", "Größte Lücken", "Angaben"] {
        assert!(
            book.contains(&format!("name=\"{sheet}\"")),
            "{sheet}: {book}"
        );
    }
    let pdf = c
        .get("/verwaltung/berichte/bericht.pdf?need=need%3Adebts&sprache=ar")
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    assert_eq!(
        c.get("/verwaltung/berichte/bericht.pdf?km=1").await.status,
        StatusCode::BAD_REQUEST
    );

    let api = c
        .get("/api/v1/reports/gaps?need=kind%3Adebt&beyond_km=40")
        .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let answer: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(answer["districts"].as_array().unwrap().len(), 14);
    assert_eq!(answer["beyond_km"], 40);
    assert_eq!(answer["need"], "kind:debt");
    assert_matches_document(&mut c, "/api/v1/reports/gaps", &answer).await;
    for (bad, param) in [
        ("sprache=ar", "sprache"),
        ("beyond_km=2", "beyond_km"),
        ("basis=x", "basis"),
    ] {
        let r = c.get(&format!("/api/v1/reports/gaps?{bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(r.body.contains(param), "{}", r.body);
    }
    let mut counsellor = w
        .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    assert_eq!(
        counsellor.get("/api/v1/reports/gaps").await.status,
        StatusCode::FORBIDDEN
    );
    // Signed out, the API answers 401 with its error body, not the sign-in page.
    let mut stranger = Browser::new(&w.app);
    for path in [
        "/api/v1/reports/gaps",
        "/api/v1/reports/referrals",
        "/api/v1/reports/network",
        "/api/v1/interfaces",
        "/api/v1/referrals",
    ] {
        let r = stranger.get(path).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}");
        let body: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(body["error"]["status"], 401, "{path}: {}", r.body);
    }
    assert_eq!(
        counsellor
            .get("/verwaltung/berichte/luecken.csv")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_network_in_figures_counts_checked_entries_kinds_and_languages() {
    let w = world().await;
    let mut c = w
        .person("koordination@example.org", Role::Coordinator, None)
        .await;
    let page = c.get("/verwaltung/berichte/netz").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.body.matches("class=\"bar-chart\"").count(), 3);
    // The summary's figures agree with the services in the directory.
    let supply = sample_supply(&w).await;
    assert!(
        page.body
            .contains(&format!("von {} Angeboten", supply.len())),
        "{}",
        supply.len()
    );
    assert!(page.body.contains("id=\"by-district\""));
    assert!(page.body.contains("Schuldner- und Insolvenzberatung"));
    let xlsx = c.get("/verwaltung/berichte/netz.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let csv = c
        .get("/verwaltung/berichte/netz.csv?tabelle=angebotsarten")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body.starts_with("\u{feff}Angebotsart,Angebote"),
        "{}",
        csv.body
    );
    assert_eq!(
        c.get("/verwaltung/berichte/netz.csv?tabelle=x")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let api = c.get("/api/v1/reports/network").await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let answer: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_matches_document(&mut c, "/api/v1/reports/network", &answer).await;
    assert_eq!(answer["services"], supply.len());
    let arabic = c.get("/verwaltung/berichte/netz?lang=ar").await;
    assert_eq!(arabic.status, StatusCode::OK);
    let mut counsellor = w
        .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    assert_eq!(
        counsellor.get("/verwaltung/berichte/netz").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        counsellor.get("/api/v1/reports/network").await.status,
        StatusCode::FORBIDDEN
    );
}

/// A referral of organisation `a` to a service of kind `kind` for `need`, sent at `at`.
fn referral(
    id: &str,
    need: &str,
    kind: &str,
    at: i64,
) -> beratungsnetz_store::referrals::NewReferral {
    use beratungsnetz_core::referrals::{CaseDetails, Consent, Contact, Given, Urgency};
    beratungsnetz_store::referrals::NewReferral {
        id: id.into(),
        sender_org: "a".into(),
        sender_account: "acc".into(),
        service_id: "s".into(),
        receiver_org: "b".into(),
        urgency: Urgency::Routine,
        details: CaseDetails {
            client_ref: "X-1".into(),
            needs: vec![need.into()],
            languages: Vec::new(),
            interpreter_needed: false,
            contact: Contact::Phone("0000 000000".into()),
            note: String::new(),
            slip_code: None,
        },
        consent: Consent {
            categories: Vec::new(),
            purpose: "p".into(),
            form_version: "2026-1".into(),
            given: Given::SignedForm,
        },
        consent_valid_until: at + 90 * 86_400,
        slip_code_hash: None,
        service_kind: kind.into(),
        service_district: "15002".into(),
        now: at,
    }
}

#[tokio::test]
async fn referral_figures_show_no_count_below_five_and_feed_the_gap_view() {
    use beratungsnetz_core::referrals::{DeclineReason, Event, Party};
    let w = world().await;
    let store = w.state.store.clone();
    let keys = w.state.keys.clone().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let at = now - 3 * 86_400;
    let mut plan: Vec<(String, &str, &str, Vec<Event>)> = Vec::new();
    for i in 0..6 {
        let decline = vec![Event::Send, Event::Decline(DeclineReason::NoCapacity)];
        plan.push((format!("d{i}"), "need:debts", "kind:debt", decline));
    }
    for i in 0..2 {
        let arrive = vec![Event::Send, Event::Accept, Event::FirstContact];
        plan.push((format!("a{i}"), "need:debts", "kind:debt", arrive));
    }
    for i in 0..3 {
        plan.push((
            format!("t{i}"),
            "need:trauma",
            "kind:psz",
            vec![Event::Send],
        ));
    }
    for (id, need, kind, events) in &plan {
        store
            .create_referral(&keys, &referral(id, need, kind, at))
            .await
            .unwrap();
        for (k, e) in events.iter().enumerate() {
            store
                .apply_referral_event(
                    &id.as_str().into(),
                    *e,
                    e.party(),
                    None,
                    at + k as i64 * 86_400,
                )
                .await
                .unwrap()
                .unwrap();
        }
    }
    assert_eq!(Event::Send.party(), Party::Sender);
    let mut c = w
        .person("koordination@example.org", Role::Coordinator, None)
        .await;
    let page = c.get("/verwaltung/berichte/verweisungen").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let by_need = &page.body[page.body.find("id=\"by-need\"").unwrap()..];
    let by_need = &by_need[..by_need.find("</table>").unwrap()];
    let debts = &by_need[by_need.find("Schulden").unwrap()..];
    let debts = &debts[..debts.find("</tr>").unwrap()];
    assert!(debts.contains(">8<"), "8 debt referrals: {debts}");
    assert!(
        debts.contains(">6 <small>"),
        "6 declined for no capacity: {debts}"
    );
    assert!(!debts.contains(">2"), "two arrivals are withheld: {debts}");
    // Three trauma referrals: the whole row is withheld.
    assert!(!by_need.contains(">3<"), "{by_need}");
    // The gap view for debts hears of the declines.
    let gaps = c
        .get("/verwaltung/berichte/luecken?need=need%3Adebts")
        .await;
    let line = &gaps.body[gaps.body.find("id=\"no-capacity\"").unwrap()..];
    assert!(line[..line.find("</p>").unwrap()].contains('6'), "{line}");
    let trauma = c
        .get("/verwaltung/berichte/luecken?need=need%3Atrauma")
        .await;
    assert!(trauma.body.contains("weniger als 5 Verweisungen"));
    let xlsx = c.get("/verwaltung/berichte/verweisungen.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let csv = c
        .get("/verwaltung/berichte/verweisungen.csv?nach=need")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    let debts_line = csv
        .body
        .lines()
        .find(|l| l.starts_with("Schulden,"))
        .unwrap();
    assert!(debts_line.starts_with("Schulden,8,"), "{debts_line}");
    assert!(
        csv.body
            .lines()
            .any(|l| l.starts_with("Trauma und Fluchterfahrung,,")),
        "a withheld total is an empty cell: {}",
        csv.body
    );
    assert_eq!(
        c.get("/verwaltung/berichte/verweisungen.csv?nach=person")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let api = c.get("/api/v1/reports/referrals").await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let answer: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_matches_document(&mut c, "/api/v1/reports/referrals", &answer).await;
    let by_need = answer["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["by"] == "need")
        .unwrap();
    let debts = by_need["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "need:debts")
        .unwrap();
    assert_eq!(debts["total"], 8);
    let arrived = answer["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c == "arrived")
        .unwrap();
    assert!(
        debts["cells"][arrived].is_null(),
        "two arrivals are withheld"
    );
    let trauma = by_need["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "need:trauma")
        .unwrap();
    assert!(trauma["total"].is_null());
    let mut counsellor = w
        .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    assert_eq!(
        counsellor
            .get("/verwaltung/berichte/verweisungen")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
