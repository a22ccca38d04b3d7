//! Background jobs: a leased job runs on one node of several, the registered jobs do
//! their work, and tasks left running by requests can be waited for.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use beratungsnetz_core::clock::FixedClock;
use beratungsnetz_store::audit::{AuditEntry, AuditFilter};
use beratungsnetz_web::jobs::{self, Background, Job};
use serde_json::json;

mod common;

#[tokio::test]
async fn a_leased_job_runs_on_one_node_of_two_until_the_lease_runs_out() {
    let (_dir, mut state) = common::state_with(&json!([])).await;
    let clock = Arc::new(FixedClock::new(1_000_000));
    state.clock = clock.clone();
    let runs = Arc::new(AtomicUsize::new(0));
    let counted = runs.clone();
    let job = Job::new(
        "test-job",
        Duration::from_secs(60),
        Some(Duration::from_secs(600)),
        move |_, _| {
            let counted = counted.clone();
            async move {
                counted.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }
        },
    );
    let (a, b) = tokio::join!(
        job.run_once(&state, "node-a"),
        job.run_once(&state, "node-b")
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(a ^ b, "one node runs it: {a} {b}");
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    let (holder, other) = if a {
        ("node-a", "node-b")
    } else {
        ("node-b", "node-a")
    };
    assert!(
        !job.run_once(&state, other).await.unwrap(),
        "lease still held"
    );
    assert!(
        job.run_once(&state, holder).await.unwrap(),
        "the holder renews it"
    );
    clock.advance(601);
    assert!(
        job.run_once(&state, other).await.unwrap(),
        "taken over after it ran out"
    );
    assert_eq!(runs.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn the_audit_purge_job_keeps_the_retention_period() {
    let (_dir, mut state) = common::state_with(&json!([])).await;
    let now = 1_800_000_000;
    state.clock = Arc::new(FixedClock::new(now));
    for (id, age_days) in [("old", 731), ("young", 10)] {
        state
            .store
            .append_audit(&AuditEntry {
                at: now - age_days * 86_400,
                actor: "cli".into(),
                action: "invite".into(),
                entity: "account".into(),
                entity_id: id.into(),
                ..AuditEntry::default()
            })
            .await
            .unwrap();
    }
    let purge = jobs::standard(0)
        .into_iter()
        .find(|j| j.name == "audit-purge")
        .unwrap();
    assert!(purge.run_once(&state, "node").await.unwrap());
    let left: Vec<String> = state
        .store
        .audit(&AuditFilter {
            limit: 10,
            ..AuditFilter::default()
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.entity_id)
        .collect();
    assert_eq!(left, ["young"]);
}

#[tokio::test]
async fn idle_waits_for_every_background_task() {
    let background = Arc::new(Background::default());
    let done = Arc::new(AtomicUsize::new(0));
    for i in 0..5_u64 {
        let done = done.clone();
        background.spawn("test", async move {
            tokio::time::sleep(Duration::from_millis(10 * i)).await;
            done.fetch_add(1, Ordering::SeqCst);
            Ok::<(), String>(())
        });
    }
    background.idle().await;
    assert_eq!(done.load(Ordering::SeqCst), 5);
}

#[tokio::test]
async fn a_task_that_panics_still_counts_as_finished() {
    let background = Arc::new(Background::default());
    background.spawn("test", async {
        let fail = true;
        if fail {
            panic!("a task that panics");
        }
        Ok::<(), String>(())
    });
    tokio::time::timeout(Duration::from_secs(5), background.idle())
        .await
        .expect("idle returns after a panicking task");
}

#[tokio::test]
async fn the_referral_upkeep_job_expires_stops_and_purges_on_time() {
    use beratungsnetz_core::referrals::{Event, Party, State};
    use beratungsnetz_store::sealing::Keyring;
    const DAY: i64 = 86_400;
    let (_dir, mut state) = common::state_with(&json!([])).await;
    let now = 1_800_000_000;
    state.clock = Arc::new(FixedClock::new(now));
    let keys = Keyring::generate().unwrap();
    // Sent 15 days ago, never answered; sent 13 days ago; accepted with a consent that
    // ran out yesterday; withdrawn 181 days ago.
    for (id, sent, until) in [
        ("unanswered", now - 15 * DAY, now + 60 * DAY),
        ("recent", now - 13 * DAY, now + 60 * DAY),
        ("consent-over", now - 30 * DAY, now - DAY),
        ("long-ended", now - 200 * DAY, now + 60 * DAY),
    ] {
        state
            .store
            .create_referral(&keys, &referral(id, "x", sent, until))
            .await
            .unwrap();
        state
            .store
            .apply_referral_event(&id.into(), Event::Send, Party::Sender, None, sent)
            .await
            .unwrap()
            .unwrap();
    }
    state
        .store
        .apply_referral_event(
            &"consent-over".into(),
            Event::Accept,
            Party::Receiver,
            None,
            now - 20 * DAY,
        )
        .await
        .unwrap()
        .unwrap();
    state
        .store
        .apply_referral_event(
            &"long-ended".into(),
            Event::Withdraw,
            Party::Sender,
            None,
            now - 181 * DAY,
        )
        .await
        .unwrap()
        .unwrap();
    let upkeep = jobs::standard(0)
        .into_iter()
        .find(|j| j.name == "referral-upkeep")
        .unwrap();
    assert!(upkeep.run_once(&state, "node").await.unwrap());
    let orgs = ["a".into()];
    let state_of = |r: Option<beratungsnetz_store::referrals::Referral>| r.map(|r| r.state);
    let store = state.store.clone();
    assert_eq!(
        state_of(
            store
                .referral_for(&keys, &"unanswered".into(), &orgs)
                .await
                .unwrap()
        ),
        Some(State::Expired)
    );
    assert_eq!(
        state_of(
            store
                .referral_for(&keys, &"recent".into(), &orgs)
                .await
                .unwrap()
        ),
        Some(State::Sent)
    );
    assert_eq!(
        state_of(
            store
                .referral_for(&keys, &"consent-over".into(), &orgs)
                .await
                .unwrap()
        ),
        Some(State::Withdrawn)
    );
    assert_eq!(
        state_of(
            store
                .referral_for(&keys, &"long-ended".into(), &orgs)
                .await
                .unwrap()
        ),
        None
    );
    assert_eq!(
        store.referral_tallies().await.unwrap(),
        [(
            beratungsnetz_core::clock::iso_date((now - 181 * DAY) / DAY)[..7].to_string(),
            "withdrawn".to_string(),
            1
        )]
    );
}

#[tokio::test]
async fn waiting_referrals_remind_the_side_they_wait_for_once() {
    use beratungsnetz_core::accounts::{Membership, Role};
    use beratungsnetz_core::referrals::{Event, Party};
    use beratungsnetz_store::sealing::Keyring;
    const DAY: i64 = 86_400;
    let (_dir, mut state) = common::state_with(&json!([])).await;
    // Friday 2027-01-15, 08:00 UTC.
    let now = 1_800_000_000;
    assert_eq!(beratungsnetz_core::clock::weekday(now / DAY), 4);
    state.clock = Arc::new(FixedClock::new(now));
    let store = state.store.clone();
    let sender = store
        .create_account("sender@example.org", None, now)
        .await
        .unwrap();
    let receiver = store
        .create_account("receiver@example.org", None, now)
        .await
        .unwrap();
    let member = |org: &str| Membership {
        role: Role::Counsellor,
        organization_id: Some(org.into()),
    };
    store
        .add_membership(&sender.id, &member("a"))
        .await
        .unwrap();
    store
        .add_membership(&receiver.id, &member("b"))
        .await
        .unwrap();
    let keys = Keyring::generate().unwrap();
    // Sent on Tuesday (three working days ago) and on Thursday; accepted eight days ago.
    for (id, at) in [
        ("tuesday", now - 3 * DAY),
        ("thursday", now - DAY),
        ("stalled", now - 9 * DAY),
    ] {
        let new = referral(id, sender.id.as_str(), at, now + 60 * DAY);
        store.create_referral(&keys, &new).await.unwrap();
        store
            .apply_referral_event(&id.into(), Event::Send, Party::Sender, None, at)
            .await
            .unwrap()
            .unwrap();
    }
    store
        .apply_referral_event(
            &"stalled".into(),
            Event::Accept,
            Party::Receiver,
            None,
            now - 8 * DAY,
        )
        .await
        .unwrap()
        .unwrap();
    let periods = beratungsnetz_web::referrals::upkeep::Periods::default();
    let now_ = beratungsnetz_core::clock::Now::at(now);
    let sent = beratungsnetz_web::referrals::upkeep::remind(&state, now_, periods)
        .await
        .unwrap();
    assert_eq!(
        sent, 2,
        "the Tuesday one to the receivers, the stalled one to the sender"
    );
    state.background.idle().await;
    let mails = store.mails(100).await.unwrap();
    let to = |who: &str| mails.iter().filter(|m| m.recipient == who).count();
    assert_eq!(to("receiver@example.org"), 1);
    assert_eq!(to("sender@example.org"), 1);
    assert!(
        mails
            .iter()
            .any(|m| m.body.contains("/verwaltung/verweisungen/tuesday"))
    );
    assert!(!mails.iter().any(|m| m.body.contains("thursday")));
    // Once per change: the next run sends nothing.
    let again = beratungsnetz_web::referrals::upkeep::remind(&state, now_, periods)
        .await
        .unwrap();
    assert_eq!(again, 0);
}

/// A referral from organisation `a` to `b`, sent by `sender`, made at `created`: the
/// client goes themselves, nothing about them is kept.
fn referral(
    id: &str,
    sender: &str,
    created: i64,
    consent_until: i64,
) -> beratungsnetz_store::referrals::NewReferral {
    use beratungsnetz_core::referrals::{CaseDetails, Consent, Contact, Given, Urgency};
    beratungsnetz_store::referrals::NewReferral {
        id: id.into(),
        sender_org: "a".into(),
        sender_account: sender.into(),
        service_id: "s".into(),
        receiver_org: "b".into(),
        urgency: Urgency::Routine,
        details: CaseDetails {
            client_ref: String::new(),
            needs: vec!["need:debts".into()],
            languages: Vec::new(),
            interpreter_needed: false,
            contact: Contact::ClientCalls,
            note: String::new(),
            slip_code: None,
        },
        consent: Consent {
            categories: Vec::new(),
            purpose: "p".into(),
            form_version: "2026-1".into(),
            given: Given::SignedForm,
        },
        consent_valid_until: consent_until,
        slip_code_hash: None,
        service_kind: "kind:debt".into(),
        service_district: "15002".into(),
        now: created,
    }
}
