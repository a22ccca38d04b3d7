//! Case matching through HTTP on the sample data: several needs at once near a place,
//! why each service fits or was left out, a need with nothing in reach, bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use beratungsnetz_core::accounts::Role;
use common::signed_in::*;

const PAGE: &str = "/verwaltung/fallkonstellation";

/// The sample data, and a counsellor signed in.
async fn counsellor() -> (World, Browser) {
    let w = world().await;
    let b = w
        .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    (w, b)
}

/// The part of the answer about one need (its section).
fn section<'a>(body: &'a str, need: &str) -> &'a str {
    let at = body
        .find(&format!("id=\"need-{need}\""))
        .unwrap_or_else(|| panic!("no section for {need}"));
    let rest = &body[at..];
    &rest[..rest.find("</section>").unwrap()]
}

#[tokio::test]
async fn trauma_debts_and_residence_near_halle_each_find_their_service() {
    let (_w, mut b) = counsellor().await;
    let r = b
        .get(&format!(
            "{PAGE}?need=need:trauma&need=need:debts&need=need:residence&near=06108&radius_km=25"
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers["cache-control"], "no-store");
    let trauma = section(&r.body, "trauma");
    assert!(trauma.contains("Psychosoziales Zentrum"), "{trauma}");
    let debts = section(&r.body, "debts");
    assert!(debts.contains("Schuldner"), "{debts}");
    let residence = section(&r.body, "residence");
    assert!(residence.contains("Migrationsberatung"), "{residence}");
    for s in [trauma, debts, residence] {
        assert!(s.contains("class=\"fitting\""));
        assert!(s.contains("Halle"), "in Halle: {s}");
        assert!(s.contains("hilft bei"), "says why: {s}");
        assert!(
            s.contains("verweisungen/neu?angebot="),
            "a referral to start"
        );
    }
    assert!(
        r.body.contains("id=\"match-handout\""),
        "one handout for all needs"
    );
}

#[tokio::test]
async fn an_age_limit_explains_a_left_out_service() {
    let (_w, mut b) = counsellor().await;
    let r = b
        .get(&format!(
            "{PAGE}?need=residence&near=06108&age=20&language=ar"
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let residence = section(&r.body, "residence");
    let left_out = &residence[residence.find("class=\"left-out\"").expect("left out")..];
    assert!(
        left_out.contains("Altersgrenze:") && left_out.contains("ab 27 Jahren"),
        "{left_out}"
    );
    assert!(
        !left_out.contains("Jugendmigrationsdienst"),
        "12 to 27: fits"
    );
    let fitting = &residence[..residence.find("class=\"left-out\"").unwrap()];
    assert!(
        fitting.contains("Arabisch"),
        "the client's language: {fitting}"
    );
}

#[tokio::test]
async fn a_need_with_nothing_in_reach_is_said_with_the_nearest_alternative() {
    let (_w, mut b) = counsellor().await;
    let r = b
        .get(&format!("{PAGE}?need=trauma&near=Salzwedel&radius_km=10"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let trauma = section(&r.body, "trauma");
    assert!(trauma.contains("Im Umkreis von"), "{trauma}");
    assert!(trauma.contains("passt nichts"), "{trauma}");
    assert!(trauma.contains("class=\"nearest\""), "{trauma}");
}

#[tokio::test]
async fn bad_cases_are_named_and_signed_out_people_sign_in_first() {
    let (w, mut b) = counsellor().await;
    for (query, status) in [
        ("need=nonsense&near=06108", StatusCode::BAD_REQUEST),
        ("need=debts&near=Atlantis", StatusCode::BAD_REQUEST),
        ("need=debts&near=06108&age=200", StatusCode::BAD_REQUEST),
        ("need=debts&near=06108&radius_km=0", StatusCode::BAD_REQUEST),
        ("need=debts&near=06108&name=Ali", StatusCode::BAD_REQUEST),
        ("near=06108", StatusCode::UNPROCESSABLE_ENTITY),
        ("need=debts", StatusCode::UNPROCESSABLE_ENTITY),
        ("", StatusCode::OK),
    ] {
        let r = b.get(&format!("{PAGE}?{query}")).await;
        assert_eq!(r.status, status, "{query}");
    }
    let anonymous = Browser::new(&w.app).get(PAGE).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    // Nothing about the case is written anywhere.
    let before =
        w.db.strings("SELECT CAST(COUNT(*) AS TEXT) FROM audit_log")
            .await;
    b.get(&format!("{PAGE}?need=debts&near=06108&age=34&language=fa"))
        .await;
    assert_eq!(
        w.db.strings("SELECT CAST(COUNT(*) AS TEXT) FROM audit_log")
            .await,
        before
    );
}

#[tokio::test]
async fn the_same_answer_as_json_for_other_tools() {
    let w = world().await;
    let mut anyone = Browser::new(&w.app);
    let r = anyone
        .get("/api/v1/matching?need=trauma&need=debts&need=residence&near=06108&age=20&language=AR")
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers["cache-control"], "no-store");
    let answer: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert!(answer["place"].as_str().unwrap().starts_with("06108"));
    let needs = answer["needs"].as_array().unwrap();
    let codes: Vec<&str> = needs.iter().map(|n| n["need"].as_str().unwrap()).collect();
    assert_eq!(codes, ["need:trauma", "need:debts", "need:residence"]);
    for n in needs {
        let first = &n["fitting"][0];
        assert_eq!(first["why"][0]["reason"], "need", "{n}");
        assert!(first["name"].as_str().is_some_and(|s| !s.is_empty()));
    }
    let residence = &needs[2];
    let age = residence["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["why_not"].as_array().unwrap())
        .find(|r| r["reason"] == "age")
        .expect("an age limit left a service out");
    assert_eq!(age["min_age"], 27);
    // The situation in words gives the needs.
    let worded = anyone
        .get("/api/v1/matching?situation=Ich%20habe%20Schulden&near=06108")
        .await;
    assert_eq!(worded.status, StatusCode::OK, "{}", worded.body);
    let worded: serde_json::Value = serde_json::from_str(&worded.body).unwrap();
    assert_eq!(worded["needs"][0]["need"], "need:debts");
    for (query, param) in [
        ("near=06108", "need"),
        ("near=06108&situation=xyzzy", "need"),
        ("need=debts", "near"),
        ("need=debts&near=06108&language=a1", "language"),
    ] {
        let bad = anyone.get(&format!("/api/v1/matching?{query}")).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{query}");
        let body: serde_json::Value = serde_json::from_str(&bad.body).unwrap();
        assert_eq!(body["error"]["parameter"], param, "{query}");
    }
}

/// The sample shelters say how many places are free (HSDS 3.1 `service_capacity`): free
/// places are a reason a shelter fits, and a full one is left out, saying so.
#[tokio::test]
async fn free_places_are_a_reason_and_a_full_shelter_is_left_out() {
    let (_w, mut b) = counsellor().await;
    let case = "need=violence&need=housing&near=39104&radius_km=100";
    let r = b.get(&format!("{PAGE}?{case}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let violence = section(&r.body, "violence");
    let split = violence.find("class=\"left-out\"").expect("left out");
    let (fitting, left_out) = violence.split_at(split);
    assert!(fitting.contains("Frauenhaus"), "{fitting}");
    assert!(
        fitting.contains("freie Plätze") || fitting.contains("freier Platz"),
        "{fitting}"
    );
    assert!(
        left_out.contains("zurzeit keine freien Plätze"),
        "{left_out}"
    );

    let r = b.get(&format!("/api/v1/matching?{case}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let answer: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let violence = &answer["needs"][0];
    let reasons = |list: &str, key: &str| -> Vec<serde_json::Value> {
        violence[list]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|a| a[key].as_array().unwrap().clone())
            .collect()
    };
    let free = reasons("fitting", "why");
    let free = free
        .iter()
        .find(|w| w["reason"] == "capacity")
        .expect("free places named");
    assert!(free["available"].as_f64().unwrap() >= 1.0, "{free}");
    assert!(
        reasons("left_out", "why_not")
            .iter()
            .any(|w| w["reason"] == "full"),
        "{violence}"
    );
    // A full shelter is never among what fits.
    for a in violence["fitting"].as_array().unwrap() {
        assert!(!a["why"].to_string().contains("\"available\":0"), "{a}");
    }
}
