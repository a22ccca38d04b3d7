//! One storage suite, run against SQLite always and against PostgreSQL when
//! BERATUNGSNETZ_TEST_DATABASE_URL is set (`.ci/run` sets it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use beratungsnetz_core::hsds::ingest::{Batch, Repeat};
use beratungsnetz_core::hsds::{self, Dataset, Entity, nested::Nester, nested::Seen};
use beratungsnetz_store::{ImportMode, ImportOptions, Store, StoreError};
use beratungsnetz_testkit as testkit;
use serde_json::json;

struct Engine {
    name: &'static str,
    store: Arc<dyn Store>,
    _db: testkit::TestDb,
}

async fn engines() -> Vec<Engine> {
    testkit::engines("suite")
        .await
        .into_iter()
        .map(|db| Engine {
            name: db.name,
            store: db.store.clone(),
            _db: db,
        })
        .collect()
}

const ORG: &str = "0a5f3c1e-0000-4000-8000-000000000001";
const SVC: &str = "0a5f3c1e-0000-4000-8000-000000000002";
const SVC2: &str = "0a5f3c1e-0000-4000-8000-000000000003";
const LOC: &str = "0a5f3c1e-0000-4000-8000-000000000004";
const SAL: &str = "0a5f3c1e-0000-4000-8000-000000000005";
const ADDR: &str = "0a5f3c1e-0000-4000-8000-000000000006";
const PHONE: &str = "0a5f3c1e-0000-4000-8000-000000000007";
const MISSING: &str = "0a5f3c1e-0000-4000-8000-0000000000ff";

fn sample() -> Dataset {
    let doc = json!([{
        "id": SVC, "name": "Schuldnerberatung", "status": "active",
        "minimum_age": 18, "x_extension": {"kept": [1, 2.5, "drei"]},
        "organization": {"id": ORG, "name": "AWO Halle (Beispiel)", "description": "Beispieldaten"},
        "phones": [{"id": PHONE, "number": "0000 123456"}],
        "service_at_locations": [{
            "id": SAL,
            "location": {
                "id": LOC, "location_type": "physical", "name": "Beratungsstelle",
                "latitude": 51.4825, "longitude": 11.9697,
                "addresses": [{"id": ADDR, "address_1": "Beispielstraße 1", "city": "Halle (Saale)",
                               "state_province": "Sachsen-Anhalt", "postal_code": "06108",
                               "country": "DE", "address_type": "physical"}]
            }
        }]
    }]);
    hsds::nested::read_document("sample.json", &doc, None).unwrap()
}

async fn import(store: &dyn Store, ds: &Dataset, mode: ImportMode) -> Result<(), StoreError> {
    store.import(ds, mode).await.map(|_| ())
}

#[tokio::test]
async fn import_then_load_gives_the_same_records() {
    for e in engines().await {
        let ds = sample();
        import(e.store.as_ref(), &ds, ImportMode::Replace)
            .await
            .unwrap();
        let stored = e.store.load_all().await.unwrap();
        ds.same_records(&stored)
            .unwrap_or_else(|d| panic!("{}: {d}", e.name));
        assert_eq!(
            e.store.count(Entity::Service).await.unwrap(),
            1,
            "{}",
            e.name
        );
        // Numbers and extension fields keep their JSON types.
        let svc = stored.get(Entity::Service, SVC).unwrap();
        assert_eq!(svc.fields["minimum_age"], json!(18), "{}", e.name);
        assert_eq!(
            svc.fields["x_extension"],
            json!({"kept": [1, 2.5, "drei"]}),
            "{}",
            e.name
        );
    }
}

#[tokio::test]
async fn a_dangling_reference_rejects_the_whole_import_and_keeps_old_data() {
    for e in engines().await {
        import(e.store.as_ref(), &sample(), ImportMode::Replace)
            .await
            .unwrap();
        let doc = json!([{"id": SVC2, "name": "Suchtberatung", "status": "active",
                          "organization_id": MISSING}]);
        let ds = hsds::nested::read_document("bad.json", &doc, None).unwrap();
        for mode in [ImportMode::Merge, ImportMode::Replace] {
            let err = import(e.store.as_ref(), &ds, mode).await.unwrap_err();
            let text = err.to_string();
            assert!(text.contains("bad.json at /0"), "{}: {text}", e.name);
            assert!(text.contains("organization_id"), "{}: {text}", e.name);
            assert!(text.contains(MISSING), "{}: {text}", e.name);
            // Nothing half-written: not the new service, and a replace did not empty anything.
            assert_eq!(
                e.store.count(Entity::Service).await.unwrap(),
                1,
                "{}",
                e.name
            );
            assert_eq!(
                e.store.count(Entity::Address).await.unwrap(),
                1,
                "{}",
                e.name
            );
        }
    }
}

#[tokio::test]
async fn references_resolve_against_stored_records_and_merge_updates() {
    for e in engines().await {
        import(e.store.as_ref(), &sample(), ImportMode::Replace)
            .await
            .unwrap();
        let doc = json!([
            {"id": SVC2, "name": "Suchtberatung", "status": "active", "organization_id": ORG},
            {"id": SVC, "name": "Schuldner- und Insolvenzberatung", "status": "active", "organization_id": ORG}
        ]);
        let ds = hsds::nested::read_document("more.json", &doc, None).unwrap();
        import(e.store.as_ref(), &ds, ImportMode::Merge)
            .await
            .unwrap();
        assert_eq!(
            e.store.count(Entity::Service).await.unwrap(),
            2,
            "{}",
            e.name
        );
        let svc = e
            .store
            .fetch_by(Entity::Service, "id", &[SVC.into()])
            .await
            .unwrap();
        assert_eq!(
            svc[0].str("name"),
            Some("Schuldner- und Insolvenzberatung"),
            "{}",
            e.name
        );
        // The phone of the first import is still there.
        assert_eq!(e.store.count(Entity::Phone).await.unwrap(), 1, "{}", e.name);
    }
}

/// Imports `ds` into `e`'s empty directory and checks that the change log holds one
/// `reset` and nothing else, and that a record's version is that reset; its position.
async fn import_as_one_reset(e: &Engine, ds: &Dataset, mode: ImportMode) -> i64 {
    import(e.store.as_ref(), ds, mode).await.unwrap();
    let changes = e.store.changes_since(0, 1000).await.unwrap();
    let ops: Vec<&str> = changes.iter().map(|c| c.op.as_str()).collect();
    assert_eq!(ops, ["reset"], "{}", e.name);
    let reset = changes[0].seq;
    // A record's version is at least the last reset: a form opened before a
    // replacement cannot save over it.
    assert_eq!(
        e.store.version(Entity::Service, SVC).await.unwrap(),
        reset,
        "{}",
        e.name
    );
    reset
}

#[tokio::test]
async fn a_first_import_is_one_reset_in_the_change_log() {
    for e in engines().await {
        // Into an empty directory, a merge tells followers what a replacement does:
        // read everything, once, instead of one entry per record.
        import_as_one_reset(&e, &sample(), ImportMode::Merge).await;
        assert_eq!(
            e.store.count(Entity::Service).await.unwrap(),
            1,
            "{}",
            e.name
        );
    }
}

#[tokio::test]
async fn a_record_met_twice_in_a_first_import_is_merged_into_its_one_row() {
    for e in engines().await {
        // As nested JSON repeats an organization under each of its services, the second
        // copy adding a field: into empty tables the first copy goes in without an upsert,
        // and the second must still merge into it.
        let ds = sample();
        let short = ds.records(Entity::Organization).next().unwrap().clone();
        let mut full = short.clone();
        full.fields
            .insert("website".into(), json!("https://beispiel.example.org"));
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        tx.send(Batch {
            records: vec![(Entity::Organization, short), (Entity::Organization, full)],
            ..Batch::default()
        })
        .await
        .unwrap();
        drop(tx);
        let options = ImportOptions {
            mode: ImportMode::Merge,
            repeat: Repeat::Merge,
            allow_dangling: false,
            declared_keys: Default::default(),
        };
        e.store.import_stream(rx, options).await.unwrap();
        let orgs = e
            .store
            .fetch_by(Entity::Organization, "id", &[ORG.into()])
            .await
            .unwrap();
        assert_eq!(orgs.len(), 1, "{}", e.name);
        // Both copies' fields, in one row.
        assert_eq!(orgs[0].str("description"), Some("Beispieldaten"));
        assert_eq!(orgs[0].str("website"), Some("https://beispiel.example.org"));
    }
}

#[tokio::test]
async fn every_write_is_in_the_change_log_in_order() {
    for e in engines().await {
        let ds = sample();
        // A replacement is one `reset`: every follower reads everything again.
        let reset = import_as_one_reset(&e, &ds, ImportMode::Replace).await;
        // A merge logs every record it writes.
        import(e.store.as_ref(), &ds, ImportMode::Merge)
            .await
            .unwrap();
        let changes = e.store.changes_since(reset, 1000).await.unwrap();
        let upserts: Vec<_> = changes.iter().filter(|c| c.op == "upsert").collect();
        assert_eq!(upserts.len(), ds.len(), "{}", e.name);
        let svc = upserts
            .iter()
            .find(|c| c.entity == "service" && c.entity_id == SVC)
            .unwrap();
        assert_eq!(
            e.store.version(Entity::Service, SVC).await.unwrap(),
            svc.seq,
            "{}",
            e.name
        );
        assert!(
            changes.windows(2).all(|w| w[0].seq < w[1].seq),
            "{}",
            e.name
        );
        let last = changes.last().unwrap().seq;
        assert!(e.store.changes_since(last, 10).await.unwrap().is_empty());
    }
}

/// Several tables asked in one statement answer each ask on its own, in the asks' order,
/// each list ordered by id; an empty list asks nothing and an unknown column is an error.
#[tokio::test]
async fn several_tables_are_asked_in_one_statement() {
    use beratungsnetz_store::Ask;
    for e in engines().await {
        import(e.store.as_ref(), &sample(), ImportMode::Replace)
            .await
            .unwrap();
        let svc = [SVC.to_string(), MISSING.to_string()];
        let loc = [LOC.to_string()];
        let none: [String; 0] = [];
        let asks = [
            Ask::new(Entity::Phone, "service_id", &svc),
            Ask::new(Entity::Location, "id", &loc),
            Ask::new(Entity::Address, "location_id", &none),
            Ask::new(Entity::Address, "location_id", &loc),
            Ask::new(Entity::ServiceAtLocation, "service_id", &svc),
        ];
        let answers = e.store.fetch_each(&asks).await.unwrap();
        let ids: Vec<Vec<&str>> = answers
            .iter()
            .map(|a| a.iter().map(|r| r.id.as_str()).collect())
            .collect();
        assert_eq!(
            ids,
            vec![vec![PHONE], vec![LOC], vec![], vec![ADDR], vec![SAL]],
            "{}",
            e.name
        );
        assert_eq!(
            answers[3][0].str("postal_code"),
            Some("06108"),
            "{}",
            e.name
        );
        assert!(e.store.fetch_each(&[]).await.unwrap().is_empty());
        let bad = e
            .store
            .fetch_each(&[
                Ask::new(Entity::Phone, "service_id", &svc),
                Ask::new(Entity::Phone, "number; DROP TABLE phone", &svc),
            ])
            .await;
        assert!(
            matches!(bad, Err(StoreError::UnknownColumn { .. })),
            "{}",
            e.name
        );
    }
}

/// The official HSDS 3.1 example service nests from what the graph loads exactly as from
/// the whole file: contacts with phones and their languages, attributes with terms and
/// taxonomies, metadata, locations, capacities and their units.
#[tokio::test]
async fn the_graph_of_the_official_example_service_holds_all_it_nests() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/hsds-3.1/examples/service_full.json"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let id = doc["id"].as_str().unwrap().to_string();
    let ds = hsds::nested::read_document("service_full.json", &doc, None).unwrap();
    let whole = Nester::new(&ds).service(&id, &mut Seen::default()).unwrap();
    for e in engines().await {
        import(e.store.as_ref(), &ds, ImportMode::Replace)
            .await
            .unwrap();
        let graph = beratungsnetz_store::service_graph(e.store.as_ref(), &id)
            .await
            .unwrap()
            .unwrap();
        let nested = Nester::new(&graph)
            .service(&id, &mut Seen::default())
            .unwrap();
        assert_eq!(nested, whole, "{}", e.name);
        for key in ["contacts", "attributes", "metadata", "service_at_locations"] {
            assert!(
                whole[key].as_array().is_some_and(|a| !a.is_empty()),
                "the example has {key}"
            );
        }
    }
}

#[tokio::test]
async fn a_service_graph_nests_back_to_the_hsds_form() {
    for e in engines().await {
        import(e.store.as_ref(), &sample(), ImportMode::Replace)
            .await
            .unwrap();
        let graph = beratungsnetz_store::service_graph(e.store.as_ref(), SVC)
            .await
            .unwrap()
            .unwrap();
        let nested = Nester::new(&graph)
            .service(SVC, &mut Seen::default())
            .unwrap();
        assert_eq!(
            nested["organization"]["name"], "AWO Halle (Beispiel)",
            "{}",
            e.name
        );
        assert_eq!(nested["phones"][0]["number"], "0000 123456", "{}", e.name);
        assert_eq!(
            nested["service_at_locations"][0]["location"]["addresses"][0]["postal_code"], "06108",
            "{}",
            e.name
        );
        assert!(
            beratungsnetz_store::service_graph(e.store.as_ref(), MISSING)
                .await
                .unwrap()
                .is_none()
        );
    }
}

#[tokio::test]
async fn services_page_lists_by_name_with_organization_and_town() {
    for e in engines().await {
        import(e.store.as_ref(), &sample(), ImportMode::Replace)
            .await
            .unwrap();
        let doc = json!([{"id": SVC2, "name": "Asylberatung", "status": "active", "organization_id": ORG}]);
        let ds = hsds::nested::read_document("more.json", &doc, None).unwrap();
        import(e.store.as_ref(), &ds, ImportMode::Merge)
            .await
            .unwrap();
        let page = e.store.services_page(0, 10).await.unwrap();
        let names: Vec<_> = page
            .iter()
            .map(|r| r.service.str("name").unwrap())
            .collect();
        assert_eq!(names, ["Asylberatung", "Schuldnerberatung"], "{}", e.name);
        assert_eq!(page[1].city.as_deref(), Some("Halle (Saale)"), "{}", e.name);
        assert_eq!(
            page[0].organization.as_ref().and_then(|o| o.str("name")),
            Some("AWO Halle (Beispiel)")
        );
        assert_eq!(e.store.services_page(1, 10).await.unwrap().len(), 1);
        assert!(e.store.size_bytes().await.unwrap() > 0);
        e.store.ping().await.unwrap();
    }
}

/// `import --replace` may not remove an organization accounts hold roles in: it is refused
/// naming the organization, and nothing changes.
#[tokio::test]
async fn replace_keeps_what_accounts_point_at() {
    for e in engines().await {
        let store = e.store.as_ref();
        import(store, &sample(), ImportMode::Replace).await.unwrap();
        let account = store
            .create_account("redaktion@example.org", None, 0)
            .await
            .unwrap();
        store
            .add_membership(
                &account.id,
                &beratungsnetz_core::accounts::Membership {
                    role: beratungsnetz_core::accounts::Role::Editor,
                    organization_id: Some(ORG.into()),
                },
            )
            .await
            .unwrap();
        let before = store.latest_change().await.unwrap();
        let err = import(store, &Dataset::new(), ImportMode::Replace)
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::StillReferenced { .. }) && err.to_string().contains(ORG),
            "{}: {err}",
            e.name
        );
        assert_eq!(
            store.count(Entity::Organization).await.unwrap(),
            1,
            "{}",
            e.name
        );
        assert_eq!(store.latest_change().await.unwrap(), before, "{}", e.name);
        // Data that keeps the organization replaces the rest.
        import(store, &sample(), ImportMode::Replace).await.unwrap();
    }
}

/// Writers that read before they write (a replacing import checks what it must keep)
/// take turns instead of failing with "database is locked": a burst of parallel imports
/// all succeed.
#[tokio::test]
async fn a_burst_of_parallel_imports_all_succeed() {
    for e in engines().await {
        let ds = sample();
        let runs = (0..6).map(|i| {
            let (store, ds) = (e.store.clone(), ds.clone());
            tokio::spawn(async move {
                let mode = if i % 2 == 0 {
                    ImportMode::Replace
                } else {
                    ImportMode::Merge
                };
                store.import(&ds, mode).await.map(|_| ())
            })
        });
        for run in runs.collect::<Vec<_>>() {
            let done = run.await.unwrap();
            assert!(done.is_ok(), "{}: {:?}", e.name, done.err());
        }
        assert_eq!(
            e.store.count(Entity::Service).await.unwrap(),
            1,
            "{}",
            e.name
        );
    }
}

/// The HSDS API's pages: filtered and counted in SQL, by name then id, a window at a time.
#[tokio::test]
async fn records_page_filters_counts_and_windows_in_sql() {
    use beratungsnetz_store::Filter;
    const TAX: &str = "0a5f3c1e-0000-4000-8000-000000000010";
    const TERM: &str = "0a5f3c1e-0000-4000-8000-000000000011";
    const ATTR: &str = "0a5f3c1e-0000-4000-8000-000000000012";
    for e in engines().await {
        let store = e.store.as_ref();
        import(store, &sample(), ImportMode::Replace).await.unwrap();
        let doc = json!([
            {"id": TAX, "name": "Bedarfe", "description": "d", "version": "1"},
            {"id": TERM, "name": "Schulden", "description": "d", "taxonomy_id": TAX, "code": "debts"},
            {"id": SVC2, "name": "Asylberatung_100%", "status": "active", "organization_id": ORG,
             "last_modified": "2025-03-01T10:00:00Z",
             "attributes": [{"id": ATTR, "taxonomy_term_id": TERM, "link_id": SVC2,
                             "link_type": "need", "link_entity": "service", "value": "debts"}]}
        ]);
        let ds = hsds::nested::read_document("more.json", &doc, None).unwrap();
        import(store, &ds, ImportMode::Merge).await.unwrap();
        let page = |filters: Vec<Filter>, offset: u64, limit: u64| async move {
            let (n, records) = store
                .records_page(Entity::Service, &filters, offset, limit)
                .await
                .unwrap();
            (n, records.into_iter().map(|r| r.id).collect::<Vec<_>>())
        };
        let name = e.name;
        // By name: "Asylberatung…" before "Schuldnerberatung"; windows and the end.
        assert_eq!(
            page(vec![], 0, 10).await,
            (2, vec![SVC2.into(), SVC.into()]),
            "{name}"
        );
        assert_eq!(page(vec![], 1, 10).await, (2, vec![SVC.into()]), "{name}");
        assert_eq!(page(vec![], 5, 10).await, (2, vec![]), "{name}");
        // Name contains, case ignored; `%` and `_` are plain characters.
        let found = page(vec![Filter::NameContains("SCHULD".into())], 0, 10).await;
        assert_eq!(found, (1, vec![SVC.into()]), "{name}");
        let found = page(vec![Filter::NameContains("_100%".into())], 0, 10).await;
        assert_eq!(found, (1, vec![SVC2.into()]), "{name}");
        assert_eq!(
            page(vec![Filter::NameContains("ung%0".into())], 0, 10)
                .await
                .0,
            0
        );
        // Equality, text order of timestamps, tags through attribute and term.
        let org = Filter::In("organization_id", vec![ORG.into()]);
        assert_eq!(page(vec![org.clone()], 0, 10).await.0, 2, "{name}");
        let after = Filter::AtLeast("last_modified", "2025-01-01T00:00:00Z".into());
        assert_eq!(page(vec![org, after], 0, 10).await, (1, vec![SVC2.into()]));
        let tagged = Filter::tagged(Filter::In("taxonomy_id", vec![TAX.into()]));
        assert_eq!(
            page(vec![tagged], 0, 10).await,
            (1, vec![SVC2.into()]),
            "{name}"
        );
        assert_eq!(page(vec![Filter::In("id", vec![])], 0, 10).await.0, 0);
        assert_eq!(page(vec![Filter::Any(vec![])], 0, 10).await.0, 0);
        // Places: near the location's point, and through its address's postal code.
        let near = |km: f64| {
            Filter::via(
                "location_id",
                Entity::Location,
                Filter::Near {
                    lat: 51.49,
                    lon: 11.97,
                    radius_km: km,
                },
            )
        };
        let (n, _) = store
            .records_page(Entity::ServiceAtLocation, &[near(2.0)], 0, 10)
            .await
            .unwrap();
        assert_eq!(n, 1, "{name}");
        let (n, _) = store
            .records_page(Entity::ServiceAtLocation, &[near(0.5)], 0, 10)
            .await
            .unwrap();
        assert_eq!(n, 0, "{name}");
        let by_plz = Filter::via(
            "location_id",
            Entity::Location,
            Filter::Has {
                entity: Entity::Address,
                fk: "location_id",
                filter: Box::new(Filter::In("postal_code", vec!["06108".into()])),
            },
        );
        let (n, rows) = store
            .records_page(Entity::ServiceAtLocation, &[by_plz], 0, 10)
            .await
            .unwrap();
        assert_eq!((n, rows[0].id.as_str()), (1, SAL), "{name}");
        // Other tables: terms without a parent; an unknown column is an error, not SQL.
        let (n, _) = store
            .records_page(Entity::TaxonomyTerm, &[Filter::Missing("parent_id")], 0, 10)
            .await
            .unwrap();
        assert_eq!(n, 1, "{name}");
        let bad = store
            .records_page(Entity::Service, &[Filter::Missing("secret; DROP")], 0, 10)
            .await;
        assert!(
            matches!(bad, Err(StoreError::UnknownColumn { .. })),
            "{name}"
        );
        // The organization with what nests below it.
        let graph = beratungsnetz_store::organizations_graph(store, &[ORG.into()])
            .await
            .unwrap();
        assert!(graph.get(Entity::Organization, ORG).is_some(), "{name}");
        assert_eq!(graph.count(Entity::Service), 0, "{name}");
    }
}

/// An import writes PostgreSQL's rows as arrays, a column at a time, and SQLite's as
/// rows of values: text with tabs, line breaks, backslashes and a literal `\N`, numbers
/// of every size and fields left out come back as they went in, in the JSON and in the
/// columns the store filters and sorts by, on both engines.
#[tokio::test]
async fn imported_text_and_numbers_are_stored_as_they_came() {
    use beratungsnetz_store::Filter;
    let tricky = "Tab\there, line\nbreak\r\nback\\slash \\N \\t und \u{00e4}\u{0645}";
    for e in engines().await {
        let store = e.store.as_ref();
        let doc = json!([{
            "id": SVC, "name": tricky, "status": "active",
            "description": "\\N",
            "organization": {"id": ORG, "name": "\\N", "description": "Beispieldaten"},
            "service_at_locations": [{
                "id": SAL,
                "location": {"id": LOC, "location_type": "physical", "name": "Ort\t1",
                             "latitude": 0.000001, "longitude": 179.99999999999997}
            }]
        }]);
        let ds = hsds::nested::read_document("tricky.json", &doc, None).unwrap();
        import(store, &ds, ImportMode::Replace).await.unwrap();
        let stored = store.load_all().await.unwrap();
        ds.same_records(&stored)
            .unwrap_or_else(|d| panic!("{}: {d}", e.name));
        // The columns: the name is found by a piece after the tab and the newline, the
        // organization's `\N` is text and not none, the point is where it was put.
        let (n, ids) = store
            .records_page(
                Entity::Service,
                &[Filter::NameContains("break\r\nback\\slash \\N".into())],
                0,
                10,
            )
            .await
            .unwrap();
        assert_eq!((n, ids.len()), (1, 1), "{}", e.name);
        let (n, _) = store
            .records_page(
                Entity::Organization,
                &[Filter::In("name", vec!["\\N".into()])],
                0,
                10,
            )
            .await
            .unwrap();
        assert_eq!(n, 1, "{}", e.name);
        let near = Filter::Near {
            lat: 0.000001,
            lon: 179.9999,
            radius_km: 0.1,
        };
        let (n, _) = store
            .records_page(Entity::Location, &[near], 0, 10)
            .await
            .unwrap();
        assert_eq!(n, 1, "{}", e.name);
        // A second import of the same ids (no longer into empty tables) merges as before.
        import(store, &ds, ImportMode::Merge).await.unwrap();
        assert_eq!(store.count(Entity::Service).await.unwrap(), 1, "{}", e.name);
    }
}
