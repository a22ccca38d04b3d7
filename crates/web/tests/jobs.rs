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
