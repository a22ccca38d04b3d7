//! Interface sheets at rest, on SQLite always and on PostgreSQL when
//! BERATUNGSNETZ_TEST_DATABASE_URL is set: versions are numbered in order and never
//! changed, an edit on a stale base is refused, an accepted comment becomes the next
//! version with only its section changed, and parallel edits and decisions each get a
//! number of their own or a conflict — never a lost update.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use beratungsnetz_core::interfaces::form::CommentText;
use beratungsnetz_core::interfaces::{Sections, SheetText};
use beratungsnetz_store::audit::AuditEntry;
use beratungsnetz_store::interfaces::Decision;
use beratungsnetz_store::{Store, StoreError};
use beratungsnetz_testkit as testkit;

fn text(year: i32, waiting: &str) -> SheetText {
    SheetText {
        year,
        source: format!("Fachtag {year}, Workshop Schuldnerberatung"),
        sections: Sections {
            when_to_refer: "Bei Pfändung oder drohender Stromsperre".into(),
            documents: "Mahnungen, Kontoauszüge".into(),
            waiting_time: waiting.into(),
            ..Sections::default()
        },
    }
}

fn audit(at: i64, account: &str) -> AuditEntry {
    AuditEntry {
        at,
        account_id: Some(account.into()),
        actor: format!("{account}@example.org"),
        action: "test".into(),
        entity: "interface_sheet".into(),
        ..AuditEntry::default()
    }
}

fn comment(section: Option<&str>, proposal: Option<&str>) -> CommentText {
    CommentText {
        section: section.map(str::to_string),
        body: "Die Wartezeit ist länger geworden.".into(),
        proposal: proposal.map(str::to_string),
    }
}

#[tokio::test]
async fn versions_are_kept_and_a_stale_base_is_refused() {
    for db in testkit::engines("interfaces_versions").await {
        let (name, store) = (db.name, db.store.clone());
        assert!(store.current_sheets().await.unwrap().is_empty(), "{name}");
        let first = store
            .add_sheet_version(
                "kind:debt",
                None,
                &text(2021, "8 Wochen"),
                &audit(10, "coord"),
            )
            .await
            .unwrap();
        assert_eq!(first, 1, "{name}");
        let second = store
            .add_sheet_version(
                "kind:debt",
                Some(1),
                &text(2025, "4 Wochen"),
                &audit(20, "coord"),
            )
            .await
            .unwrap();
        assert_eq!(second, 2, "{name}");
        // Written on top of version 1 while 2 exists: refused, nothing written.
        let stale = store
            .add_sheet_version(
                "kind:debt",
                Some(1),
                &text(2026, "2 Wochen"),
                &audit(30, "coord"),
            )
            .await;
        assert!(
            matches!(stale, Err(StoreError::Conflict(_))),
            "{name}: {stale:?}"
        );
        let none_base = store
            .add_sheet_version(
                "kind:debt",
                None,
                &text(2026, "2 Wochen"),
                &audit(30, "coord"),
            )
            .await;
        assert!(matches!(none_base, Err(StoreError::Conflict(_))), "{name}");
        let versions = store.sheet_versions("kind:debt").await.unwrap();
        assert_eq!(
            versions
                .iter()
                .map(|v| (v.version, v.year))
                .collect::<Vec<_>>(),
            vec![(1, 2021), (2, 2025)],
            "{name}"
        );
        assert_eq!(
            versions[0].waiting_time, "8 Wochen",
            "{name}: version 1 unchanged"
        );
        assert_eq!(versions[1].author_account.as_deref(), Some("coord"));
        let current = store.current_sheets().await.unwrap();
        assert_eq!(current.len(), 1, "{name}");
        assert_eq!(current[0].version, 2, "{name}");
        // Seeding leaves a kind with versions alone and marks its own as examples.
        let seeded = store
            .seed_sheets(
                &[
                    ("kind:debt".into(), vec![text(2020, "x")]),
                    ("kind:psz".into(), vec![text(2022, "a"), text(2024, "b")]),
                ],
                40,
            )
            .await
            .unwrap();
        assert_eq!(seeded, 2, "{name}");
        assert_eq!(store.sheet_versions("kind:debt").await.unwrap().len(), 2);
        let psz = store.sheet_versions("kind:psz").await.unwrap();
        assert!(psz.iter().all(|v| v.is_example()), "{name}");
        assert_eq!(psz[1].version, 2, "{name}");
        // The audit log has the edits.
        let n = db
            .strings(
                "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE entity = 'interface_sheet'",
            )
            .await;
        assert_eq!(n[0][0].as_deref(), Some("2"), "{name}");
    }
}

#[tokio::test]
async fn an_accepted_comment_becomes_the_next_version() {
    for db in testkit::engines("interfaces_comments").await {
        let (name, store) = (db.name, db.store.clone());
        store
            .add_sheet_version(
                "kind:debt",
                None,
                &text(2025, "4 Wochen"),
                &audit(10, "coord"),
            )
            .await
            .unwrap();
        // A comment on a version that does not exist is refused.
        let missing = store
            .add_sheet_comment("c0", "kind:debt", 7, &comment(None, None), &audit(11, "c"))
            .await;
        assert!(matches!(missing, Err(StoreError::NotFound)), "{name}");
        store
            .add_sheet_comment(
                "c1",
                "kind:debt",
                1,
                &comment(Some("waiting_time"), Some("8–10 Wochen")),
                &audit(12, "counsellor"),
            )
            .await
            .unwrap();
        store
            .add_sheet_comment(
                "c2",
                "kind:debt",
                1,
                &comment(None, None),
                &audit(13, "counsellor"),
            )
            .await
            .unwrap();
        let listed = store.sheet_comments("kind:debt").await.unwrap();
        assert_eq!(
            listed.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["c2", "c1"]
        );
        // A comment without a proposal cannot be accepted, only closed.
        let accept = Decision::Accept {
            year: 2026,
            source: "Vorschlag aus der Praxis".into(),
        };
        let nothing = store
            .decide_sheet_comment("kind:debt", "c2", &accept, &audit(14, "coord"))
            .await;
        assert!(matches!(nothing, Err(StoreError::Conflict(_))), "{name}");
        assert_eq!(
            store
                .decide_sheet_comment("kind:debt", "c2", &Decision::Reject, &audit(15, "coord"))
                .await
                .unwrap(),
            None
        );
        // The wrong kind does not find it.
        let elsewhere = store
            .decide_sheet_comment("kind:psz", "c1", &accept, &audit(16, "coord"))
            .await;
        assert!(matches!(elsewhere, Err(StoreError::NotFound)), "{name}");
        let v = store
            .decide_sheet_comment("kind:debt", "c1", &accept, &audit(17, "coord"))
            .await
            .unwrap();
        assert_eq!(v, Some(2), "{name}");
        let versions = store.sheet_versions("kind:debt").await.unwrap();
        let (old, new) = (&versions[0], &versions[1]);
        assert_eq!(new.waiting_time, "8–10 Wochen", "{name}");
        assert_eq!(new.documents, old.documents, "{name}: the rest unchanged");
        assert_eq!(new.year, 2026);
        assert_eq!(new.from_comment.as_deref(), Some("c1"));
        assert_eq!(
            old.waiting_time, "4 Wochen",
            "{name}: the old version stays"
        );
        // Decided once only.
        let again = store
            .decide_sheet_comment("kind:debt", "c1", &Decision::Reject, &audit(18, "coord"))
            .await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{name}");
        let states: Vec<String> = store
            .sheet_comments("kind:debt")
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.state)
            .collect();
        assert_eq!(states, ["rejected", "accepted"], "{name}");
    }
}

#[tokio::test]
async fn parallel_edits_and_acceptances_never_lose_a_version() {
    for db in testkit::engines("interfaces_race").await {
        let (name, store) = (db.name, db.store.clone());
        store
            .add_sheet_version(
                "kind:debt",
                None,
                &text(2025, "4 Wochen"),
                &audit(10, "coord"),
            )
            .await
            .unwrap();
        for i in 0..6 {
            store
                .add_sheet_comment(
                    &format!("c{i}"),
                    "kind:debt",
                    1,
                    &comment(Some("documents"), Some(&format!("Unterlagen {i}"))),
                    &audit(11, "counsellor"),
                )
                .await
                .unwrap();
        }
        // Twelve coordinators at once: six edit on top of version 1, and each comment
        // is accepted twice.
        let mut tasks = Vec::new();
        for i in 0..18_i64 {
            let store: Arc<dyn Store> = store.clone();
            tasks.push(tokio::spawn(async move {
                if i < 6 {
                    store
                        .add_sheet_version(
                            "kind:debt",
                            Some(1),
                            &text(2026, &format!("edit {i}")),
                            &audit(20 + i, "coord"),
                        )
                        .await
                        .map(|_| "edit")
                } else {
                    let accept = Decision::Accept {
                        year: 2026,
                        source: "Vorschlag".into(),
                    };
                    store
                        .decide_sheet_comment(
                            "kind:debt",
                            &format!("c{}", i % 6),
                            &accept,
                            &audit(20 + i, "coord"),
                        )
                        .await
                        .map(|_| "accept")
                }
            }));
        }
        let (mut edits, mut accepts) = (0, 0);
        for t in tasks {
            match t.await.unwrap() {
                Ok("edit") => edits += 1,
                Ok(_) => accepts += 1,
                Err(StoreError::Conflict(_)) => {}
                Err(e) => panic!("{name}: {e}"),
            }
        }
        // At most one edit on top of version 1 can win; each comment is accepted once.
        assert!(edits <= 1, "{name}: {edits} edits won on the same base");
        assert_eq!(accepts, 6, "{name}");
        let versions = store.sheet_versions("kind:debt").await.unwrap();
        let numbers: Vec<i64> = versions.iter().map(|v| v.version).collect();
        assert_eq!(
            numbers,
            (1..=(1 + edits + accepts)).collect::<Vec<i64>>(),
            "{name}"
        );
        let accepted = store
            .sheet_comments("kind:debt")
            .await
            .unwrap()
            .into_iter()
            .filter(|c| c.state == "accepted")
            .count();
        assert_eq!(accepted, 6, "{name}");
    }
}

#[tokio::test]
async fn the_matrix_is_curated_kind_by_kind() {
    for db in testkit::engines("interfaces_matrix").await {
        let (name, store) = (db.name, db.store.clone());
        assert!(store.kind_needs().await.unwrap().is_empty(), "{name}");
        store
            .set_kind_needs(
                &["kind:debt", "kind:psz"],
                &[("kind:debt", "need:debts"), ("kind:debt", "need:housing")],
                &audit(10, "coord"),
            )
            .await
            .unwrap();
        assert_eq!(
            store.kind_needs().await.unwrap(),
            vec![
                ("kind:debt".to_string(), "need:debts".to_string()),
                ("kind:debt".to_string(), "need:housing".to_string()),
                ("kind:psz".to_string(), String::new()),
            ],
            "{name}"
        );
    }
}
