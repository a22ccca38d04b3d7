//! The official HSDS 3.0 and 3.1 examples (JSON and CSV) read, check and round-trip.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use beratungsnetz_core::hsds::{self, Dataset, Entity, nested::Nester, nested::Seen, tabular};

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hsds-examples")
}

fn examples_3_1() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hsds-3.1/examples")
}

fn read_json(name: &str) -> Dataset {
    read_json_in(&examples(), name)
}

fn read_json_in(dir: &std::path::Path, name: &str) -> Dataset {
    let text = std::fs::read_to_string(dir.join(name)).unwrap();
    hsds::read_json(name, &text, None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn read_csv_package(dir: &std::path::Path) -> Dataset {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".csv") || name == "datapackage.json" {
            files.insert(name, std::fs::read(&p).unwrap());
        }
    }
    hsds::read_package(&files).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

#[test]
fn every_json_example_reads_and_checks() {
    for name in [
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "organization_list.json",
        "service_at_location_full.json",
        "service_at_location_list.json",
        "location.json",
        "taxonomy.json",
        "taxonomy_list.json",
        "taxonomy_term.json",
        "taxonomy_term_list.json",
        "tabular.json",
    ] {
        for dir in [examples(), examples_3_1()] {
            let ds = read_json_in(&dir, name);
            assert!(!ds.is_empty(), "{name}");
            let (problems, _unresolved) = ds.check();
            assert!(problems.is_empty(), "{name}: {problems:?}");
        }
    }
}

#[test]
fn the_3_1_additions_land_in_their_tables() {
    let ds = read_json_in(&examples_3_1(), "service_full.json");
    assert_eq!(ds.count(Entity::ServiceCapacity), 1);
    assert_eq!(ds.count(Entity::Unit), 1);
    assert_eq!(ds.count(Entity::Url), 1);
    let sal_areas = ds
        .records(Entity::ServiceArea)
        .filter(|a| a.str("service_at_location_id").is_some())
        .count();
    assert_eq!(sal_areas, 1);
    // Nothing of 3.1 is left behind as an unknown field of its parent.
    for (entity, key) in [
        (Entity::Service, "capacities"),
        (Entity::Service, "additional_urls"),
        (Entity::Organization, "additional_websites"),
        (Entity::ServiceAtLocation, "service_areas"),
    ] {
        assert!(
            ds.records(entity).all(|r| !r.fields.contains_key(key)),
            "{key}"
        );
    }
}

/// Both versions' full examples, nested again and read back: the same records.
#[test]
fn full_examples_of_both_versions_round_trip_through_nesting() {
    for dir in [examples(), examples_3_1()] {
        for name in ["service_full.json", "organization_full.json"] {
            let ds = read_json_in(&dir, name);
            let again = renest(&ds);
            ds.same_records(&again)
                .unwrap_or_else(|d| panic!("{} {name}: {d}", dir.display()));
        }
    }
}

#[test]
fn the_3_1_csv_example_reads_and_round_trips() {
    let ds = read_csv_package(&examples_3_1().join("csv"));
    assert_eq!(ds.count(Entity::ServiceCapacity), 1);
    let capacity = ds.records(Entity::ServiceCapacity).next().unwrap();
    // Typed by the (completed) package description, as in the JSON form.
    assert_eq!(capacity.fields["available"], 12);
    assert_eq!(ds.count(Entity::Unit), 1);
    let (problems, _) = ds.check();
    assert!(problems.is_empty(), "{problems:?}");
    let again = write_and_read_csv(&ds);
    ds.same_records(&again).unwrap();
}

#[test]
fn the_csv_example_package_reads_and_checks() {
    let ds = read_csv_package(&examples().join("csv"));
    assert!(ds.count(Entity::Service) >= 1);
    assert!(ds.count(Entity::Organization) >= 1);
    let (problems, unresolved) = ds.check();
    assert!(problems.is_empty(), "{problems:?}");
    // The official example refers to six records it does not contain; the importer
    // names them (and imports it only with --allow-dangling).
    let mut dangling: Vec<String> = unresolved
        .iter()
        .map(|u| format!("{} {} {}", u.source, u.field, u.id))
        .collect();
    dangling.sort();
    assert_eq!(
        dangling,
        [
            "attributes.csv line 2 link_id f28dd44b-0c4d-479f-8e90-4c52219a8b3c",
            "contacts.csv line 2 organization_id ae67a707-5893-4225-b0b1-320ab9cb596b",
            "contacts.csv line 2 service_at_location_id 93eaf18d-1cd2-4ec7-bffb-3c9172ee5070",
            "locations.csv line 2 organization_id 985e4a42-bd9f-4edc-911d-0243a4640aca",
            "metadata.csv line 2 resource_id 38960354-e7d2-4cfa-a368-820f729d6ccf",
            "taxonomy_terms.csv line 2 taxonomy_id 07ff6aee-a219-438c-b694-d2fcb6c5373b",
        ]
    );
}

/// JSON → nested JSON → data set: the same records.
#[test]
fn service_full_round_trips_through_nesting() {
    let ds = read_json("service_full.json");
    let again = renest(&ds);
    ds.same_records(&again).unwrap();
}

fn renest(ds: &Dataset) -> Dataset {
    let nester = Nester::new(ds);
    let mut seen = Seen::default();
    let mut items: Vec<serde_json::Value> = ds
        .records(Entity::Service)
        .filter_map(|r| nester.service(&r.id, &mut seen))
        .collect();
    items.extend(
        ds.records(Entity::Organization)
            .filter_map(|r| nester.organization(&r.id, &mut seen)),
    );
    for e in [Entity::TaxonomyTerm, Entity::Taxonomy] {
        items.extend(ds.records(e).map(|r| nester.record(e, r, &mut seen)));
    }
    hsds::nested::read_document("again.json", &serde_json::Value::Array(items), None)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// CSV package → CSV package: the same records.
#[test]
fn the_csv_example_round_trips_through_csv() {
    let ds = read_csv_package(&examples().join("csv"));
    let again = write_and_read_csv(&ds);
    ds.same_records(&again).unwrap();
}

fn write_and_read_csv(ds: &Dataset) -> Dataset {
    let dir = tempfile::tempdir().unwrap();
    let mut cols = std::collections::HashMap::new();
    for e in Entity::ALL {
        let c = tabular::columns(e, ds.records(e));
        let f = std::fs::File::create(dir.path().join(tabular::file_name(e))).unwrap();
        tabular::write_csv(f, &c, ds.records(e)).unwrap();
        cols.insert(e, c);
    }
    std::fs::write(
        dir.path().join("datapackage.json"),
        tabular::datapackage(&cols).to_string(),
    )
    .unwrap();
    read_csv_package(dir.path())
}
