//! Uploaded population figures at rest, on SQLite always and on PostgreSQL when
//! BERATUNGSNETZ_TEST_DATABASE_URL is set: an upload replaces the figures as a whole,
//! foreign figures come back as given (unknown stays unknown), a reset brings the shipped
//! figures back, and of parallel uploads one whole set wins — never a mix.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use beratungsnetz_core::reports::population::DistrictPopulation;
use beratungsnetz_store::audit::AuditEntry;
use beratungsnetz_testkit as testkit;

fn audit() -> AuditEntry {
    AuditEntry {
        at: 5,
        actor: "koordination@example.org".into(),
        action: "population".into(),
        ..AuditEntry::default()
    }
}

fn district(key: &str, population: u64, foreign: Option<u64>) -> DistrictPopulation {
    DistrictPopulation {
        key: key.into(),
        name: format!("Kreis {key}"),
        population,
        foreign,
    }
}

#[tokio::test]
async fn an_upload_replaces_the_figures_and_a_reset_drops_them() {
    for db in testkit::engines("reports_population").await {
        let (name, store) = (db.name, db.store.clone());
        assert_eq!(store.uploaded_population().await.unwrap(), None, "{name}");
        let first = [
            district("15002", 238_000, Some(21_000)),
            district("15003", 236_000, None),
        ];
        store
            .replace_population("Test 2023", &first, 100, &audit())
            .await
            .unwrap();
        let second: Vec<DistrictPopulation> = (0..450)
            .map(|i| district(&format!("{:05}", 10_000 + i), 1000 + i, Some(i)))
            .collect();
        store
            .replace_population("Test 2024", &second, 200, &audit())
            .await
            .unwrap();
        let got = store.uploaded_population().await.unwrap().unwrap();
        assert_eq!(got.source, "Test 2024", "{name}");
        assert_eq!(got.uploaded_at, Some(200));
        assert_eq!(got.districts.len(), 450, "{name}: the first set is gone");
        assert_eq!(got.districts["10449"], second[449]);
        store
            .replace_population("Test 2023", &first, 300, &audit())
            .await
            .unwrap();
        let got = store.uploaded_population().await.unwrap().unwrap();
        assert_eq!(got.districts["15003"].foreign, None, "{name}");
        assert_eq!(got.districts["15002"].foreign, Some(21_000));
        let logged = db
            .strings("SELECT entity FROM audit_log WHERE entity = 'report_population'")
            .await;
        assert_eq!(logged.len(), 3, "{name}: every upload is in the audit log");
        store.reset_population(&audit()).await.unwrap();
        assert_eq!(store.uploaded_population().await.unwrap(), None, "{name}");
    }
}

#[tokio::test]
async fn of_parallel_uploads_one_whole_set_wins() {
    for db in testkit::engines("reports_population_race").await {
        let (name, store) = (db.name, db.store.clone());
        let mut tasks = Vec::new();
        for n in 0..6u64 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let set: Vec<DistrictPopulation> = (0..(10 + n))
                    .map(|i| district(&format!("{:05}", 15_000 + i), 100 * n + 1, None))
                    .collect();
                store
                    .replace_population(&format!("Satz {n}"), &set, 10, &audit())
                    .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let got = store.uploaded_population().await.unwrap().unwrap();
        let n: u64 = got.source["Satz ".len()..].parse().unwrap();
        assert_eq!(got.districts.len() as u64, 10 + n, "{name}");
        assert!(
            got.districts.values().all(|d| d.population == 100 * n + 1),
            "{name}: one set, not a mix"
        );
    }
}
