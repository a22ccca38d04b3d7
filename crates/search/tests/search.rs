//! Search behaviour on the sample data of Sachsen-Anhalt.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::OnceLock;

use beratungsnetz_core::geo::gazetteer;
use beratungsnetz_core::hsds::nested::{Nester, Seen, read_document};
use beratungsnetz_core::hsds::{Dataset, Entity};
use beratungsnetz_core::taxonomy;
use beratungsnetz_demo as demo;
use beratungsnetz_search::{
    Near, Ranked, SearchIndex, SearchRequest, SearchResponse, ServiceDoc, Sort,
};
use serde_json::{Value, json};

fn docs_of(ds: &Dataset) -> Vec<ServiceDoc> {
    let nester = Nester::new(ds);
    let mut seen = Seen::default();
    ds.records(Entity::Service)
        .filter_map(|r| nester.service(&r.id, &mut seen))
        .filter_map(|v| ServiceDoc::from_nested(&v))
        .collect()
}

fn sample() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let ds = read_document("demo", &Value::Array(demo::demo_services()), None).unwrap();
        let index = SearchIndex::in_memory().unwrap();
        index.apply(&docs_of(&ds), &[], 1).unwrap();
        index
    })
}

fn req(q: &str) -> SearchRequest {
    SearchRequest {
        q: q.into(),
        limit: 10,
        today: 20_500,
        facets: true,
        ..SearchRequest::default()
    }
}

fn search(r: &SearchRequest) -> SearchResponse {
    sample().search(r).unwrap()
}

/// The top hits all carry one of these tags.
fn assert_top_tagged(q: &str, codes: &[&str]) {
    let resp = search(&req(q));
    assert!(resp.total > 0, "{q}: nothing found");
    for hit in resp.hits.iter().take(3) {
        assert!(
            hit.summary.tags.iter().any(|t| codes.contains(&t.as_str())),
            "{q}: {} ({:?}) is not one of {codes:?}",
            hit.summary.name,
            hit.summary.tags
        );
    }
}

#[test]
fn german_words_find_their_compounds() {
    assert_top_tagged("Schulden", &["kind:debt"]);
    assert_top_tagged("Schwangerschaft", &["kind:pregnancy"]);
    assert_top_tagged("Sucht", &["kind:addiction"]);
    let resp = search(&req("Schulden"));
    assert!(
        resp.hits[0].summary.name.contains("Schuldner"),
        "{}",
        resp.hits[0].summary.name
    );
    let resp = search(&req("Schwangerschaft"));
    assert!(
        resp.hits
            .iter()
            .any(|h| h.summary.name.contains("Schwangerschaftskonfliktberatung"))
    );
    let resp = search(&req("Sucht"));
    assert!(resp.hits.iter().any(|h| h.summary.name.contains("Sucht")));
}

#[test]
fn a_typo_still_finds_it() {
    assert_top_tagged("Schuldnerbertung", &["kind:debt"]);
}

#[test]
fn every_language_reaches_the_german_services() {
    for q in [
        "debts",
        "ديون",
        "بدهی",
        "борги",
        "долги",
        "borç",
        "Schulden",
    ] {
        assert_top_tagged(q, &["kind:debt", "need:debts"]);
    }
    assert_top_tagged("hamile", &["kind:pregnancy", "need:pregnancy"]);
    assert_top_tagged("addiction", &["kind:addiction", "need:addiction"]);
}

const SVC: &str = "7b0c5d1e-0000-4000-8000-000000000001";

/// Imported third-party data carries none of our tags: the vocabulary expands the query
/// into German words instead.
fn third_party() -> SearchIndex {
    let doc = json!([{
        "id": SVC, "name": "Schuldnerberatung der Stadt", "status": "active",
        "description": "Hilfe bei Mahnungen. Sprechstunde in der Kaiserstraße.",
        "organization": {"id": "7b0c5d1e-0000-4000-8000-000000000002", "name": "Stadt Gotha", "description": "x"}
    }]);
    let ds = read_document("third.json", &doc, None).unwrap();
    let index = SearchIndex::in_memory().unwrap();
    index.apply(&docs_of(&ds), &[], 1).unwrap();
    index
}

#[test]
fn foreign_queries_reach_untagged_third_party_data() {
    let index = third_party();
    for q in ["debts", "ديون", "борги", "borç"] {
        let resp = index.search(&req(q)).unwrap();
        assert_eq!(resp.total, 1, "{q}");
        assert_eq!(resp.hits[0].summary.id, SVC);
    }
    // Umlauts and ß fold: "Kaiserstrasse" finds "Kaiserstraße".
    assert_eq!(index.search(&req("Kaiserstrasse")).unwrap().total, 1);
    assert_eq!(index.search(&req("Kaiserstraße")).unwrap().total, 1);
    assert_eq!(index.search(&req("Fahrradwerkstatt")).unwrap().total, 0);
}

/// A text search without facets takes the pruned path (an unscored count and block-max
/// WAND for the top hits); it must agree with the path that scores every match.
#[test]
fn the_pruned_path_agrees_with_scoring_every_match() {
    let scores = |r: &SearchResponse| -> Vec<i64> {
        r.hits
            .iter()
            .map(|h| (f64::from(h.score) * 1e4).round() as i64)
            .collect()
    };
    for q in [
        "Schulden",
        "Sucht",
        "debts",
        "ديون",
        "Migrationsberatung",
        "Halle",
        "Frauen Gewalt",
        "Beratung",
        "Sprachkurs Magdeburg",
    ] {
        let full = search(&req(q));
        let pruned = search(&SearchRequest {
            facets: false,
            ..req(q)
        });
        assert!(full.total > 0, "{q}");
        assert_eq!(full.total, pruned.total, "{q}");
        assert_eq!(scores(&full), scores(&pruned), "{q}");
        assert!(pruned.facets.is_empty() && !full.facets.is_empty());
        // Pages: the second page of the pruned path continues the first.
        let page2 = search(&SearchRequest {
            facets: false,
            offset: 3,
            limit: 3,
            ..req(q)
        });
        assert_eq!(
            scores(&page2),
            scores(&pruned)
                .into_iter()
                .skip(3)
                .take(3)
                .collect::<Vec<_>>(),
            "{q}"
        );
    }
    // A replaced document (deleted and added again) counts once on both paths.
    let index = third_party();
    let again = index.search(&req("debts")).unwrap();
    let ds = read_document("third.json", &json!([{
        "id": SVC, "name": "Schuldnerberatung der Stadt", "status": "active",
        "description": "Hilfe bei Mahnungen und Pfändungen.",
        "organization": {"id": "7b0c5d1e-0000-4000-8000-000000000002", "name": "Stadt Gotha", "description": "x"}
    }]), None)
    .unwrap();
    index.apply(&docs_of(&ds), &[], 2).unwrap();
    for facets in [true, false] {
        let r = index
            .search(&SearchRequest {
                facets,
                ..req("debts")
            })
            .unwrap();
        assert_eq!((r.total, r.hits.len()), (1, 1), "facets {facets}");
    }
    assert_eq!(again.total, 1);
}

fn near(place: &str, radius_km: f64) -> Near {
    let r = gazetteer().resolve(place).unwrap();
    Near {
        lat: r.lat,
        lon: r.lon,
        radius_km,
    }
}

#[test]
fn place_by_postal_code_and_by_town_with_distances() {
    for place in [
        "06108",
        "Halle (Saale)",
        "Lutherstadt Wittenberg",
        "Magdeburg",
    ] {
        let mut r = req("");
        r.near = Some(near(place, 15.0));
        r.sort = Sort::Distance;
        r.limit = 50;
        let resp = search(&r);
        assert!(resp.total > 0, "{place}");
        let mut last = 0.0;
        for h in &resp.hits {
            match h.distance_km {
                Some(d) if d <= 15.0 => {
                    assert!(d >= last, "{place}: not sorted by distance");
                    last = d;
                }
                // Statewide services are found from anywhere and say so.
                _ => assert!(
                    h.summary.statewide,
                    "{place}: {} is out of range",
                    h.summary.name
                ),
            }
        }
        assert!(
            resp.hits
                .iter()
                .any(|h| h.distance_km.is_some_and(|d| d < 15.0))
        );
    }
    // Statewide services show up far from their office.
    let mut all = req("");
    all.near = Some(near("Salzwedel", 10.0));
    all.limit = 500;
    assert!(search(&all).hits.iter().any(|h| h.summary.statewide));
}

#[test]
fn text_and_place_together() {
    let mut r = req("Schulden");
    r.near = Some(near("06108", 20.0));
    let resp = search(&r);
    assert!(resp.total > 0);
    let top = &resp.hits[0];
    assert!(top.summary.tags.iter().any(|t| t == "kind:debt"));
    assert!(top.distance_km.is_some_and(|d| d <= 20.0) || top.summary.statewide);
}

#[test]
fn every_filter_narrows_and_holds() {
    let all = search(&req("")).total;
    assert!(all >= 150);
    let check =
        |name: &str, r: SearchRequest, ok: &dyn Fn(&beratungsnetz_search::Summary) -> bool| {
            let mut r = r;
            r.limit = 500;
            let resp = search(&r);
            assert!(
                resp.total > 0 && resp.total < all,
                "{name}: {} of {all}",
                resp.total
            );
            assert_eq!(resp.hits.len() as u64, resp.total);
            for h in &resp.hits {
                assert!(ok(&h.summary), "{name}: {}", h.summary.name);
            }
        };
    let has = |tag: &'static str| {
        move |s: &beratungsnetz_search::Summary| s.tags.iter().any(|t| t == tag)
    };
    check(
        "need",
        SearchRequest {
            needs: vec!["need:trauma".into()],
            ..req("")
        },
        &has("need:trauma"),
    );
    check(
        "kind",
        SearchRequest {
            kinds: vec!["kind:jmd".into()],
            ..req("")
        },
        &has("kind:jmd"),
    );
    check(
        "target",
        SearchRequest {
            targets: vec!["target:women".into()],
            ..req("")
        },
        &has("target:women"),
    );
    check(
        "language",
        SearchRequest {
            languages: vec!["fa".into()],
            ..req("")
        },
        &|s| s.languages.iter().any(|l| l == "fa"),
    );
    check(
        "district",
        SearchRequest {
            districts: vec!["15088".into()],
            ..req("")
        },
        &|s| s.districts.iter().any(|d| d == "15088"),
    );
    check(
        "free",
        SearchRequest {
            free: true,
            ..req("")
        },
        &|s| s.free,
    );
    check(
        "barrier-free",
        SearchRequest {
            barrier_free: true,
            ..req("")
        },
        &|s| s.barrier_free,
    );
    check(
        "mode",
        SearchRequest {
            modes: vec!["video".into()],
            ..req("")
        },
        &|s| s.modes.iter().any(|m| m == "video"),
    );
    // Open on Saturday: fewer than on Tuesday, and more than none.
    let saturday = search(&SearchRequest {
        weekday: Some(5),
        ..req("")
    })
    .total;
    let tuesday = search(&SearchRequest {
        weekday: Some(1),
        ..req("")
    })
    .total;
    assert!(saturday > 0 && saturday < tuesday, "{saturday} {tuesday}");
    let tuesday_morning = search(&SearchRequest {
        open_at: Some((1, 10 * 60)),
        ..req("")
    })
    .total;
    assert!(tuesday_morning > 0 && tuesday_morning <= tuesday);
    // At 23:00 only the women's shelters, open day and night, are open.
    let night = search(&SearchRequest {
        open_at: Some((1, 23 * 60)),
        limit: 100,
        ..req("")
    });
    assert!(night.total > 0 && night.total < tuesday_morning);
    assert!(
        night
            .hits
            .iter()
            .all(|h| h.summary.name.starts_with("Frauenhaus"))
    );
}

#[test]
fn facets_count_what_a_filter_would_give() {
    let resp = search(&req(""));
    assert_eq!(
        resp.facets["district"].len(),
        14,
        "{:?}",
        resp.facets["district"]
    );
    for (code, n) in &resp.facets["kind"] {
        let filtered = search(&SearchRequest {
            kinds: vec![code.clone()],
            ..req("")
        });
        assert_eq!(filtered.total, *n, "{code}");
    }
    assert_eq!(
        resp.facets["kind"].len(),
        taxonomy::terms_of(taxonomy::Facet::ServiceKind).count()
    );
    let free = search(&SearchRequest {
        free: true,
        ..req("")
    })
    .total;
    assert_eq!(resp.facets["flag"]["free"], free);
    assert!(resp.facets["language"]["ar"] > 0);
    assert!(resp.facets["mode"]["mode:phone"] > 0);
}

#[test]
fn pages_and_sorting_by_name() {
    let mut r = req("Beratung");
    r.sort = Sort::Name;
    r.limit = 5;
    let first = search(&r);
    r.offset = 5;
    let second = search(&r);
    let names: Vec<String> = first
        .hits
        .iter()
        .chain(&second.hits)
        .map(|h| taxonomy::normalize(&h.summary.name))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert_eq!(first.total, second.total);
}

/// Paging through every hit, in every sort and in small pages, lists each service once:
/// hits that rank equally (no text: all score alike; services of one name) keep one order.
#[test]
fn pages_list_every_hit_once_even_when_hits_rank_equally() {
    for sort in [Sort::Relevance, Sort::Name] {
        for q in ["", "Migrationsberatung"] {
            for limit in [7, 20] {
                let mut r = req(q);
                r.sort = sort;
                r.limit = limit;
                r.facets = false;
                let total = search(&r).total as usize;
                assert!(total > limit, "{q:?}: {total}");
                let mut ids = Vec::new();
                while r.offset < total {
                    ids.extend(search(&r).hits.into_iter().map(|h| h.summary.id));
                    r.offset += limit;
                }
                let listed = ids.len();
                ids.sort();
                ids.dedup();
                assert_eq!(
                    (listed, ids.len()),
                    (total, total),
                    "{sort:?} {q:?} in pages of {limit}: repeats or gaps"
                );
            }
        }
    }
}

#[test]
fn updates_and_deletes_are_searchable_at_once() {
    let index = third_party();
    let ds = read_document(
        "edit.json",
        &json!([{"id": SVC, "name": "Familienberatung der Stadt", "status": "active",
                 "organization": {"id": "7b0c5d1e-0000-4000-8000-000000000002", "name": "Stadt Gotha", "description": "x"}}]),
        None,
    )
    .unwrap();
    index.apply(&docs_of(&ds), &[], 2).unwrap();
    assert_eq!(index.search(&req("Familienberatung")).unwrap().total, 1);
    assert_eq!(index.search(&req("Mahnungen")).unwrap().total, 0);
    index.apply(&[], &[SVC.to_string()], 3).unwrap();
    assert_eq!(index.search(&req("Familienberatung")).unwrap().total, 0);
    assert_eq!(index.num_docs(), 0);
}

/// Generated services all over Germany, dense enough that the nearest few lie well
/// within a wide circle (as on a Germany-wide directory).
fn generated() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = SearchIndex::in_memory().unwrap();
        let docs: Vec<ServiceDoc> = demo::generate::generate(3000, 7)
            .filter_map(|v| ServiceDoc::from_nested(&v))
            .collect();
        index.apply(&docs, &[], 1).unwrap();
        index
    })
}

fn ids_of(snapshot: &beratungsnetz_search::Snapshot<'_>, ranked: &Ranked) -> Vec<String> {
    (0..ranked.len())
        .map(|i| snapshot.profile(ranked, i).unwrap().1.id)
        .collect()
}

/// Widening circles find exactly the nearest that one search of the whole circle finds,
/// in the same order, and the search by a need around a place (one union of need-in-cell
/// terms) finds what the need and the place find apart.
#[test]
fn the_nearest_through_widening_circles_are_those_of_the_whole_circle() {
    let needs: Vec<&str> = taxonomy::terms_of(taxonomy::Facet::Need)
        .map(|t| t.code)
        .take(12)
        .collect();
    let mut widened = 0;
    for index in [sample(), generated()] {
        let snapshot = index.snapshot();
        for (i, need) in needs.iter().enumerate() {
            let keep = [3, 20, 50][i % 3];
            // The need and the place apart: every service of the need, kept below when
            // it lies within the circle or serves the whole state.
            let apart = index
                .search(&SearchRequest {
                    needs: vec![need.to_string()],
                    sort: Sort::Name,
                    limit: 100_000,
                    today: 20_500,
                    ..SearchRequest::default()
                })
                .unwrap();
            for place in ["06108", "39104", "06886", "29410", "80331", "10115"] {
                for radius_km in [5.0, 25.0, 100.0, 400.0] {
                    let r = SearchRequest {
                        needs: vec![need.to_string()],
                        near: Some(near(place, radius_km)),
                        sort: Sort::Distance,
                        limit: keep,
                        today: 20_500,
                        ..SearchRequest::default()
                    };
                    let whole = snapshot.ranked(&r).unwrap();
                    let nearest = snapshot.nearest(&r).unwrap();
                    assert_eq!(
                        ids_of(&snapshot, &nearest.ranked),
                        ids_of(&snapshot, &whole),
                        "{need} near {place} within {radius_km} km"
                    );
                    if nearest.radius_km < radius_km {
                        widened += 1;
                        assert!(nearest.holds(keep));
                    }
                    let c = near(place, radius_km);
                    let mut inside: Vec<String> = apart
                        .hits
                        .iter()
                        .filter(|h| {
                            h.summary.statewide
                                || h.summary.places.iter().any(|p| {
                                    beratungsnetz_core::geo::haversine_km(
                                        c.lat, c.lon, p.lat, p.lon,
                                    ) <= radius_km
                                })
                        })
                        .map(|h| h.summary.id.clone())
                        .collect();
                    let together = index
                        .search(&SearchRequest {
                            limit: 100_000,
                            ..r.clone()
                        })
                        .unwrap();
                    let mut found: Vec<String> =
                        together.hits.iter().map(|h| h.summary.id.clone()).collect();
                    inside.sort();
                    found.sort();
                    assert_eq!(found, inside, "{need} near {place} within {radius_km} km");
                }
            }
        }
    }
    assert!(
        widened > 50,
        "only {widened} searches were answered by a smaller circle"
    );
}

/// What matching weighs of a service, read from the columns, is what its summary says.
#[test]
fn profiles_say_what_the_summaries_say() {
    for index in [sample(), generated()] {
        let snapshot = index.snapshot();
        let r = SearchRequest {
            near: Some(near("06108", 300.0)),
            sort: Sort::Distance,
            limit: 400,
            today: 20_500,
            ..SearchRequest::default()
        };
        let ranked = snapshot.ranked(&r).unwrap();
        assert!(ranked.len() > 50);
        let (mut aged, mut counted, mut open) = (0, 0, 0);
        for i in 0..ranked.len() {
            let (handle, p) = snapshot.profile(&ranked, i).unwrap();
            let s = snapshot.summary(handle).unwrap();
            let sorted = |v: &[String]| {
                let mut v = v.to_vec();
                v.sort();
                v.dedup();
                v
            };
            assert_eq!(p.id, s.id);
            assert_eq!(sorted(&p.tags), sorted(&s.tags), "{}", s.id);
            assert_eq!(sorted(&p.languages), sorted(&s.languages), "{}", s.id);
            assert_eq!(sorted(&p.modes), sorted(&s.modes), "{}", s.id);
            assert_eq!(
                (p.free, p.barrier_free, p.statewide),
                (s.free, s.barrier_free, s.statewide)
            );
            assert_eq!((p.min_age, p.max_age), (s.min_age, s.max_age), "{}", s.id);
            assert_eq!(p.capacity, s.capacity, "{}", s.id);
            let mut slots = p.slots.clone();
            let mut expected = s.slots.clone();
            slots.sort_by_key(|x| (x.weekday, x.opens, x.closes));
            expected.sort_by_key(|x| (x.weekday, x.opens, x.closes));
            assert_eq!(slots, expected, "{}", s.id);
            for (day, minute) in [(0, 600), (2, 900), (5, 700), (6, 1439)] {
                assert_eq!(p.open_now(day, minute), s.open_at(day, minute));
                assert_eq!(p.next_opening(day, minute), s.next_opening(day, minute));
            }
            aged += usize::from(p.min_age.is_some() || p.max_age.is_some());
            counted += usize::from(p.capacity.is_some());
            open += usize::from(!p.slots.is_empty());
        }
        // The comparison covers services that name ages, places free and hours.
        assert!(aged > 0 && open > 0, "{aged} with ages, {open} with hours");
        if std::ptr::eq(index, sample()) {
            assert!(counted > 0, "no sample service reports free places");
        }
    }
}
