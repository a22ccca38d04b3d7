//! The search: what a visitor types (text, place, radius, filters) against an index of
//! the sample data. Lines of the input: text, place, radius, then filter codes.
#![no_main]

use std::sync::OnceLock;

use beratungsnetz_core::geo::gazetteer;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::nested::{Nester, Seen, read_document};
use beratungsnetz_search::{Near, SearchIndex, SearchRequest, ServiceDoc, Sort};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let services = Value::Array(beratungsnetz_demo::demo_services());
        let ds = read_document("demo", &services, None).expect("the sample data reads");
        let nester = Nester::new(&ds);
        let mut seen = Seen::default();
        let docs: Vec<ServiceDoc> = ds
            .records(Entity::Service)
            .filter_map(|r| nester.service(&r.id, &mut seen))
            .filter_map(|v| ServiceDoc::from_nested(&v))
            .collect();
        let index = SearchIndex::in_memory().expect("an index in memory");
        index.apply(&docs, &[], 1).expect("the sample data indexes");
        index
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lines = text.split('\n');
    let q = lines.next().unwrap_or_default().to_string();
    let near = lines
        .next()
        .and_then(|place| gazetteer().resolve(place))
        .map(|r| Near {
            lat: r.lat,
            lon: r.lon,
            radius_km: lines
                .next()
                .and_then(|r| r.parse::<f64>().ok())
                .filter(|r| r.is_finite() && *r > 0.0 && *r <= 1000.0)
                .unwrap_or(25.0),
        });
    let codes: Vec<String> = lines.map(str::to_string).collect();
    let pick = |prefix: &str| -> Vec<String> {
        codes
            .iter()
            .filter(|c| c.starts_with(prefix))
            .cloned()
            .collect()
    };
    let sort = match data.len() % 3 {
        0 => Sort::Relevance,
        1 if near.is_some() => Sort::Distance,
        _ => Sort::Name,
    };
    let req = SearchRequest {
        q,
        near,
        needs: pick("need:"),
        kinds: pick("kind:"),
        targets: pick("target:"),
        languages: codes.iter().filter(|c| c.len() == 2).cloned().collect(),
        free: data.len() % 5 == 0,
        barrier_free: data.len() % 7 == 0,
        sort,
        offset: data.len() % 11,
        limit: 10,
        today: 20_500,
        facets: data.len() % 2 == 0,
        ..SearchRequest::default()
    };
    let resp = index().search(&req).expect("a search does not fail");
    assert!(resp.hits.len() <= 10);
    assert!(resp.hits.len() as u64 <= resp.total);
});
