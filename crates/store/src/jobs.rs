//! Leases of background jobs: one row per job, so that of several nodes one runs it.

use async_trait::async_trait;

use crate::sql::{Exec, sql};
use crate::{Result, SqlStore};

#[async_trait]
pub trait Jobs: Send + Sync {
    /// Takes or renews the lease of a background job until `until`; false if another
    /// holder's lease is still running.
    async fn take_lease(&self, name: &str, holder: &str, now: i64, until: i64) -> Result<bool>;
}

#[async_trait]
impl Jobs for SqlStore {
    async fn take_lease(&self, name: &str, holder: &str, now: i64, until: i64) -> Result<bool> {
        let done = self
            .pool
            .execute(
                sql("INSERT INTO job_lease (name, holder, until) VALUES ($1, $2, $3) \
                     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until \
                     WHERE job_lease.until < $4 OR job_lease.holder = excluded.holder")
                .bind(name)
                .bind(holder)
                .bind(until)
                .bind(now),
            )
            .await?;
        Ok(done == 1)
    }
}
