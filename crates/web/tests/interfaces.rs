//! Interface sheets through HTTP on the sample data: shown beside a service wherever a
//! counsellor sees one, versions by year and their diff, a comment accepted as a new
//! version, the coordinators' editor with its stale-base check, the matrix of kinds and
//! needs, the JSON API, and who may do what.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use beratungsnetz_core::accounts::Role;
use common::signed_in::*;
use serde_json::Value;

const DEBT: &str = "/verwaltung/schnittstellen/debt";

/// How many service kinds the vocabulary has: each has a sample sheet.
fn kinds() -> usize {
    beratungsnetz_core::taxonomy::terms_of(beratungsnetz_core::taxonomy::Facet::ServiceKind).count()
}

async fn coordinator(w: &World) -> Browser {
    w.person("koordination@example.org", Role::Coordinator, None)
        .await
}

async fn counsellor(w: &World) -> Browser {
    w.person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await
}

/// The part of a matching answer about one need.
fn section<'a>(body: &'a str, need: &str) -> &'a str {
    let at = body.find(&format!("id=\"need-{need}\"")).unwrap();
    let rest = &body[at..];
    &rest[..rest.find("</section>").unwrap()]
}

#[tokio::test]
async fn a_case_near_halle_gets_each_service_with_its_interface_sheet() {
    let w = world().await;
    let mut b = counsellor(&w).await;
    let r = b
        .get("/verwaltung/fallkonstellation?need=need:trauma&need=need:debts&need=need:residence&near=06108&radius_km=25")
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for (need, sheet) in [
        (
            "trauma",
            "Schnittstellenblatt: Psychosoziales Zentrum für Geflüchtete",
        ),
        (
            "debts",
            "Schnittstellenblatt: Schuldner- und Insolvenzberatung",
        ),
        (
            "residence",
            "Schnittstellenblatt: Migrationsberatung für erwachsene Zuwanderer",
        ),
    ] {
        let s = section(&r.body, need);
        assert!(s.contains("class=\"sheet-inline\""), "{need}: {s}");
        assert!(s.contains(sheet), "{need}: {s}");
        assert!(s.contains("Wann verweisen?"), "{need}: the sections");
    }
}

#[tokio::test]
async fn sheets_show_beside_services_to_counsellors_only() {
    let w = world().await;
    let hits = w.search("Schuldnerberatung").await;
    let id = hits["contents"][0]["id"].as_str().unwrap().to_string();
    let mut b = counsellor(&w).await;
    let detail = b.get(&format!("/angebot/{id}")).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(detail.body.contains("id=\"sheets\""), "{}", detail.body);
    assert!(
        detail
            .body
            .contains("Schnittstellenblatt: Schuldner- und Insolvenzberatung")
    );
    let results = b.get("/suche?q=Schuldnerberatung").await;
    assert!(
        results.body.contains("class=\"sheet-link\""),
        "a sheet on a hit"
    );
    let start = b
        .get(&format!("/verwaltung/verweisungen/neu?angebot={id}"))
        .await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(
        start.body.contains("id=\"sheets\""),
        "beside the referral form"
    );
    // Signed out, the public pages show no sheet.
    let mut anon = Browser::new(&w.app);
    let public = anon.get(&format!("/angebot/{id}")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(!public.body.contains("sheet-inline"));
    let public = anon.get("/suche?q=Schuldnerberatung").await;
    assert!(!public.body.contains("sheet-link"));
    // The pages of the signed-in area want a session.
    let r = anon.get(DEBT).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn versions_by_year_and_their_diff() {
    let w = world().await;
    let mut b = counsellor(&w).await;
    let list = b.get("/verwaltung/schnittstellen").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(
        list.body.matches("<th scope=\"row\">").count(),
        kinds(),
        "every kind"
    );
    assert!(
        !list.body.contains("Matrix"),
        "the matrix is for coordinators"
    );
    let r = b.get(DEBT).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body
            .contains("Fachtag 2025, Workshop Schuldnerberatung (Beispiel)")
    );
    assert!(r.body.contains("4–8 Wochen"), "the version in force");
    assert!(r.body.contains("?version=1"), "the earlier one is linked");
    let old = b.get(&format!("{DEBT}?version=1")).await;
    assert_eq!(old.status, StatusCode::OK);
    assert!(old.body.contains("8–12 Wochen") && old.body.contains("frühere Fassung"));
    let diff = b.get(&format!("{DEBT}/vergleich?von=1&bis=2")).await;
    assert_eq!(diff.status, StatusCode::OK, "{}", diff.body);
    assert!(diff.body.contains("<del>8–12</del>"), "{}", diff.body);
    assert!(diff.body.contains("<ins>4–8</ins>"), "{}", diff.body);
    assert!(
        diff.body.contains("unverändert"),
        "unchanged sections say so"
    );
    // Defaults: the version before the one in force, and that one.
    let default = b.get(&format!("{DEBT}/vergleich")).await;
    assert_eq!(default.body, diff.body);
    for (path, status) in [
        (format!("{DEBT}?version=9"), StatusCode::NOT_FOUND),
        (format!("{DEBT}?version=zwei"), StatusCode::BAD_REQUEST),
        (
            format!("{DEBT}/vergleich?von=0&bis=2"),
            StatusCode::NOT_FOUND,
        ),
        (
            "/verwaltung/schnittstellen/schulden".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            "/verwaltung/schnittstellen/kind:debt".into(),
            StatusCode::NOT_FOUND,
        ),
    ] {
        assert_eq!(b.get(&path).await.status, status, "{path}");
    }
}

#[tokio::test]
async fn a_comment_becomes_a_new_version_when_accepted() {
    let w = world().await;
    let mut c = counsellor(&w).await;
    let page = c.get(DEBT).await;
    let action = "/verwaltung/schnittstellen/debt/kommentare";
    let fields = form_fields(&page.body, action);
    // Nothing written: a missing comment, a proposal without its section.
    let r = c
        .post_raw(action, encode(&with(&fields, &[("proposal", "x")])))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Bitte ausfüllen.") && r.body.contains("Ein Vorschlag braucht"));
    let forged = c
        .post_raw(
            action,
            encode(&with(&fields, &[("csrf", "x"), ("body", "y")])),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let sent = c
        .post_raw(
            action,
            encode(&with(
                &fields,
                &[
                    ("section", "waiting_time"),
                    ("body", "Seit dem Herbst deutlich länger."),
                    ("proposal", "10–12 Wochen; Krisentermin binnen einer Woche."),
                ],
            )),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = c.get(DEBT).await;
    assert!(page.body.contains("Seit dem Herbst deutlich länger."));
    let id = {
        let at = page.body.find("id=\"comment-").unwrap() + 12;
        page.body[at..at + page.body[at..].find('"').unwrap()].to_string()
    };
    let decide = format!("{action}/{id}");
    // Only a coordinator decides.
    let csrf_c = csrf(&page.body);
    let r = c
        .post(&decide, &[("csrf", &csrf_c), ("action", "accept")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut k = coordinator(&w).await;
    let page = k.get(DEBT).await;
    assert!(
        page.body.contains("value=\"accept\""),
        "the coordinator may accept"
    );
    let token = csrf(&page.body);
    let r = k
        .post(&decide, &[("csrf", &token), ("action", "maybe")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = k
        .post(&decide, &[("csrf", &token), ("action", "accept")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = k
        .post(&decide, &[("csrf", &token), ("action", "reject")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "decided once");
    let now = k.get(DEBT).await;
    assert!(
        now.body
            .contains("10–12 Wochen; Krisentermin binnen einer Woche.")
    );
    assert!(now.body.contains("Vorschlag aus der Praxis, angenommen am"));
    assert!(now.body.contains("angenommen"));
    let diff = k.get(&format!("{DEBT}/vergleich")).await;
    assert!(diff.body.contains("<ins>10–12"), "{}", diff.body);
    // A counsellor's comment needs a counsellor: an editor may read, not comment.
    let mut e = w
        .person("redaktion@example.org", Role::Editor, Some(&w.org))
        .await;
    let page = e.get(DEBT).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("id=\"comment-form\""));
    let r = e
        .post(
            action,
            &[("csrf", &csrf(&page.body)), ("version", "1"), ("body", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn coordinators_write_versions_and_a_stale_base_conflicts() {
    let w = world().await;
    let mut c = counsellor(&w).await;
    assert_eq!(
        c.get(&format!("{DEBT}/bearbeiten")).await.status,
        StatusCode::FORBIDDEN
    );
    let mut k = coordinator(&w).await;
    let form = k.get(&format!("{DEBT}/bearbeiten")).await;
    assert_eq!(form.status, StatusCode::OK);
    let action = "/verwaltung/schnittstellen/debt/bearbeiten";
    let fields = form_fields(&form.body, action);
    assert_eq!(value_of(&form.body, "base"), "2");
    // The source is required; the year cannot lie ahead.
    let r = k
        .post_raw(action, encode(&with(&fields, &[("year", "2099")])))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("id=\"year-error\"") && r.body.contains("id=\"source-error\""));
    let r = k
        .post_raw(
            action,
            encode(&with(
                &fields,
                &[
                    ("source", "Fachtag 2026, Workshop Schuldnerberatung"),
                    (
                        "documents",
                        "Alle Mahnungen, Kontoauszüge der letzten drei Monate",
                    ),
                ],
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = k.get(DEBT).await;
    assert!(
        page.body
            .contains("Fachtag 2026, Workshop Schuldnerberatung<")
    );
    assert!(page.body.contains("Alle Mahnungen"));
    // The same form again: written on top of version 2, which is no longer in force.
    let stale = k
        .post_raw(
            action,
            encode(&with(
                &fields,
                &[("source", "Fachtag 2026, zweiter Versuch")],
            )),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let versions = w.state.store.sheet_versions("kind:debt").await.unwrap();
    assert_eq!(versions.len(), 3);
    // A kind without a sheet can get its first one.
    w.db.execute("DELETE FROM interface_sheet WHERE kind = 'kind:labour'")
        .await;
    let none = k.get("/verwaltung/schnittstellen/labour").await;
    assert!(none.body.contains("id=\"no-sheet\""));
    let first = k.get("/verwaltung/schnittstellen/labour/bearbeiten").await;
    let fields = form_fields(&first.body, "/verwaltung/schnittstellen/labour/bearbeiten");
    assert_eq!(value_of(&first.body, "base"), "");
    let r = k
        .post_raw(
            "/verwaltung/schnittstellen/labour/bearbeiten",
            encode(&with(
                &fields,
                &[
                    ("source", "Fachtag 2026"),
                    ("when_to_refer", "Bei Fragen zur Anerkennung"),
                ],
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = k.get("/verwaltung/schnittstellen").await;
    assert!(
        !list.body.contains(">fehlt<"),
        "every kind has a sheet again"
    );
}

#[tokio::test]
async fn the_matrix_shows_where_interfaces_are_missing_and_saves_the_ticks() {
    let w = world().await;
    let mut c = counsellor(&w).await;
    assert_eq!(
        c.get("/verwaltung/schnittstellen/matrix").await.status,
        StatusCode::FORBIDDEN
    );
    let mut k = coordinator(&w).await;
    w.db.execute("DELETE FROM interface_sheet WHERE kind = 'kind:psz'")
        .await;
    let m = k.get("/verwaltung/schnittstellen/matrix").await;
    assert_eq!(m.status, StatusCode::OK, "{}", m.body);
    assert_eq!(
        m.body.matches("<tr><th scope=\"row\">").count(),
        kinds() + 1,
        "every kind and the coverage row"
    );
    assert!(m.body.contains("value=\"kind:debt|need:debts\" aria-label=\"Schuldner- und Insolvenzberatung: Schulden\" checked"));
    let psz_row = &m.body[m.body.find("/schnittstellen/psz\"").unwrap()..];
    let psz_row = &psz_row[..psz_row.find("</tr>").unwrap()];
    assert!(psz_row.contains("class=\"gap\">fehlt"), "{psz_row}");
    // Tick only what a debt counsellor serves, and the psz nothing.
    let token = csrf(&m.body);
    let r = k
        .post(
            "/verwaltung/schnittstellen/matrix",
            &[
                ("csrf", &token),
                ("serves", "kind:debt|need:debts"),
                ("serves", "kind:mbe|need:trauma"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let m = k.get("/verwaltung/schnittstellen/matrix?gespeichert").await;
    assert!(m.body.contains("id=\"matrix-saved\""));
    assert!(m.body.contains("value=\"kind:mbe|need:trauma\" aria-label=\"Migrationsberatung für erwachsene Zuwanderer: Trauma und Fluchterfahrung\" checked"));
    assert_eq!(m.body.matches("\" checked>").count(), 2);
    let bad = k
        .post(
            "/verwaltung/schnittstellen/matrix",
            &[("csrf", &token), ("serves", "kind:debt|kind:psz")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("serves"));
}

#[tokio::test]
async fn the_sheets_as_json() {
    let w = world().await;
    let mut anon = Browser::new(&w.app);
    assert_eq!(
        anon.get("/api/v1/interfaces").await.status,
        StatusCode::UNAUTHORIZED
    );
    let mut c = counsellor(&w).await;
    let r = c.get("/api/v1/interfaces").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["cache-control"], "no-store");
    let all: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(all["sheets"].as_array().unwrap().len(), kinds());
    let debt: Value = serde_json::from_str(&c.get("/api/v1/interfaces/debt").await.body).unwrap();
    assert_eq!(debt["kind"], "kind:debt");
    let years: Vec<i64> = debt["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["year"].as_i64().unwrap())
        .collect();
    assert_eq!(years, [2021, 2025]);
    assert_eq!(debt["versions"][0]["example"], true);
    let same: Value =
        serde_json::from_str(&c.get("/api/v1/interfaces/kind:debt").await.body).unwrap();
    assert_eq!(same, debt);
    let diff: Value =
        serde_json::from_str(&c.get("/api/v1/interfaces/debt/diff?from=1&to=2").await.body)
            .unwrap();
    let waiting = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == "waiting_time")
        .unwrap();
    assert_eq!(waiting["changed"], true);
    assert!(
        waiting["pieces"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["op"] == "removed" && p["text"] == "8–12")
    );
    for (path, status) in [
        ("/api/v1/interfaces/schulden", StatusCode::NOT_FOUND),
        (
            "/api/v1/interfaces/debt/diff?from=eins",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/interfaces/debt/diff?from=1&to=7",
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/interfaces/debt/diff?von=1",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        assert_eq!(c.get(path).await.status, status, "{path}");
    }
}
