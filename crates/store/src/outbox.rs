//! The mail outbox: without an SMTP server, mail is kept here for coordinators to read.

use async_trait::async_trait;

use crate::sql::{Exec, sql};
use crate::{Result, SqlStore};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredMail {
    pub seq: i64,
    pub at: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

#[async_trait]
pub trait Outbox: Send + Sync {
    async fn store_mail(&self, recipient: &str, subject: &str, body: &str, now: i64) -> Result<()>;
    /// Newest first.
    async fn mails(&self, limit: u64) -> Result<Vec<StoredMail>>;
}

#[async_trait]
impl Outbox for SqlStore {
    async fn store_mail(&self, recipient: &str, subject: &str, body: &str, now: i64) -> Result<()> {
        self.pool
            .execute(
                sql("INSERT INTO mail_outbox (at, recipient, subject, body) VALUES ($1, $2, $3, $4)")
                    .bind(now)
                    .bind(recipient)
                    .bind(subject)
                    .bind(body),
            )
            .await?;
        Ok(())
    }

    async fn mails(&self, limit: u64) -> Result<Vec<StoredMail>> {
        self.pool
            .fetch_all(
                sql("SELECT seq, at, recipient, subject, body FROM mail_outbox ORDER BY seq DESC LIMIT $1")
                    .bind(i64::try_from(limit.clamp(1, 10_000)).unwrap_or(1)),
            )
            .await
    }
}
