//! Where help is missing, on the sample data: a district whose debt counselling is all
//! removed becomes a gap with the nearest alternative and its distance; removing the
//! Arabic-speaking debt counselling near a district makes a language gap; the
//! coordinators' page shows the worst gaps, the map and the table, and nobody else's.

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
