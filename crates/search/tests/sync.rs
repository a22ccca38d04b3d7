//! The index follows the store's change log, on SQLite and on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use beratungsnetz_search::{SearchIndex, SearchRequest, sync};
use beratungsnetz_store::{ImportMode, SqliteStore, Store};
use beratungsnetz_testkit::{self as testkit, TestDb};
use serde_json::json;

async fn stores() -> Vec<(&'static str, Arc<dyn Store>, TestDb)> {
    testkit::engines("sync")
        .await
        .into_iter()
        .map(|db| (db.name, db.store.clone(), db))
        .collect()
}

const ORG: &str = "5e0f5a1b-0000-4000-8000-000000000001";
const SVC: &str = "5e0f5a1b-0000-4000-8000-000000000002";
const LOC: &str = "5e0f5a1b-0000-4000-8000-000000000003";
const SAL: &str = "5e0f5a1b-0000-4000-8000-000000000004";
const ADDR: &str = "5e0f5a1b-0000-4000-8000-000000000005";

fn service(name: &str, city: &str) -> serde_json::Value {
    json!([{
        "id": SVC, "name": name, "status": "active",
        "organization": {"id": ORG, "name": "Diakonie (Beispiel)", "description": "Beispieldaten"},
        "service_at_locations": [{"id": SAL, "location": {
            "id": LOC, "location_type": "physical", "latitude": 52.13, "longitude": 11.62,
            "addresses": [{"id": ADDR, "address_1": "Beispielweg 1", "city": city,
                "state_province": "Sachsen-Anhalt", "postal_code": "39104", "country": "DE",
                "address_type": "physical"}]
        }}]
    }])
}

fn hits(index: &SearchIndex, q: &str) -> u64 {
    index
        .search(&SearchRequest {
            q: q.into(),
            limit: 10,
            ..SearchRequest::default()
        })
        .unwrap()
        .total
}

#[tokio::test]
async fn two_nodes_follow_one_database() {
    for (name, store, _dir) in stores().await {
        testkit::import_json(
            store.as_ref(),
            &service("Suchtberatung", "Magdeburg"),
            ImportMode::Replace,
        )
        .await;
        // Two nodes, each with its own index.
        let a = SearchIndex::in_memory().unwrap();
        let b = SearchIndex::in_memory().unwrap();
        let mut seq_a = sync::rebuild(store.as_ref(), &a).await.unwrap();
        let mut seq_b = sync::rebuild(store.as_ref(), &b).await.unwrap();
        assert_eq!(hits(&a, "Sucht"), 1, "{name}");

        // An edit of the service itself.
        testkit::import_json(
            store.as_ref(),
            &service("Schuldnerberatung", "Magdeburg"),
            ImportMode::Merge,
        )
        .await;
        seq_a = sync::catch_up(store.as_ref(), &a, seq_a).await.unwrap();
        seq_b = sync::catch_up(store.as_ref(), &b, seq_b).await.unwrap();
        for index in [&a, &b] {
            assert_eq!(hits(index, "Schulden"), 1, "{name}");
            assert_eq!(hits(index, "Sucht"), 0, "{name}");
        }

        // An edit of a record below it (the address) reaches the service's document.
        let mut edit = service("Schuldnerberatung", "Schönebeck (Elbe)");
        let address = edit[0]["service_at_locations"][0]["location"]["addresses"][0].clone();
        let mut only_address = address.clone();
        only_address["location_id"] = json!(LOC);
        edit = json!({"addresses.csv": [only_address]});
        testkit::import_json(store.as_ref(), &edit, ImportMode::Merge).await;
        seq_a = sync::catch_up(store.as_ref(), &a, seq_a).await.unwrap();
        assert_eq!(hits(&a, "Schönebeck"), 1, "{name}");

        // A replacing import resets the log: the node rebuilds.
        testkit::import_json(store.as_ref(), &json!([]), ImportMode::Replace).await;
        sync::catch_up(store.as_ref(), &a, seq_a).await.unwrap();
        assert_eq!(a.num_docs(), 0, "{name}");
        assert_eq!(hits(&b, "Schulden"), 1, "{name}: b has not caught up yet");
        sync::catch_up(store.as_ref(), &b, seq_b).await.unwrap();
        assert_eq!(b.num_docs(), 0, "{name}");
    }
}

#[tokio::test]
async fn an_index_on_disk_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(&dir.path().join("t.db")).await.unwrap());
    testkit::import_json(
        store.as_ref(),
        &service("Suchtberatung", "Magdeburg"),
        ImportMode::Replace,
    )
    .await;
    let path = dir.path().join("index");
    let seq = {
        let (index, seq) = SearchIndex::open_dir(&path).unwrap();
        assert_eq!(seq, None, "a new index has no position");
        sync::rebuild(store.as_ref(), &index).await.unwrap()
    };
    let (index, resumed) = SearchIndex::open_dir(&path).unwrap();
    assert_eq!(resumed, Some(seq));
    assert_eq!(hits(&index, "Sucht"), 1);
}

/// A rebuild that fails half-way (a stored record it cannot read) leaves the index as it
/// was: the next change-log step must not commit a cleared, half-filled index.
#[tokio::test]
async fn a_failed_rebuild_leaves_the_index_as_it_was() {
    for (name, store, db) in stores().await {
        testkit::import_json(
            store.as_ref(),
            &service("Schuldnerberatung", "Magdeburg"),
            ImportMode::Replace,
        )
        .await;
        let index = SearchIndex::in_memory().unwrap();
        let seq = sync::rebuild(store.as_ref(), &index).await.unwrap();
        assert_eq!(hits(&index, "Schulden"), 1, "{name}");

        // Valid JSON for both engines, but not a record: reading it fails.
        db.execute(&format!(
            "UPDATE service SET data = '[1]' WHERE id = '{SVC}'"
        ))
        .await;
        assert!(
            sync::rebuild(store.as_ref(), &index).await.is_err(),
            "{name}"
        );
        assert_eq!(
            hits(&index, "Schulden"),
            1,
            "{name}: still the old documents"
        );

        // The next change is applied on top of the old documents, not of a cleared index.
        let other = service("Suchtberatung", "Magdeburg")
            .to_string()
            .replace("-00000000000", "-00000000010");
        testkit::import_json(
            store.as_ref(),
            &serde_json::from_str(&other).unwrap(),
            ImportMode::Merge,
        )
        .await;
        sync::catch_up(store.as_ref(), &index, seq).await.unwrap();
        assert_eq!(hits(&index, "Sucht"), 1, "{name}");
        assert_eq!(
            hits(&index, "Schulden"),
            1,
            "{name}: the old document survived"
        );
    }
}
