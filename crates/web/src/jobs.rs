//! Background work, in one place. Recurring jobs register here with their schedule and,
//! where one node of several should run them, a lease; one-off tasks a request starts (a
//! mail sent after the answer) run through [`Background`], which tests can wait for.
//!
//! A new job is one entry in [`standard`]: a name, how often, a lease or none, and an
//! async function of the application state and the moment it runs at.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

use beratungsnetz_core::clock::{DAY, Now};
use thiserror::Error;
use tokio::sync::Notify;

use crate::AppState;

#[derive(Debug, Error)]
pub enum JobError {
    #[error(transparent)]
    Store(#[from] beratungsnetz_store::StoreError),
    #[error(transparent)]
    Search(#[from] beratungsnetz_search::SearchError),
    #[error(transparent)]
    Mail(#[from] crate::outbox::MailError),
    #[error(transparent)]
    App(#[from] crate::chrome::error::AppError),
}

type Run = Box<
    dyn Fn(AppState, Now) -> Pin<Box<dyn Future<Output = Result<(), JobError>> + Send>>
        + Send
        + Sync,
>;

/// A recurring job.
pub struct Job {
    pub name: &'static str,
    pub every: Duration,
    /// How long one run may hold the job's lease row, so that one node of several runs
    /// it; None: every node runs it (work on its own search index).
    pub lease: Option<Duration>,
    run: Run,
}

impl Job {
    pub fn new<F, Fut>(name: &'static str, every: Duration, lease: Option<Duration>, run: F) -> Job
    where
        F: Fn(AppState, Now) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), JobError>> + Send + 'static,
    {
        Job {
            name,
            every,
            lease,
            run: Box::new(move |state, now| Box::pin(run(state, now))),
        }
    }

    /// Runs the job once now (taking its lease first, where it has one); false if
    /// another node holds the lease.
    pub async fn run_once(&self, state: &AppState, node: &str) -> Result<bool, JobError> {
        let started = std::time::Instant::now();
        let ran = self.run_leased(state, node).await;
        let outcome = match ran {
            Ok(true) => "ok",
            Ok(false) => "skipped",
            Err(_) => "failed",
        };
        state
            .metrics
            .job(self.name, outcome, started.elapsed().as_secs_f64());
        ran
    }

    async fn run_leased(&self, state: &AppState, node: &str) -> Result<bool, JobError> {
        let now = state.clock.now();
        if let Some(lease) = self.lease {
            let until = now.unix + i64::try_from(lease.as_secs()).unwrap_or(i64::MAX / 2);
            if !state
                .store
                .take_lease(self.name, node, now.unix, until)
                .await?
            {
                return Ok(false);
            }
        }
        (self.run)(state.clone(), now).await?;
        Ok(true)
    }
}

/// The jobs `serve` runs. `search_position` is where this node's search index stands in
/// the change log.
pub fn standard(search_position: i64) -> Vec<Job> {
    let position = Arc::new(AtomicI64::new(search_position));
    vec![
        // Each node keeps its own index current: edits are searchable within about this.
        Job::new(
            "search-follow",
            Duration::from_millis(200),
            None,
            move |state, _| {
                let position = position.clone();
                async move {
                    let from = position.load(Ordering::Acquire);
                    let to = beratungsnetz_search::sync::catch_up(
                        state.store.as_ref(),
                        &state.search,
                        from,
                    )
                    .await?;
                    position.store(to, Ordering::Release);
                    Ok(())
                }
            },
        ),
        // Each node keeps the coordinators' standard gap figures current with its own
        // index: computed again within seconds of a change, in well under a second for
        // a state (see `bench coverage`).
        Job::new(
            "reports-refresh",
            Duration::from_secs(2),
            None,
            |state, _| async move {
                crate::reports::figures::refresh(&state).await?;
                Ok(())
            },
        ),
        // Folds histogram samples into buckets, so they do not pile up between scrapes.
        Job::new(
            "metrics-upkeep",
            Duration::from_secs(5),
            None,
            |state, _| async move {
                state.metrics.upkeep();
                Ok(())
            },
        ),
        Job::new(
            "freshness-reminders",
            Duration::from_secs(3600),
            Some(Duration::from_secs(3000)),
            |state, now| async move {
                crate::directory::reminders::send_reminders(&state, now).await?;
                Ok(())
            },
        ),
        Job::new(
            "referral-upkeep",
            Duration::from_secs(3600),
            Some(Duration::from_secs(3000)),
            |state, now| async move {
                let periods = state.config.referral_periods;
                let keys = state.keys.as_deref();
                crate::referrals::upkeep::run(state.store.as_ref(), keys, now, periods).await?;
                crate::referrals::upkeep::remind(&state, now, periods).await?;
                Ok(())
            },
        ),
        // A freed Fachtag place not taken by its deadline moves on within minutes.
        Job::new(
            "conference-offers",
            Duration::from_secs(300),
            Some(Duration::from_secs(240)),
            |state, now| async move {
                crate::conference::mails::expire_offers(&state, now).await?;
                Ok(())
            },
        ),
        // A few days before a Fachtag, everyone with a place is reminded, once.
        Job::new(
            "conference-reminders",
            Duration::from_secs(3600),
            Some(Duration::from_secs(3000)),
            |state, now| async move {
                crate::conference::mails::remind(&state, now).await?;
                Ok(())
            },
        ),
        // Attendees' personal data goes the set number of days after their Fachtag.
        Job::new(
            "conference-deletion",
            Duration::from_secs(3600),
            Some(Duration::from_secs(3000)),
            |state, now| async move {
                let audit = beratungsnetz_store::audit::AuditEntry {
                    at: now.unix,
                    actor: "system".into(),
                    action: "delete-attendee-data".into(),
                    entity: "conference_registration".into(),
                    ..Default::default()
                };
                let n = state
                    .store
                    .delete_attendee_data(now.today(), &audit)
                    .await?;
                if n > 0 {
                    tracing::info!(deleted = n, "attendee data of past Fachtage deleted");
                }
                Ok(())
            },
        ),
        Job::new(
            "audit-purge",
            Duration::from_secs(86_400),
            Some(Duration::from_secs(80_000)),
            |state, now| async move {
                purge_audit(state.store.as_ref(), now, state.config.audit_retention_days).await?;
                Ok(())
            },
        ),
    ]
}

/// Deletes audit-log entries older than `retention_days`; returns how many. The job and
/// `beratungsnetz purge` both run it.
pub async fn purge_audit(
    store: &dyn beratungsnetz_store::Store,
    now: Now,
    retention_days: u32,
) -> Result<u64, JobError> {
    let before = now.unix - i64::from(retention_days) * DAY;
    let n = store.purge_audit(before).await?;
    tracing::info!(deleted = n, "audit log purged");
    Ok(n)
}

/// Runs every job on its schedule for as long as the process runs.
pub fn start(state: AppState, node: String, jobs: Vec<Job>) {
    let node: Arc<str> = node.into();
    for job in jobs {
        let (state, node) = (state.clone(), node.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(job.every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                if let Err(e) = job.run_once(&state, &node).await {
                    tracing::warn!(job = job.name, error = %e, "background job failed; retrying");
                }
            }
        });
    }
}

/// One-off tasks started by requests, counted so that tests can wait until all are done.
#[derive(Debug, Default)]
pub struct Background {
    running: AtomicUsize,
    done: Notify,
}

impl Background {
    /// Runs `task` after the answer; its failure is logged under `name`.
    pub fn spawn<F, E>(self: &Arc<Self>, name: &'static str, task: F)
    where
        F: Future<Output = Result<(), E>> + Send + 'static,
        E: std::fmt::Display,
    {
        self.running.fetch_add(1, Ordering::AcqRel);
        let done = Done(self.clone());
        tokio::spawn(async move {
            // Counted as done when dropped: also if the task panics.
            let _done = done;
            if let Err(e) = task.await {
                tracing::error!(task = name, error = %e, "background task failed");
            }
        });
    }

    fn finished(&self) {
        if self.running.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.done.notify_waiters();
        }
    }

    /// Waits until no task is running.
    pub async fn idle(&self) {
        loop {
            let done = self.done.notified();
            if self.running.load(Ordering::Acquire) == 0 {
                return;
            }
            done.await;
        }
    }
}

/// Marks one background task finished when dropped.
struct Done(Arc<Background>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.finished();
    }
}
