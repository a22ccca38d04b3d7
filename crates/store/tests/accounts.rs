//! Accounts, sessions, tokens, login failures, audit, outbox, leases, stale entries and
//! edits — on SQLite always and on PostgreSQL when BERATUNGSNETZ_TEST_DATABASE_URL is set.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use beratungsnetz_core::accounts::{Membership, Role};
use beratungsnetz_core::hsds::{self, Entity};
use beratungsnetz_store::accounts::{AttemptLimit, OneTimeToken, TokenKind, TokenProblem};
use beratungsnetz_store::audit::{AuditEntry, AuditFilter};
use beratungsnetz_store::{Edit, ImportMode, Store, StoreError};
use beratungsnetz_testkit::{self as testkit, TestDb};
use serde_json::json;

async fn engines() -> Vec<(&'static str, Arc<dyn Store>, TestDb)> {
    testkit::engines("accounts")
        .await
        .into_iter()
        .map(|db| (db.name, db.store.clone(), db))
        .collect()
}

fn editor_of(org: &str) -> Membership {
    Membership {
        role: Role::Editor,
        organization_id: Some(org.into()),
    }
}

fn invitation(email: &str, m: Membership, expires_at: i64) -> OneTimeToken {
    OneTimeToken {
        kind: TokenKind::Invitation,
        email: email.into(),
        membership: Some(m),
        created_by: None,
        created_at: 1000,
        expires_at,
        used_at: None,
        lang: None,
    }
}

#[tokio::test]
async fn invitations_create_accounts_once_and_expire() {
    for (name, store, _dir) in engines().await {
        store
            .create_token(
                "h1",
                &invitation("anna@example.org", editor_of("o1"), 2000),
                None,
            )
            .await
            .unwrap();
        let account = store
            .redeem_token("h1", Some("hash-1"), 1500)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(account.email, "anna@example.org", "{name}");
        let again = store
            .redeem_token("h1", Some("hash-2"), 1501)
            .await
            .unwrap();
        assert_eq!(again.unwrap_err(), TokenProblem::Used, "{name}");
        let stored = store
            .account_by_email("anna@example.org")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            stored.password_hash.as_deref(),
            Some("hash-1"),
            "{name}: used token changed nothing"
        );
        assert_eq!(
            store.memberships(&account.id).await.unwrap(),
            vec![editor_of("o1")],
            "{name}"
        );

        // A second invitation adds a role to the same account and keeps its password.
        let counsellor = Membership {
            role: Role::Counsellor,
            organization_id: Some("o2".into()),
        };
        store
            .create_token(
                "h2",
                &invitation("anna@example.org", counsellor.clone(), 2000),
                None,
            )
            .await
            .unwrap();
        store
            .redeem_token("h2", Some("other"), 1600)
            .await
            .unwrap()
            .unwrap();
        let ms = store.memberships(&account.id).await.unwrap();
        assert!(
            ms.contains(&counsellor) && ms.contains(&editor_of("o1")),
            "{name}: {ms:?}"
        );
        let stored = store
            .account_by_email("anna@example.org")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.password_hash.as_deref(), Some("hash-1"), "{name}");

        store
            .create_token(
                "h3",
                &invitation("bert@example.org", editor_of("o1"), 2000),
                None,
            )
            .await
            .unwrap();
        let expired = store.redeem_token("h3", Some("x"), 2000).await.unwrap();
        assert_eq!(expired.unwrap_err(), TokenProblem::Expired, "{name}");
        assert!(
            store
                .account_by_email("bert@example.org")
                .await
                .unwrap()
                .is_none(),
            "{name}"
        );
        assert_eq!(
            store
                .redeem_token("nope", None, 1)
                .await
                .unwrap()
                .unwrap_err(),
            TokenProblem::Unknown,
            "{name}"
        );
        assert_eq!(store.account_count().await.unwrap(), 1, "{name}");
        let err = store
            .create_account("anna@example.org", None, 1)
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)), "{name}");
        assert_eq!(
            store.editors_of(&["o1".into(), "o2".into()]).await.unwrap(),
            vec![beratungsnetz_store::accounts::Editor {
                organization_id: "o1".into(),
                email: "anna@example.org".into(),
                lang: None,
            }],
            "{name}"
        );
    }
}

#[tokio::test]
async fn sessions_expire_and_end_with_a_new_password() {
    for (name, store, _dir) in engines().await {
        let a = store
            .create_account("c@example.org", Some("h"), 0)
            .await
            .unwrap();
        store
            .create_session("s1", &a.id, "csrf1", 100, 200)
            .await
            .unwrap();
        let s = store.session("s1", 150, 0).await.unwrap().unwrap();
        assert_eq!(
            (s.account_id.as_str(), s.csrf.as_str()),
            (a.id.as_str(), "csrf1"),
            "{name}"
        );
        assert!(
            store.session("s1", 200, 0).await.unwrap().is_none(),
            "{name}: expired"
        );
        store
            .create_session("s2", &a.id, "csrf2", 300, 400)
            .await
            .unwrap();
        store.set_password(&a.id, "new", None).await.unwrap();
        assert!(
            store.session("s2", 350, 0).await.unwrap().is_none(),
            "{name}: ended by the new password"
        );
        store
            .create_session("s3", &a.id, "csrf3", 300, 400)
            .await
            .unwrap();
        store.delete_session("s3").await.unwrap();
        assert!(
            store.session("s3", 350, 0).await.unwrap().is_none(),
            "{name}: signed out"
        );
        // Idle: last seen at 500 (its start); seen again at 560 is too soon to write, at
        // 620 it is; idle since 600 then still finds it, idle since 700 does not.
        store
            .create_session("s4", &a.id, "csrf4", 500, 10_000)
            .await
            .unwrap();
        assert!(
            store.session("s4", 560, 500).await.unwrap().is_some(),
            "{name}"
        );
        assert!(
            store.session("s4", 501, 501).await.unwrap().is_none(),
            "{name}: idle"
        );
        assert!(
            store.session("s4", 620, 500).await.unwrap().is_some(),
            "{name}"
        );
        assert!(
            store.session("s4", 630, 600).await.unwrap().is_some(),
            "{name}: seen at 620"
        );
        assert!(
            store.session("s4", 800, 700).await.unwrap().is_none(),
            "{name}: idle"
        );
    }
}

/// Issue 13: rights could not be taken away. A removed role and a disabled account end
/// every session at once, and both are in the audit log.
#[tokio::test]
async fn roles_are_removed_and_accounts_disabled_with_their_sessions() {
    for (name, store, _dir) in engines().await {
        let a = store
            .create_account("weg@example.org", Some("h"), 0)
            .await
            .unwrap();
        let m = editor_of("o1");
        store.add_membership(&a.id, &m).await.unwrap();
        store.add_membership(&a.id, &editor_of("o2")).await.unwrap();
        store
            .create_session("r1", &a.id, "c", 100, 10_000)
            .await
            .unwrap();
        let entry = AuditEntry {
            at: 150,
            actor: "koordination@example.org".into(),
            action: "remove-role".into(),
            entity: "account".into(),
            entity_id: "weg@example.org".into(),
            ..AuditEntry::default()
        };
        assert!(
            store.remove_membership(&a.id, &m, &entry).await.unwrap(),
            "{name}"
        );
        assert!(
            !store.remove_membership(&a.id, &m, &entry).await.unwrap(),
            "{name}: once"
        );
        assert_eq!(
            store.memberships(&a.id).await.unwrap(),
            vec![editor_of("o2")],
            "{name}"
        );
        assert!(
            store.session("r1", 200, 0).await.unwrap().is_none(),
            "{name}: ended"
        );

        store
            .create_session("r2", &a.id, "c", 300, 10_000)
            .await
            .unwrap();
        let disable = AuditEntry {
            action: "disable".into(),
            ..entry.clone()
        };
        assert!(
            store.set_disabled(&a.id, true, &disable).await.unwrap(),
            "{name}"
        );
        assert!(
            !store.set_disabled(&a.id, true, &disable).await.unwrap(),
            "{name}"
        );
        assert!(
            store.session("r2", 350, 0).await.unwrap().is_none(),
            "{name}"
        );
        assert!(
            store.account(&a.id).await.unwrap().unwrap().disabled,
            "{name}"
        );
        assert!(
            store.set_disabled(&a.id, false, &disable).await.unwrap(),
            "{name}"
        );
        assert!(
            !store.account(&a.id).await.unwrap().unwrap().disabled,
            "{name}"
        );
        let logged = store
            .audit(&AuditFilter {
                limit: 10,
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(
            logged
                .iter()
                .filter(|e| e.entity_id == "weg@example.org")
                .count(),
            3,
            "{name}"
        );
    }
}

fn limit(key: &str, max: u64, since: i64) -> AttemptLimit {
    AttemptLimit {
        key: key.into(),
        max,
        since,
    }
}

#[tokio::test]
async fn attempts_count_per_key_within_a_window() {
    for (name, store, _dir) in engines().await {
        for t in 0..10 {
            let limits = [limit("account:a", 100, 0), limit("client:x", 100, 0)];
            let reserved = store
                .reserve_attempt(&format!("a{t}"), &limits, 1000 + t)
                .await
                .unwrap();
            assert!(reserved, "{name}");
        }
        assert_eq!(
            store.attempts("account:a", 1000).await.unwrap(),
            10,
            "{name}"
        );
        assert_eq!(
            store.attempts("account:a", 1005).await.unwrap(),
            5,
            "{name}"
        );
        // A full key refuses and records nothing under the others.
        let refused = store
            .reserve_attempt(
                "over",
                &[limit("account:a", 10, 0), limit("client:y", 100, 0)],
                1011,
            )
            .await
            .unwrap();
        assert!(!refused, "{name}");
        assert_eq!(store.attempts("client:y", 0).await.unwrap(), 0, "{name}");
        // A released attempt no longer counts, under any key.
        store.release_attempt("a3").await.unwrap();
        assert_eq!(store.attempts("account:a", 0).await.unwrap(), 9, "{name}");
        assert_eq!(store.attempts("client:x", 0).await.unwrap(), 9, "{name}");
        store.clear_attempts("account:a").await.unwrap();
        assert_eq!(store.attempts("account:a", 0).await.unwrap(), 0, "{name}");
        assert_eq!(store.attempts("client:x", 0).await.unwrap(), 9, "{name}");
    }
}

/// Issue 13: 99 wrong passwords and the right one at once were all evaluated. Reserving
/// is atomic: of a parallel burst, exactly the limit gets through.
#[tokio::test]
async fn a_parallel_burst_reserves_at_most_the_limit() {
    for (name, store, _dir) in engines().await {
        let tasks: Vec<_> = (0..40)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    let limits = [limit("account:burst", 10, 0), limit("client:z", 50, 0)];
                    store
                        .reserve_attempt(&format!("b{i}"), &limits, 5000)
                        .await
                        .unwrap()
                })
            })
            .collect();
        let mut granted = 0;
        for t in tasks {
            granted += usize::from(t.await.unwrap());
        }
        assert_eq!(granted, 10, "{name}");
        assert_eq!(
            store.attempts("account:burst", 0).await.unwrap(),
            10,
            "{name}"
        );
        assert_eq!(store.attempts("client:z", 0).await.unwrap(), 10, "{name}");
    }
}

#[tokio::test]
async fn leases_go_to_one_holder_until_they_run_out() {
    for (name, store, _dir) in engines().await {
        assert!(
            store.take_lease("job", "a", 100, 200).await.unwrap(),
            "{name}"
        );
        assert!(
            !store.take_lease("job", "b", 150, 250).await.unwrap(),
            "{name}: a holds it"
        );
        assert!(
            store.take_lease("job", "a", 160, 260).await.unwrap(),
            "{name}: a renews"
        );
        assert!(
            store.take_lease("job", "b", 261, 400).await.unwrap(),
            "{name}: ran out"
        );
    }
}

#[tokio::test]
async fn audit_log_filters_and_purges_and_outbox_keeps_mail() {
    for (name, store, _dir) in engines().await {
        for (at, actor, entity) in [
            (100, "a@example.org", "service"),
            (200, "b@example.org", "organization"),
            (300, "a@example.org", "service"),
        ] {
            store
                .append_audit(&AuditEntry {
                    at,
                    actor: actor.into(),
                    action: "update".into(),
                    entity: entity.into(),
                    entity_id: format!("id-{at}"),
                    before: Some("{}".into()),
                    after: Some(json!({"name": "x"}).to_string()),
                    ..AuditEntry::default()
                })
                .await
                .unwrap();
        }
        let all = store
            .audit(&AuditFilter {
                limit: 10,
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(
            all.iter().map(|e| e.at).collect::<Vec<_>>(),
            vec![300, 200, 100],
            "{name}: newest first"
        );
        let a = store
            .audit(&AuditFilter {
                actor: Some("a@example.org".into()),
                limit: 10,
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(a.len(), 2, "{name}");
        let window = store
            .audit(&AuditFilter {
                from: Some(150),
                to: Some(300),
                limit: 10,
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(
            window.iter().map(|e| e.entity.as_str()).collect::<Vec<_>>(),
            vec!["organization"],
            "{name}"
        );
        assert_eq!(store.purge_audit(250).await.unwrap(), 2, "{name}");
        assert_eq!(
            store
                .audit(&AuditFilter {
                    limit: 10,
                    ..AuditFilter::default()
                })
                .await
                .unwrap()
                .len(),
            1,
            "{name}"
        );

        store
            .store_mail("x@example.org", "Betreff", "Text", 5, None)
            .await
            .unwrap();
        let mails = store.mails(10).await.unwrap();
        assert_eq!(
            (mails[0].recipient.as_str(), mails[0].subject.as_str()),
            ("x@example.org", "Betreff"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn edits_write_records_change_log_and_audit_together_and_stale_entries_show() {
    for (name, store, _dir) in engines().await {
        let doc = json!([
            {"id": "0b000000-0000-4000-8000-000000000001", "name": "Alt", "status": "active", "assured_date": "2025-01-01",
             "organization": {"id": "0b000000-0000-4000-8000-0000000000a1", "name": "Träger (Beispiel)", "description": "Beispieldaten"},
             "languages": [{"id": "0b000000-0000-4000-8000-0000000000b1", "service_id": "0b000000-0000-4000-8000-000000000001", "code": "ar"}]},
            {"id": "0b000000-0000-4000-8000-000000000002", "name": "Neu", "status": "active", "organization_id": "0b000000-0000-4000-8000-0000000000a1", "assured_date": "2026-11-01"},
            {"id": "0b000000-0000-4000-8000-000000000003", "name": "Ruht", "status": "inactive", "organization_id": "0b000000-0000-4000-8000-0000000000a1", "last_modified": "2020-01-01T00:00:00Z"}
        ]);
        let ds = hsds::read_json("t.json", &doc.to_string(), None).unwrap();
        store.import(&ds, ImportMode::Replace).await.unwrap();
        let stale = store.stale_services("2026-06-01", 100).await.unwrap();
        assert_eq!(
            stale.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            vec!["0b000000-0000-4000-8000-000000000001"],
            "{name}: inactive and fresh ones are not stale"
        );
        assert_eq!(
            stale[0].organization_name.as_deref(),
            Some("Träger (Beispiel)"),
            "{name}"
        );

        let seq = store.latest_change().await.unwrap();
        let mut service = store
            .fetch_by(
                Entity::Service,
                "id",
                &["0b000000-0000-4000-8000-000000000001".into()],
            )
            .await
            .unwrap()
            .remove(0);
        service
            .fields
            .insert("assured_date".into(), json!("2026-11-20"));
        let edit = Edit {
            upserts: vec![(Entity::Service, service)],
            deletes: vec![(
                Entity::Language,
                "0b000000-0000-4000-8000-0000000000b1".into(),
            )],
            services: vec!["0b000000-0000-4000-8000-000000000001".into()],
            audit: vec![AuditEntry {
                at: 7,
                actor: "a@example.org".into(),
                action: "confirm".into(),
                entity: "service".into(),
                entity_id: "0b000000-0000-4000-8000-000000000001".into(),
                ..AuditEntry::default()
            }],
            expect: Vec::new(),
        };
        store.apply_edit(&edit).await.unwrap();
        assert!(
            store
                .stale_services("2026-06-01", 100)
                .await
                .unwrap()
                .is_empty(),
            "{name}"
        );
        assert!(
            store
                .fetch_by(
                    Entity::Language,
                    "id",
                    &["0b000000-0000-4000-8000-0000000000b1".into()]
                )
                .await
                .unwrap()
                .is_empty(),
            "{name}"
        );
        let changes = store.changes_since(seq, 100).await.unwrap();
        let logged: Vec<(&str, &str, &str)> = changes
            .iter()
            .map(|c| (c.entity.as_str(), c.entity_id.as_str(), c.op.as_str()))
            .collect();
        assert!(
            logged.contains(&("language", "0b000000-0000-4000-8000-0000000000b1", "delete")),
            "{name}: {logged:?}"
        );
        assert!(
            logged.contains(&("service", "0b000000-0000-4000-8000-000000000001", "upsert")),
            "{name}: {logged:?}"
        );
        assert_eq!(
            store
                .audit(&AuditFilter {
                    limit: 5,
                    ..AuditFilter::default()
                })
                .await
                .unwrap()[0]
                .action,
            "confirm",
            "{name}"
        );

        // Reminders remember the verification date they were sent for.
        store
            .record_reminder(
                &"0b000000-0000-4000-8000-000000000001".into(),
                "2025-01-01",
                9,
            )
            .await
            .unwrap();
        store
            .record_reminder(
                &"0b000000-0000-4000-8000-000000000001".into(),
                "2026-11-20",
                10,
            )
            .await
            .unwrap();
        assert_eq!(
            store
                .reminders_sent(&["0b000000-0000-4000-8000-000000000001".into()])
                .await
                .unwrap(),
            vec![(
                "0b000000-0000-4000-8000-000000000001".into(),
                "2026-11-20".into()
            )],
            "{name}"
        );
    }
}

#[tokio::test]
async fn curated_synonyms_are_stored_logged_and_removed() {
    for (name, store, _dir) in engines().await {
        let seq = store.latest_change().await.unwrap();
        let entry = AuditEntry {
            at: 5,
            actor: "k@example.org".into(),
            action: "add-synonym".into(),
            entity: "vocabulary".into(),
            entity_id: "need:debts".into(),
            ..AuditEntry::default()
        };
        store
            .change_synonym("need:debts", "pleite", true, &entry)
            .await
            .unwrap();
        store
            .change_synonym("need:debts", "pleite", true, &entry)
            .await
            .unwrap();
        assert_eq!(
            store.synonyms().await.unwrap(),
            vec![("need:debts".into(), "pleite".into())],
            "{name}"
        );
        let changes = store.changes_since(seq, 10).await.unwrap();
        assert!(changes.iter().all(|c| c.entity == "term_synonym"), "{name}");
        store
            .change_synonym("need:debts", "pleite", false, &entry)
            .await
            .unwrap();
        assert!(store.synonyms().await.unwrap().is_empty(), "{name}");
        assert_eq!(
            store
                .audit(&AuditFilter {
                    limit: 10,
                    ..AuditFilter::default()
                })
                .await
                .unwrap()
                .len(),
            3,
            "{name}"
        );
    }
}

/// A column the store cannot look records up by, a stored token kind or role this version
/// does not know: errors, never an empty answer or a guess.
#[tokio::test]
async fn unknown_columns_token_kinds_and_roles_are_errors() {
    for (name, store, db) in engines().await {
        let err = store
            .fetch_by(Entity::Service, "no_such_column", &["x".into()])
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::UnknownColumn { .. }),
            "{name}: {err}"
        );
        db.execute(
            "INSERT INTO one_time_token (token_hash, kind, email, created_at, expires_at) \
             VALUES ('odd', 'magic_link', 'a@example.org', 1, 9999999999)",
        )
        .await;
        let err = store.token("odd").await.unwrap_err();
        assert!(
            matches!(err, StoreError::UnknownValue { .. }),
            "{name}: {err}"
        );
        let redeemed = store.redeem_token("odd", Some("h"), 2).await;
        assert!(
            redeemed.is_err(),
            "{name}: never redeemed as something else"
        );
        assert!(
            store
                .account_by_email("a@example.org")
                .await
                .unwrap()
                .is_none(),
            "{name}"
        );
        let a = store
            .create_account("r@example.org", None, 1)
            .await
            .unwrap();
        db.execute(&format!(
            "INSERT INTO membership (account_id, role, organization_id) VALUES ('{}', 'admin', '')",
            a.id
        ))
        .await;
        assert!(store.memberships(&a.id).await.is_err(), "{name}");
    }
}

/// The audit entry of an invitation, a password change or a second-factor change is
/// written in the transaction of the change: when it cannot be written, nothing is.
#[tokio::test]
async fn changes_and_their_audit_entries_land_together_or_not_at_all() {
    for (name, store, db) in engines().await {
        let a = store
            .create_account("c@example.org", Some("old"), 0)
            .await
            .unwrap();
        let entry = AuditEntry {
            at: 5,
            actor: "c@example.org".into(),
            action: "password".into(),
            entity: "account".into(),
            entity_id: a.id.to_string(),
            ..AuditEntry::default()
        };
        db.execute("ALTER TABLE audit_log RENAME TO audit_log_away")
            .await;
        assert!(
            store
                .create_token(
                    "t1",
                    &invitation("d@example.org", editor_of("o1"), 2000),
                    Some(&entry)
                )
                .await
                .is_err(),
            "{name}"
        );
        assert!(
            store.token("t1").await.unwrap().is_none(),
            "{name}: no invitation without its entry"
        );
        assert!(
            store
                .set_password(&a.id, "new", Some(&entry))
                .await
                .is_err(),
            "{name}"
        );
        assert!(
            store
                .set_totp(&a.id, Some("SECRET"), Some(&entry))
                .await
                .is_err(),
            "{name}"
        );
        let kept = store.account(&a.id).await.unwrap().unwrap();
        assert_eq!(kept.password_hash.as_deref(), Some("old"), "{name}");
        assert_eq!(kept.totp_secret, None, "{name}");

        db.execute("ALTER TABLE audit_log_away RENAME TO audit_log")
            .await;
        store
            .create_token(
                "t1",
                &invitation("d@example.org", editor_of("o1"), 2000),
                Some(&entry),
            )
            .await
            .unwrap();
        store
            .set_password(&a.id, "new", Some(&entry))
            .await
            .unwrap();
        let logged = store
            .audit(&AuditFilter {
                entity_id: Some(a.id.to_string()),
                limit: 10,
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(logged.len(), 2, "{name}: {logged:?}");
    }
}

/// Two invitations of one address, accepted at the same moment: one account with both
/// roles, never a database error.
#[tokio::test]
async fn two_invitations_of_one_address_accepted_at_once_make_one_account() {
    for (name, store, _db) in engines().await {
        for round in 0..10 {
            let email = format!("gleichzeitig{round}@example.org");
            let (a, b) = (format!("a{round}"), format!("b{round}"));
            let counsellor = Membership {
                role: Role::Counsellor,
                organization_id: Some("o2".into()),
            };
            store
                .create_token(&a, &invitation(&email, editor_of("o1"), 2000), None)
                .await
                .unwrap();
            store
                .create_token(&b, &invitation(&email, counsellor.clone(), 2000), None)
                .await
                .unwrap();
            let (ra, rb) = tokio::join!(
                store.redeem_token(&a, Some("h1"), 1500),
                store.redeem_token(&b, Some("h2"), 1500)
            );
            let (ra, rb) = (ra.unwrap().unwrap(), rb.unwrap().unwrap());
            assert_eq!(ra.id, rb.id, "{name}: one account");
            let ms = store.memberships(&ra.id).await.unwrap();
            assert!(
                ms.contains(&editor_of("o1")) && ms.contains(&counsellor),
                "{name}: {ms:?}"
            );
        }
    }
}

/// Issue 13: two saves of the same version both succeeded (the check ran apart from the
/// write, on a one-second timestamp). Now the version is checked inside the write: of a
/// parallel burst exactly one wins, even within one second, and every version is new.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_parallel_edits_from_one_version_exactly_one_is_written() {
    const ORG: &str = "0b000000-0000-4000-8000-0000000000a1";
    for (name, store, _dir) in engines().await {
        let doc = json!([{"id": "0b000000-0000-4000-8000-000000000001", "name": "Angebot", "status": "active",
            "organization": {"id": ORG, "name": "Träger (Beispiel)", "description": "Beispieldaten"}}]);
        testkit::import_json(store.as_ref(), &doc, ImportMode::Merge).await;
        let seen = store.version(Entity::Organization, ORG).await.unwrap();
        assert!(seen > 0, "{name}");
        let tasks: Vec<_> = (0..12)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    let mut org = store
                        .fetch_by(Entity::Organization, "id", &[ORG.into()])
                        .await
                        .unwrap()
                        .remove(0);
                    org.fields
                        .insert("description".into(), json!(format!("Fassung {i}")));
                    let edit = Edit {
                        upserts: vec![(Entity::Organization, org)],
                        expect: vec![(Entity::Organization, ORG.into(), seen)],
                        ..Edit::default()
                    };
                    match store.apply_edit(&edit).await {
                        Ok(()) => true,
                        Err(StoreError::Conflict(_)) => false,
                        Err(e) => panic!("{e}"),
                    }
                })
            })
            .collect();
        let mut written = 0;
        for t in tasks {
            written += usize::from(t.await.unwrap());
        }
        assert_eq!(written, 1, "{name}");
        let now = store.version(Entity::Organization, ORG).await.unwrap();
        assert!(now > seen, "{name}");
        // A stale version is refused and nothing is written.
        let before = store
            .fetch_by(Entity::Organization, "id", &[ORG.into()])
            .await
            .unwrap();
        let mut stale = before[0].clone();
        stale.fields.insert("description".into(), json!("veraltet"));
        let edit = Edit {
            upserts: vec![(Entity::Organization, stale)],
            expect: vec![(Entity::Organization, ORG.into(), seen)],
            ..Edit::default()
        };
        assert!(
            matches!(store.apply_edit(&edit).await, Err(StoreError::Conflict(_))),
            "{name}"
        );
        let after = store
            .fetch_by(Entity::Organization, "id", &[ORG.into()])
            .await
            .unwrap();
        assert_eq!(before[0].fields, after[0].fields, "{name}");
        assert_eq!(
            store.version(Entity::Organization, ORG).await.unwrap(),
            now,
            "{name}"
        );
    }
}
